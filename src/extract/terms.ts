/*
 * Scare quotes, words-as-words and titles are marked like quotes but nobody says them: they are
 * `term`s with no speaker.
 */

import { isRegexSpaceCode } from './chars';

const TITLE_CONTEXT = new Set(
  `titled entitled called named dubbed show program programme film movie book series album song
  documentary podcast segment magazine newspaper column op-ed play novel episode hit star of on
  in for with anchor host edits wrote author`.split(/\s+/),
);
const WORK_NOUNS = new Set(
  `show program programme film movie book series album song documentary podcast segment
  broadcast tour hat hats shirt sign signs slogan campaign ad ads video event rally initiative
  act bill law report column hashtag`.split(/\s+/),
);
const SMALL = new Set('a an the of in on to and for with at by or from as is are vs'.split(' '));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const TITLE_START = /^[\p{Lu}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** \p{L} or \p{N} among the codes below U+0100 (a test checks them against the regex). */
function isLatin1LetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
  // ª, the superscripts ² ³ ¹, µ, º and the fractions ¼ ½ ¾
  return (
    c === 0xaa ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0xb5 ||
    c === 0xb9 ||
    c === 0xba ||
    (c >= 0xbc && c <= 0xbe)
  );
}

/**
 * Whether the code unit at `i` is a letter or digit (\p{L} or \p{N}), judged by hand for Latin-1
 * and general punctuation: the Unicode regex, which costs a millisecond to compile and first run
 * in a fresh process, is only asked about the rest (exported for its test).
 */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x100) return isLatin1LetterOrDigit(c);
  if (c >= 0x2000 && c <= 0x206f) return false;
  return LETTER_OR_DIGIT.test(text[i] as string);
}

/*
 * WORD restricted to ASCII and the common typographic marks (no letters among them): a letter or
 * digit, then letters, digits, hyphens and apostrophes (' or ’).
 */
const isPlainPunctuation = (c: number) =>
  c === 0xa0 || c === 0x2013 || c === 0x2014 || (c >= 0x2018 && c <= 0x201d) || c === 0x2026;
const isAsciiAlnum = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** End of the word that starts at `i`, in text of ASCII and plain punctuation. */
function asciiWordEnd(text: string, i: number): number {
  let e = i + 1;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (!isAsciiAlnum(c) && c !== 45 && c !== 39 && c !== 0x2019) break;
    e++;
  }
  return e;
}

/**
 * Calls `visit(start, end)` for each word of `text` while it returns true, when the text is ASCII
 * with plain punctuation (most quotes): read by hand, much faster than the Unicode regex. Returns
 * null, before a word it cannot judge, when another character stands in the text; the caller
 * then reads the text with the regex.
 */
function eachPlainWord(
  text: string,
  visit: (start: number, end: number) => boolean,
): boolean | null {
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !isPlainPunctuation(c)) return null;
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    const end = asciiWordEnd(text, i);
    // a word is judged only once its end is known to be plain
    const after = text.charCodeAt(end);
    if (after >= 128 && !isPlainPunctuation(after)) return null;
    if (!visit(i, end)) return false;
    i = end;
  }
  return true;
}

/**
 * True for a quote of one word: a scare quote or a word under discussion, not speech.
 *
 * @example isSingleWord('draconian') === true; isSingleWord('huge powers') === false
 */
export function isSingleWord(text: string): boolean {
  let words = 0;
  const plain = eachPlainWord(text, () => ++words <= 1);
  return plain ?? isSingleWordUnicode(text);
}

function isSingleWordUnicode(text: string): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (++n > 1) return false;
  return true;
}

/**
 * Every word capitalised except the small ones: the shape of a title.
 *
 * @example isTitleCase('The State of the World') === true
 */
export function isTitleCase(text: string): boolean {
  let n = 0;
  const plain = eachPlainWord(text, (s, e) => {
    n++;
    if (n > 8) return false;
    const c = text.charCodeAt(s);
    const upper = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (n === 1 && !upper) return false;
    return upper || SMALL.has(text.slice(s, e).toLowerCase());
  });
  if (plain === null) return isTitleCaseUnicode(text);
  return plain && n >= 1;
}

function isTitleCaseUnicode(text: string): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    n++;
    if (n > 8) return false;
    const upper = TITLE_START.test(w);
    if (n === 1 && !upper) return false;
    if (!upper && !SMALL.has(w.toLowerCase())) return false;
  }
  return n >= 1;
}

function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && isRegexSpaceCode(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && (isLetterOrDigitAt(text, s - 1) || isWordMark(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, e);
}

/** ' ’ or -: may stand inside a word before a quote. */
const isWordMark = (c: number) => c === 39 || c === 0x2019 || c === 45;

function wordAfter(text: string, at: number): string {
  let s = at;
  while (s < text.length) {
    const c = text.charCodeAt(s);
    if (!isRegexSpaceCode(c) && c !== 44 && c !== 46) break;
    s++;
  }
  let e = s;
  while (e < text.length && e - s < 30 && (isLetterOrDigitAt(text, e) || text.charCodeAt(e) === 45))
    e++;
  return text.slice(s, e);
}

/**
 * True when the quoted span is a term rather than speech: a single word, or a title (title case,
 * after a possessive or a word such as "titled", "show", "star of", or before "show", "hat",
 * "slogan").
 *
 * @example isTerm('Fox News’s “Hannity” on Monday', 12, 19, 20) === true
 */
export function isTerm(text: string, start: number, end: number, close: number): boolean {
  const inner = text.slice(start, end);
  if (isSingleWord(inner)) return true;
  if (!isTitleCase(inner)) return false;
  const open = start - 1;
  const before = wordBefore(text, open).toLowerCase();
  if (/['’]s?$/.test(before) || TITLE_CONTEXT.has(before)) return true;
  const after = close >= 0 ? wordAfter(text, close + 1).toLowerCase() : '';
  return WORK_NOUNS.has(after);
}
