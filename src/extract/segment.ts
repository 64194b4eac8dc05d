import { slug } from '../graph/ids';
import type { DebateDocument, SourceText } from '../graph/types';
import {
  AsciiWordTable,
  isAsciiDigit,
  isAsciiLetter,
  isAsciiUpper,
  isDottedInitials,
  isRegexSpaceCode,
  lazily,
} from './chars';

/** A paragraph of a document: `[start, end)` offsets into its text, no surrounding whitespace. */
export interface Paragraph {
  start: number;
  end: number;
  /** True when a blank line (not a bare line break) separates it from the previous paragraph. */
  blankBefore: boolean;
}

const HEADLINE_MAX = 220;
const SPLIT_HEADLINE_MAX = 160;
// A headline ends in a letter, a digit or a closing quote/bracket, never in sentence punctuation
// or a stray slash (a photo credit line is not a headline). The hand checks below decide every
// ASCII character; these regexes are asked only about the others (\p{..} also costs a slow
// compile in a fresh process).
const HEADLINE_END = lazily(() => /[\p{L}\p{N}”"’')\]]$/u);
const HEADLINE_START = lazily(() => /^[\p{Lu}\p{N}“"‘'«„]/u);

/** `text[start, end)` starts like a headline: a capital, a digit or an opening quote. */
function startsLikeHeadline(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (isAsciiUpper(c) || isAsciiDigit(c) || c === 34 || c === 39) return true;
  if (c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e) return true;
  return c >= 128 && HEADLINE_START().test(text.slice(start, end));
}

/** `text[start, end)` ends like a headline: a letter, a digit, a closing quote or bracket. */
function endsLikeHeadline(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (isAsciiLetter(c) || isAsciiDigit(c)) return true;
  if (c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019) return true;
  return c >= 128 && HEADLINE_END().test(text.slice(start, end));
}

function isHeadlineLike(text: string, start: number, end: number): boolean {
  if (end - start < 12 || end - start > HEADLINE_MAX) return false;
  if (!startsLikeHeadline(text, start, end) || !endsLikeHeadline(text, start, end)) return false;
  // four words or more: the count stops at the third space
  let spaces = 0;
  for (let i = start; i < end && spaces < 3; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces >= 3;
}

/** A closing quote mark or bracket: `/["”’')\]]/`. */
const closes = (c: number) =>
  c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/**
 * `text[start, end)` ends a sentence: `/[.!?…]["”’')\]]{0,2}$/` (a quote inside a quote ends
 * in two marks: "… saying, 'Yes I am.'"; a photo credit in brackets: "(Getty Images.)").
 */
function endsSentence(text: string, start: number, end: number): boolean {
  let at = end - 1;
  if (at < start) return false;
  if (closes(text.charCodeAt(at))) at--;
  if (at >= start && closes(text.charCodeAt(at))) at--;
  if (at < start) return false;
  const m = text.charCodeAt(at);
  return m === 46 || m === 33 || m === 63 || m === 0x2026;
}

function isOneLine(text: string, start: number, end: number): boolean {
  const nl = text.indexOf('\n', start);
  return nl < 0 || nl >= end;
}

/** The character at `i` opens a quote: `/["“„«‘']/`. */
function opensQuote(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018 || c === 39;
}

interface Block {
  start: number;
  end: number;
}

/** Blank-line separated blocks of a text, with offsets; whitespace-only blocks are skipped. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let start = 0;
  // a blank line: `\n[ \t\r\f\v\u00a0]*\n\s*`, found from each line break (a regex over the
  // whole text cost more)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && isLineSpace(text.charCodeAt(j))) j++;
    if (j >= text.length || text.charCodeAt(j) !== 10) continue;
    pushTrimmed(text, start, i, out);
    j++;
    while (j < text.length && isRegexSpaceCode(text.charCodeAt(j))) j++;
    start = j;
    i = j - 1;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

/** White space within a line: `[ \t\r\f\v\u00a0]`. */
const isLineSpace = (c: number) =>
  c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;

function pushTrimmed(text: string, start: number, end: number, out: Block[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

const isSpace = (c: number) =>
  c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11 || c === 0xfeff;

/**
 * The text with its no-break spaces (U+00A0, and U+202F of French typography) as plain spaces.
 * Text taken from web pages holds them between ordinary words ("and\u00a0Breitbart News
 * responded"), where every rule expects a space. Each is one code unit, so every offset into the
 * result is the same offset into the file.
 */
function plainSpaces(text: string): string {
  // most texts hold none; replaceAll of a string is several times faster than a regex replace
  const out = text.indexOf('\u00a0') < 0 ? text : text.replaceAll('\u00a0', ' ');
  return out.indexOf('\u202f') < 0 ? out : out.replaceAll('\u202f', ' ');
}

/**
 * Splits one file into its articles. A file starts with its headline when its first block is one
 * short line without final punctuation; a later such line, followed by a block of body text,
 * starts a new article. Ids are the file's basename slug, plus `-N` when it holds several.
 * No-break spaces become plain spaces (same offsets).
 *
 * @example splitArticles({ source: 'a.txt', text: 'Tax plan splits the cabinet\n\nThe plan...' })
 * // [{ id: 'a', title: 'Tax plan splits the cabinet', source: 'a.txt', text: 'Tax plan ...' }]
 */
export function splitArticles(file: SourceText, taken: Set<string> = new Set()): DebateDocument[] {
  const text = plainSpaces(file.text);
  const list = blocks(text);
  // the first block starts the first article; a later one starts another when it reads as a
  // headline before a block of body text
  const starts = [0];
  for (let i = 1; i + 1 < list.length; i++) {
    const b = list[i] as Block;
    const next = list[i + 1] as Block;
    if (
      b.end - b.start <= SPLIT_HEADLINE_MAX &&
      isOneLine(text, b.start, b.end) &&
      isHeadlineLike(text, b.start, b.end) &&
      // a paragraph that opens with a quote mark is a quotation ("“No to Schengen” (2005)")
      !opensQuote(text, b.start) &&
      !opensQuote(text, next.start) &&
      !endsSentence(text, b.start, b.end) &&
      next.end - next.start >= 80 &&
      endsSentence(text, next.start, next.end)
    )
      starts.push(b.start);
  }
  const base = slug(file.source.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, ''));
  const docs: DebateDocument[] = [];
  for (let n = 0; n < starts.length; n++) {
    const end = n + 1 < starts.length ? (starts[n + 1] as number) : text.length;
    let s = starts[n] as number;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const body = text.slice(s, e);
    const nl = body.indexOf('\n');
    const firstLine = (nl < 0 ? body : body.slice(0, nl)).trim();
    let id = starts.length > 1 ? `${base}-${n + 1}` : base;
    if (taken.has(id)) {
      let k = 2;
      while (taken.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    taken.add(id);
    const headline = firstLine.length <= HEADLINE_MAX && nl > 0 ? firstLine : '';
    docs.push({
      id,
      title: headline || file.title || firstLine.slice(0, 120) || file.source,
      source: file.source,
      text: body,
    });
  }
  return docs;
}

/**
 * Paragraphs of a document: every non-empty line. News text puts one paragraph per line, and a
 * blank line is the usual separator; `blankBefore` records which separator it was.
 *
 * @example paragraphs('Head\n\nOne.\nTwo.') // [{start:0,end:4,...}, {start:6,end:10,...}, {start:11,end:15,...}]
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  let blank = false;
  const n = text.length;
  for (let i = text.indexOf('\n'); lineStart <= n; i = text.indexOf('\n', i + 1)) {
    if (i < 0) i = n;
    {
      let s = lineStart;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) {
        out.push({ start: s, end: e, blankBefore: blank || out.length === 0 });
        blank = false;
      } else if (out.length > 0) blank = true;
      lineStart = i + 1;
    }
  }
  return out;
}

// Words after which a full stop does not end a sentence ("Mr. Smith", "Gen. Shaw", "U.S. forces").
const ABBREVIATION_LIST =
  `mr mrs ms dr prof sen rep gov gen lt col capt sgt cpl adm cmdr maj st jr sr
  inc co corp ltd vs v etc fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres supt
  insp det rev hon messrs gens reps sens dept govt univ approx est e.g i.e u.s u.k u.n e.u d.c a.m
  p.m fr msgr bros assn cllr coun`.split(/\s+/);
const ABBREVIATION = 0;
/** "no", "nos": an abbreviation only before a number ("No. 10"). */
const NUMBER_WORD = 1;
// looked up by the word's characters: no lower-case string per full stop
const SHORT_WORDS = new AsciiWordTable([
  ...ABBREVIATION_LIST.map((w) => [w, ABBREVIATION] as const),
  ['no', NUMBER_WORD],
  ['nos', NUMBER_WORD],
]);

/**
 * `text.slice(from, to).toLowerCase()`, calling toLowerCase only when a character may change:
 * it is slow on the two-byte strings of news text with curly quotes, and most words are plain
 * lower-case ASCII already.
 */
function lowerSlice(text: string, from: number, to: number): string {
  const word = text.slice(from, to);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

const ANY_LETTER = lazily(() => /\p{L}/u);

/** A one-character word is a letter (ASCII by hand, the rest by `\p{L}`). */
const isLetterChar = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) : ANY_LETTER().test(word);
};

const LONGEST_ABBREVIATION = Math.max(...ABBREVIATION_LIST.map((a) => a.length));

/**
 * True when the `.`/`!`/`?` at `i` ends a sentence: it is followed by a space (or a closing
 * quote) and is not the dot of an abbreviation or an initial.
 *
 * @example isSentenceEnd('Mr. Smith left. Then', 2) === false; isSentenceEnd('Mr. Smith left. Then', 14) === true
 */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  let j = i + 1;
  // "(D-N.Y.) said": a dot inside a parenthesis does not end the sentence (the bound check keeps
  // the optimised code from being thrown away at a text's last full stop)
  if (j < text.length && text.charCodeAt(j) === 41) return false;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  if (j < text.length && !isSpace(text.charCodeAt(j))) return false;
  if (c !== 46) return true;
  // the word before the dot
  let k = i - 1;
  let dotted = false;
  for (; k >= 0; k--) {
    const b = text.charCodeAt(k);
    if (isSpace(b) || b === 40) break;
    if (b === 46) dotted = true;
  }
  // longer than any abbreviation, and no inner dot ("U.S"): a plain word ends the sentence
  if (i - k - 1 > LONGEST_ABBREVIATION && !dotted) return true;
  const from = k + 1;
  let slot = SHORT_WORDS.find(text, from, i);
  if (slot === -2) {
    // a character beyond ASCII: its lower case decides
    const word = lowerSlice(text, from, i);
    if (word.length === 1 && isLetterChar(word)) return false; // an initial: "Ō."
    slot = SHORT_WORDS.find(word, 0, word.length);
  } else if (i - from === 1 && isAsciiLetter(text.charCodeAt(from))) return false; // "John F. Kennedy"
  if (slot >= 0) {
    if (SHORT_WORDS.value(slot) === ABBREVIATION) return false;
    // "No. 10" is a number; "said no." ends a sentence
    let m = j;
    while (m < text.length && isSpace(text.charCodeAt(m))) m++;
    const next = text.charCodeAt(m);
    if (next >= 48 && next <= 57) return false;
  }
  // (the pattern needs an inner dot: a word without one cannot match)
  if (dotted && isDottedInitials(lowerSlice(text, from, i))) {
    // "U.S." ends a sentence only when a capitalised non-name word would follow; keep it simple
    let m = j;
    while (m < text.length && isSpace(text.charCodeAt(m))) m++;
    const next = text.charCodeAt(m);
    return !(next >= 97 && next <= 122) && !(next >= 65 && next <= 90);
  }
  return true;
}

/** A closing quote mark, apostrophe or parenthesis: it may follow a sentence's final mark. */
export const isCloser = (c: number) =>
  c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 0xbb;
