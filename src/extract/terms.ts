/*
 * Scare quotes, words-as-words and titles are marked like quotes but nobody says them: they are
 * `term`s with no speaker.
 */

import {
  anyCase,
  BEYOND_LATIN1,
  CAT_JOIN,
  CAT_L,
  CAT_LU,
  CAT_N,
  categoryAt,
  categoryOfUnit,
  isApostropheCode,
  isRegexSpaceCode,
  runEnd,
  runStart,
  unitsAt,
} from './chars';

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
// WORD, /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, is read by hand beyond Latin-1: its words open with a
// code point of WORD_FIRST and go on over those of WORD_REST; a title's word opens with one of
// TITLE_FIRST (/^[\p{Lu}\p{N}]/u)
const WORD_FIRST = CAT_L | CAT_N;
const WORD_REST = CAT_L | CAT_N | CAT_JOIN;
const TITLE_FIRST = CAT_LU | CAT_N;

/*
 * For text that holds nothing beyond Latin-1 and general punctuation (most quotes), where the
 * classes of WORD and TITLE_START are plain ranges: one regex each for isSingleWord and
 * isTitleCase, which run natively even in a fresh process, where reading by hand runs slowly in
 * the interpreter and the Unicode regexes cost a millisecond each to compile. Tests compare them
 * with the Unicode rules.
 */
// \p{L} and \p{N} of Latin-1 (what WORD's words are made of), and \p{Lu} and \p{N} of it
const W = 'A-Za-z0-9\\xAA\\xB2\\xB3\\xB5\\xB9\\xBA\\xBC-\\xBE\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF';
const UPPER_OR_DIGIT = 'A-Z0-9\\xB2\\xB3\\xB9\\xBC-\\xBE\\xC0-\\xD6\\xD8-\\xDE';
// a whole word of WORD: nothing of a word may follow it
const WORD_END = `(?![${W}'’-])`;
const ONE_WORD_LATIN1 = new RegExp(`^[^${W}]*(?:[${W}][${W}'’-]*[^${W}]*)?$`);
// a small word in any case, each letter spelt as a class ([aA][nN]): /i would fold the classes
const SMALL_ANY_CASE = [...SMALL].map(anyCase).join('|');
const TITLE_WORD = `[${UPPER_OR_DIGIT}][${W}'’-]*${WORD_END}`;
// a capitalised word, then up to seven more, each capitalised or small
const TITLE_LATIN1 = new RegExp(
  `^[^${W}]*${TITLE_WORD}(?:[^${W}]+(?:${TITLE_WORD}|(?:${SMALL_ANY_CASE})${WORD_END})){0,7}[^${W}]*$`,
);

/**
 * Whether the code unit at `i` is a letter or digit (\p{L} or \p{N}), from chars.ts's table of
 * classes (Latin-1 spelt out there); general punctuation, which holds none, is not looked up, so
 * no code unit of it is asked of a regex (exported for its test).
 */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x2000 && c <= 0x206f) return false;
  return (categoryOfUnit(c) & (CAT_L | CAT_N)) !== 0;
}

/**
 * True for a quote of one word: a scare quote or a word under discussion, not speech.
 *
 * @example isSingleWord('draconian') === true; isSingleWord('huge powers') === false
 */
export function isSingleWord(text: string): boolean {
  return singleWord(text, !BEYOND_LATIN1.test(text));
}

/** isSingleWord, told whether `text` holds only Latin-1 and general punctuation. */
const singleWord = (text: string, latin1: boolean) =>
  latin1 ? ONE_WORD_LATIN1.test(text) : isSingleWordUnicode(text);

/** The end of the word of WORD that opens at `at`. */
const wordEnd = (text: string, at: number) => runEnd(text, at + unitsAt(text, at), WORD_REST);

function isSingleWordUnicode(text: string): boolean {
  const first = runStart(text, 0, WORD_FIRST);
  return first < 0 || runStart(text, wordEnd(text, first), WORD_FIRST) < 0;
}

/**
 * Every word capitalised except the small ones: the shape of a title.
 *
 * @example isTitleCase('The State of the World') === true
 */
export function isTitleCase(text: string): boolean {
  return titleCase(text, !BEYOND_LATIN1.test(text));
}

/** isTitleCase, told whether `text` holds only Latin-1 and general punctuation. */
const titleCase = (text: string, latin1: boolean) =>
  latin1 ? TITLE_LATIN1.test(text) : isTitleCaseUnicode(text);

function isTitleCaseUnicode(text: string): boolean {
  let n = 0;
  for (let at = runStart(text, 0, WORD_FIRST); at >= 0; ) {
    const end = wordEnd(text, at);
    n++;
    if (n > 8) return false;
    const upper = (categoryAt(text, at) & TITLE_FIRST) !== 0;
    if (n === 1 && !upper) return false;
    if (!upper && !SMALL.has(text.slice(at, end).toLowerCase())) return false;
    at = runStart(text, end, WORD_FIRST);
  }
  return n >= 1;
}

/** The word that ends before `at`, past any space there (letters, digits, apostrophes, hyphens). */
export function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && isRegexSpaceCode(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && (isLetterOrDigitAt(text, s - 1) || isWordMark(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, e);
}

/** ' ’ or -: may stand inside a word before a quote. */
const isWordMark = (c: number) => isApostropheCode(c) || c === 45;

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
  // which regexes may read the quote is asked once for both tests
  const latin1 = !BEYOND_LATIN1.test(inner);
  if (singleWord(inner, latin1)) return true;
  if (!titleCase(inner, latin1)) return false;
  const open = start - 1;
  const before = wordBefore(text, open).toLowerCase();
  if (/['’]s?$/.test(before) || TITLE_CONTEXT.has(before)) return true;
  const after = close >= 0 ? wordAfter(text, close + 1).toLowerCase() : '';
  return WORK_NOUNS.has(after);
}
