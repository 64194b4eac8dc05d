/**
 * Stable ids are derived from content, never from array order or randomness, so a link made
 * today still points at the same node after the same text is extracted again.
 *
 * @example slug('Amber Rudd') === 'amber-rudd'; slug('Erdoğan') === 'erdogan'
 */
export function slug(text: string): string {
  // plain ASCII needs no Unicode normalisation or property classes (several times faster)
  const s = (isAscii(text) ? asciiSlug(text) : unicodeSlug(text)).slice(0, 60).replace(/-+$/g, '');
  return s || 'x';
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function unicodeSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export const actorId = (name: string) => `actor:${slug(name)}`;
export const quoteId = (documentId: string, start: number) => `quote:${documentId}:${start}`;
