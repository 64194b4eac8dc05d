/*
 * Character classes for the hot regexes. Unicode property escapes (\p{L}) make V8 regexes several
 * times slower, so the engine spells out letters as code-point ranges: ASCII, Latin-1 and every
 * block up to the CJK range count as letters; general punctuation, symbols, dingbats and lone
 * surrogates (emoji halves) do not.
 */

/**
 * A regex made on its first use, then kept. Creating a `\p{…}` regex costs V8 0.1 to 0.7 ms in a
 * fresh process (it parses the Unicode classes), and the fast paths ask most of them only of text
 * beyond Latin-1: a CLI run over English news makes few of the sixteen, often none (~3 ms saved).
 * The literal sits in a function that runs once, so a bundler turning it into `new RegExp` costs
 * nothing.
 *
 * @example const LETTER = lazily(() => /\p{L}/u); LETTER().test('ł') // true
 */
export function lazily(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** The letters and digits of `LETTER` up to U+00FF, for use inside `[...]`. */
export const LATIN1_LETTER =
  'A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';
/** The letters of `LETTER` beyond U+00FF, for use inside `[...]`. */
export const WIDE_LETTER =
  '\\u0100-\\u1FFF\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFFDC';
/** Letters and digits, for use inside `[...]`. */
export const LETTER = LATIN1_LETTER + WIDE_LETTER;

/**
 * `word` for a regex source with each lower-case ASCII letter as a class of its two cases
 * ("[aA][nN]"): V8 folds case under the `i` flag slower than it matches a class, and the flag
 * would fold the whole pattern.
 *
 * @example anyCase('not sure') === '[nN][oO][tT] [sS][uU][rR][eE]'
 */
export const anyCase = (word: string) => word.replace(/[a-z]/g, (l) => `[${l}${l.toUpperCase()}]`);

/**
 * The upper-case letters among the code units `[from, to]`, as ranges for use inside `[...]`
 * (worked out once, at start-up: a few hundred code units).
 */
function upperRanges(from: number, to: number): string {
  let out = '';
  const hex = (c: number) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    if (ch === ch.toLowerCase() || ch !== ch.toUpperCase()) continue;
    let end = c;
    for (; end + 1 <= to; end++) {
      const n = String.fromCharCode(end + 1);
      if (n === n.toLowerCase() || n !== n.toUpperCase()) break;
    }
    out += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  return out;
}

/**
 * Upper-case letters of the Latin (Latin-1, Extended-A and -B, Extended Additional: "Łukasz",
 * "Šimon", "Đỗ"), Greek and Cyrillic ranges, for use inside `[...]`.
 */
export const UPPER = `A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE${upperRanges(0x100, 0x24f)}${upperRanges(0x1e00, 0x1eff)}\\u0391-\\u03A9\\u0400-\\u042F`;

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

const UPPER_OR_DIGIT_FIRST = lazily(() => /^[\p{Lu}\p{N}]/u);

/**
 * What /^[\p{Lu}\p{N}]/u says of `text[at, end)`: it opens with an upper-case letter or a digit.
 * Latin-1 is read by hand (the Unicode regex costs ~0.5 ms to compile in a fresh process); the
 * regex reads the first code point beyond it, which two code units hold even as a surrogate pair.
 *
 * @example opensUpperOrDigit('“Élan”', 1, 5) === true; opensUpperOrDigit('“élan”', 1, 5) === false
 */
export function opensUpperOrDigit(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const c = text.charCodeAt(at);
  if (c >= 0x100) return UPPER_OR_DIGIT_FIRST().test(text.slice(at, Math.min(end, at + 2)));
  // A-Z, 0-9, À-Þ but ×, and the superscripts ² ³ ¹ and fractions ¼ ½ ¾ (\p{N})
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0xb9 ||
    (c >= 0xbc && c <= 0xbe)
  );
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

/** ' or ’: an apostrophe as news text writes it. */
export const isApostropheCode = (c: number) => c === 39 || c === 0x2019;

/** Ends in ' or ’, or in 's or ’s: what /['’]s?$/u says, without a regex object per call. */
export function endsPossessive(s: string): boolean {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  return (
    isApostropheCode(last) || (last === 115 && n >= 2 && isApostropheCode(s.charCodeAt(n - 2)))
  );
}

/**
 * `s` without a possessive ending: "Obama’s" -> "Obama", "Jones'" -> "Jones" (read by hand, no
 * regex).
 */
export function stripPossessive(s: string): string {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  if (isApostropheCode(last)) return s.slice(0, n - 1);
  if (last === 115 && n >= 2 && isApostropheCode(s.charCodeAt(n - 2))) return s.slice(0, n - 2);
  return s;
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

// printable ASCII only: no word with another character can equal a lower-case ASCII word
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * A set of lower-case ASCII words, each with a value, that a word of a text is looked up in by
 * its characters (open addressing over a hash of them): no lower-case string is made and hashed
 * per word looked up. Words with other characters are left out, as no ASCII word can equal them.
 * The hash reads only a word's length and its first, middle and last characters: in a fresh
 * process every character read is interpreted, when the table is built (~0.5 ms for the name
 * scan's 429 words) and on each lookup.
 *
 * @example new AsciiWordTable([['mr', 1]]).find('Mr Smith', 0, 2) >= 0
 */
export class AsciiWordTable {
  private readonly mask: number;
  /** 32 minus the bits of a slot: a slot is the top bits of the hash (Fibonacci hashing). */
  private readonly shift: number;
  private readonly keys: string[];
  private readonly values: number[];

  constructor(entries: Iterable<readonly [string, number]>) {
    const words: string[] = [];
    const values: number[] = [];
    for (const entry of entries)
      if (PRINTABLE_ASCII.test(entry[0])) {
        words.push(entry[0]);
        values.push(entry[1]);
      }
    let bits = 6;
    while (1 << bits < words.length * 4) bits++; // mostly empty: probes stay short
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.keys = new Array(this.mask + 1).fill('');
    this.values = new Array(this.mask + 1).fill(0);
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      const n = w.length;
      let slot = this.slotOf(w.charCodeAt(0), w.charCodeAt(n >> 1), w.charCodeAt(n - 1), n);
      while (this.keys[slot] !== '' && this.keys[slot] !== w) slot = (slot + 1) & this.mask;
      this.keys[slot] = w;
      this.values[slot] = values[k] as number;
    }
  }

  /** The home slot of a word of length `n` by its lower-case first, middle and last codes. */
  private slotOf(first: number, middle: number, last: number, n: number): number {
    return Math.imul(((first * 128 + middle) * 128 + last) * 32 + n, 0x9e3779b1) >>> this.shift;
  }

  /**
   * The slot of `text[s, e)` lower-cased, -1 when the table lacks it, or -2 when the word has a
   * character beyond ASCII (then only its lower-case string can say).
   */
  find(text: string, s: number, e: number): number {
    const n = e - s;
    const home = this.slotOf(
      lowerAscii(text.charCodeAt(s)),
      lowerAscii(text.charCodeAt(s + (n >> 1))),
      lowerAscii(text.charCodeAt(e - 1)),
      n,
    );
    // a key is ASCII: a word beyond ASCII never equals one
    for (let slot = home; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot] as string;
      if (key === '') break;
      if (key.length !== n) continue;
      let i = 0;
      while (i < n && key.charCodeAt(i) === lowerAscii(text.charCodeAt(s + i))) i++;
      if (i === n) return slot;
    }
    for (let i = s; i < e; i++) if (text.charCodeAt(i) >= 128) return -2;
    return -1;
  }

  /** The word at a slot `find` returned. */
  key(slot: number): string {
    return this.keys[slot] as string;
  }

  /** The value at a slot `find` returned. */
  value(slot: number): number {
    return this.values[slot] as number;
  }
}

/**
 * A character beyond Latin-1 and general punctuation (U+2000–U+206F, which holds no letters):
 * text without one can take a step's plain-range fast path; only such text needs the \p{…}
 * rules, whose regexes cost milliseconds to compile in a fresh process.
 */
export const BEYOND_LATIN1 = /[^\0-\xFF\u2000-\u206F]/;

/** The code units that fast paths decide without \p{…} regexes, for the tests that check them. */
export const LATIN1_AND_PUNCTUATION: readonly (readonly [number, number])[] = [
  [0, 0x100],
  [0x2000, 0x2070],
];

export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
export const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
export const isAsciiLower = (c: number) => c >= 97 && c <= 122;
export const isAsciiLetter = (c: number) => isAsciiUpper(c) || isAsciiLower(c);

/** `c` is ASCII or general punctuation: the only letters among such code units are A-Z, a-z. */
export const isPlainCode = (c: number) => c < 0x80 || (c >= 0x2000 && c <= 0x206f);

const DOTTED_INITIALS = lazily(() => /^(?:\p{L}\.)+\p{L}$/u);

/**
 * `text[s, e)` is capitals joined by full stops, with or without a last one: a person's initials
 * as a token reads them ("J.P", its last dot a token of its own) or as the text writes them
 * ("J.P.", "J.R.R."). Upper case only, unlike `isDottedInitials`.
 */
export function areCapitalInitials(text: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((i - s) % 2 === 0 ? !isAsciiUpper(c) : c !== 46) return false;
  }
  return true;
}

/**
 * What /^(?:\p{L}\.)+\p{L}$/u says: letters joined by dots ("U.S", "J.K"). Up to the first code
 * unit that is not plain, code units are code points, so a mismatch there is the regex's mismatch
 * too; the regex, slow to compile in a fresh process, is asked only beyond.
 */
export function isDottedInitials(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isPlainCode(c)) return DOTTED_INITIALS().test(s);
    if (i % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return s.length >= 3 && s.length % 2 === 1;
}

/** The text before the first space: "Jane" of "Jane Hale", the whole of a one-word name. */
export const firstWord = (s: string) => {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
};

/** One more than the spaces in `s`, counted by `indexOf` (a fresh process interprets a loop). */
export function wordCount(s: string): number {
  let n = 1;
  for (let at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) n++;
  return n;
}

/**
 * The text after the last space: "Hale" of "Jane Hale", the head noun of "senior official"
 * (`lastIndexOf` is a slow runtime call in V8; a loop is not).
 */
export function lastWord(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) !== 32) i--;
  return s.slice(i + 1);
}

/*
 * The Unicode classes that the word scans ask about, as bits of one code point. A regex with a
 * repeated \p{…} class ("[\p{L}\p{N}]+") costs V8 2 to 7 ms to compile in a fresh process, one
 * that asks a \p{…} class of a single code point a few tenths of one: the scans below read the
 * text by hand and ask such a regex once about each code point beyond Latin-1 that they meet
 * (Latin-1 is spelt out). Tests compare every scan with its regex.
 */
/** \p{L} */
export const CAT_L = 1;
/** \p{Lu} (with CAT_L) */
export const CAT_LU = 2;
/** \p{M} */
export const CAT_M = 4;
/** \p{N} */
export const CAT_N = 8;
/** ' ’ and -: the marks a word may hold */
export const CAT_JOIN = 16;

const IS_L = lazily(() => /^\p{L}$/u);
const IS_LU = lazily(() => /^\p{Lu}$/u);
const IS_M = lazily(() => /^\p{M}$/u);
const IS_N = lazily(() => /^\p{N}$/u);
const UNKNOWN_CATEGORY = 0xff;
/** The bits of each code unit of the BMP, learnt on first sight beyond Latin-1. */
const CATEGORY = new Uint8Array(0x10000);
for (let c = 0; c < 0x100; c++) {
  const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  const letter =
    upper ||
    (c >= 97 && c <= 122) ||
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    (c >= 0xdf && c !== 0xf7);
  // the digits, the superscripts ² ³ ¹ and the fractions ¼ ½ ¾
  const digit =
    (c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
  CATEGORY[c] =
    (letter ? CAT_L : 0) |
    (upper ? CAT_LU : 0) |
    (digit ? CAT_N : 0) |
    (c === 39 || c === 45 ? CAT_JOIN : 0);
}
CATEGORY.fill(UNKNOWN_CATEGORY, 0x100);
CATEGORY[0x2019] = CAT_JOIN;
/** The bits of the code points beyond the BMP met so far. */
const ASTRAL_CATEGORY = new Map<number, number>();

function learnCategory(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (IS_L().test(ch)) return CAT_L | (IS_LU().test(ch) ? CAT_LU : 0);
  if (IS_M().test(ch)) return CAT_M;
  return IS_N().test(ch) ? CAT_N : 0;
}

/** The class bits of one UTF-16 code unit (a lone surrogate has none). */
export function categoryOfUnit(c: number): number {
  const k = CATEGORY[c] as number;
  if (k !== UNKNOWN_CATEGORY) return k;
  const learnt = learnCategory(c);
  CATEGORY[c] = learnt;
  return learnt;
}

/** Whether `s[i]` opens a surrogate pair: a code point of two code units. */
const isPairAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
};

/** The class bits of the code point at `s[i]`, a surrogate pair read whole as a `u` regex does. */
export function categoryAt(s: string, i: number): number {
  if (!isPairAt(s, i)) return categoryOfUnit(s.charCodeAt(i));
  const cp = s.codePointAt(i) as number;
  let k = ASTRAL_CATEGORY.get(cp);
  if (k === undefined) {
    k = learnCategory(cp);
    ASTRAL_CATEGORY.set(cp, k);
  }
  return k;
}

/** Code units of the code point at `s[i]`: 2 for a surrogate pair, else 1. */
export const unitsAt = (s: string, i: number) => (isPairAt(s, i) ? 2 : 1);

/** Where the first code point at or after `from` with a bit of `mask` starts, or -1. */
export function runStart(s: string, from: number, mask: number): number {
  for (let i = from; i < s.length; i += unitsAt(s, i)) if (categoryAt(s, i) & mask) return i;
  return -1;
}

/** Where the code points from `at` on that all have a bit of `mask` end (`at` if none has). */
export function runEnd(s: string, at: number, mask: number): number {
  let i = at;
  while (i < s.length && categoryAt(s, i) & mask) i += unitsAt(s, i);
  return i;
}

/**
 * What `s.match(/[\p{L}\p{N}]+/gu) ?? []` gives: the words of `s`, read by hand.
 *
 * @example wordsOf('Łódź’s 2 mayors') // ['Łódź', 's', '2', 'mayors']
 */
export function wordsOf(s: string): string[] {
  const out: string[] = [];
  const mask = CAT_L | CAT_N;
  for (let i = runStart(s, 0, mask); i >= 0; ) {
    const e = runEnd(s, i, mask);
    out.push(s.slice(i, e));
    i = runStart(s, e, mask);
  }
  return out;
}
