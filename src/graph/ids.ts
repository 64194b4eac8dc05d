/**
 * Stable ids are derived from content, never from array order or randomness, so a link made
 * today still points at the same node after the same text is extracted again.
 *
 * @example slug('Amber Rudd') === 'amber-rudd'; slug('Erdoğan') === 'erdogan'
 */
export function slug(text: string): string {
  // plain ASCII, or Latin letters whose accents fold to ASCII, need no Unicode normalisation or
  // property classes (several times faster, and no normaliser to load in a fresh process)
  const ascii = isAscii(text) ? text : foldLatin(text);
  const s = (ascii !== null ? asciiSlug(ascii) : unicodeSlug(text))
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s || 'x';
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Lower-case letters and digits, any other run as one '-', none at either end, apostrophes
 * dropped ("O'Brien" is "obrien"). One pass over the lower-cased text that copies whole runs of
 * letters and digits (not a string per character), where four regex replaces cost ~1% of
 * extraction.
 */
function asciiSlug(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let gap = false; // a run of other characters since the last letter or digit
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    if (!isAsciiAlnum(c)) {
      if (c !== 39) gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isAsciiAlnum(lower.charCodeAt(j))) j++;
    if (gap && out) out += '-';
    gap = false;
    out += lower.slice(i, j);
    i = j;
  }
  return out;
}

/**
 * For each character from U+00C0 to U+017F, the one ASCII letter NFKD leaves of it once its
 * accents (U+0300 to U+036F) are dropped, or '.' when it leaves something else ('Æ', 'ß', 'Ĳ').
 * Up to U+00FF, NFD leaves the same.
 */
export const LATIN_BASE =
  'AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y' +
  'AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl.' +
  '...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZzs';

/**
 * `text` as unicodeSlug reads it before it lower-cases, when that is plain ASCII: accented Latin
 * letters as their base letters, ’ dropped. Null when another character would remain.
 */
function foldLatin(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) out += text[i];
    else if (c === 0x2019) continue;
    else if (c >= 0xc0 && c < 0xc0 + LATIN_BASE.length && LATIN_BASE[c - 0xc0] !== '.')
      out += LATIN_BASE[c - 0xc0];
    else return null;
  }
  return out;
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
