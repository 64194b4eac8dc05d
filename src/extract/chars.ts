/*
 * Character classes for the hot regexes. Unicode property escapes (\p{L}) make V8 regexes several
 * times slower, so the engine spells out letters as code-point ranges: ASCII, Latin-1 and every
 * block up to the CJK range count as letters; general punctuation, symbols, dingbats and lone
 * surrogates (emoji halves) do not.
 */

/** Letters and digits, for use inside `[...]`. */
export const LETTER =
  'A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFFDC';

/** Upper-case letters of the Latin-1, Greek and Cyrillic ranges, for use inside `[...]`. */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0400-\\u042F';

/**
 * True when the first character of `s` is an upper-case letter (any script).
 *
 * @example startsUpper('Őrs') === true; startsUpper('über') === false
 */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = s[0] as string;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * True when the character code is a letter or digit by the ranges of `LETTER`.
 *
 * @example isLetterCode('é'.charCodeAt(0)) === true; isLetterCode('“'.charCodeAt(0)) === false
 */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true;
  return (
    (c >= 0x2c00 && c <= 0x2dff) ||
    (c >= 0x3040 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff) ||
    (c >= 0xff10 && c <= 0xffdc)
  );
}

/**
 * True when the character code is white space by a regex's `\s` (ASCII white space, no-break
 * space, the Unicode spaces, line and paragraph separators, the byte-order mark).
 *
 * @example isRegexSpaceCode(0xa0) === true; isRegexSpaceCode(0x200b) === false
 */
export function isRegexSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `list[i]`, or undefined for a negative `i`. V8 reads `list[-1]` as a property named "-1" (a
 * slow lookup), and the access site then stays on the slow generic path for every later index.
 */
export function itemAt<T>(list: readonly T[], i: number): T | undefined {
  return i >= 0 ? list[i] : undefined;
}
