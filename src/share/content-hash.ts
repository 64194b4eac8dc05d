/**
 * A short, deterministic hash of a text (cyrb53: 53 bits as 14 hex digits). It names a corpus
 * in a link, so a link can tell whether the built-in sample it was made on has changed. Not
 * cryptographic: it detects edits, it does not resist forgery.
 *
 * @example contentHash('abc') === contentHash('abc') && contentHash('abc') !== contentHash('abd')
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
