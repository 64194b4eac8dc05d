/**
 * Stable ids are derived from content, never from array order or randomness, so a link made
 * today still points at the same node after the same text is extracted again.
 *
 * @example slug('Amber Rudd') === 'amber-rudd'; slug('Erdoğan') === 'erdogan'
 */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s || 'x';
}

export const actorId = (name: string) => `actor:${slug(name)}`;
export const quoteId = (documentId: string, start: number) => `quote:${documentId}:${start}`;
