import { isAsciiLower } from './chars';
import type { Paragraph } from './segment';

/** A quoted span as marked in the text. `start`/`end` bound the words inside the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the end of its paragraph. */
  close: number;
  /** Index of its paragraph. */
  para: number;
  /** The quote is unclosed at the end of its paragraph and goes on in the next one. */
  continues: boolean;
  /** The quote goes on from an unclosed quote in the previous paragraph. */
  continued: boolean;
}

const MARKS = /["“”„‟«»]/g;

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
/** An ASCII letter or digit, or any code unit above U+00BF (letters beyond Latin-1, but dashes and
 * curly marks too). */
const isWordLike = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf;
const isOpeningContext = (c: number) =>
  Number.isNaN(c) ||
  isSpaceCode(c) ||
  c === 40 || // (
  c === 91 || // [
  c === 0x2014 || // em dash
  c === 0x2013 ||
  c === 45 ||
  c === 58 || // :
  c === 0x2018 ||
  c === 47;
const isClosingContext = (c: number) =>
  Number.isNaN(c) ||
  isSpaceCode(c) ||
  c === 44 ||
  c === 46 ||
  c === 59 ||
  c === 58 ||
  c === 33 ||
  c === 63 ||
  c === 41 ||
  c === 93 ||
  c === 0x2014 ||
  c === 0x2013 ||
  c === 45 ||
  c === 0x2019 ||
  c === 39 ||
  c === 0x2026;

/** The paragraph starting at `i` opens with a quote mark: `/^["“„«‟]/`. */
const opensParagraph = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x201f;
};

/**
 * Finds the double-quoted spans of a document. Marks pair by type and direction (“…”, „…“, «…»;
 * a straight " opens after a space and closes before one), not by count, so an odd count or a
 * stray mark loses at most one quote. Apostrophes and nested single quotes are not quotes. An
 * unclosed quote that ends its paragraph continues when the next paragraph opens with a mark, the
 * news convention for a quote over several paragraphs: each paragraph gives its own span. A text
 * in which double marks make no quote at all is read with single marks (findSingleQuotes).
 *
 * @example findQuotes('He said: “We will win.”', paragraphs('He said: “We will win.”'))
 * // [{ start: 10, end: 22, open: 9, close: 22, para: 0, continues: false, continued: false }]
 */
export function findQuotes(text: string, paras: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried = false; // the previous paragraph ended inside a quote
  // Every mark's offset, found in one pass: searching from each paragraph's start to the next
  // mark would rescan the rest of a long text without marks, once per paragraph.
  const marks: number[] = [];
  // `test` finds the same marks as `exec` without building a match array per mark; every mark
  // is one code unit, so it sits just before `lastIndex`
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) marks.push(MARKS.lastIndex - 1);
  let k = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Paragraph;
    let openAt = -1;
    let openKind = 0; // char code of the opening mark
    let continued = false;
    if (carried && opensParagraph(text, para.start)) continued = true;
    carried = false;
    while (k < marks.length && (marks[k] as number) < para.start) k++;
    for (; k < marks.length && (marks[k] as number) < para.end; k++) {
      const i = marks[k] as number;
      const c = text.charCodeAt(i);
      const prev = i > para.start ? text.charCodeAt(i - 1) : Number.NaN;
      const next = i + 1 < para.end ? text.charCodeAt(i + 1) : Number.NaN;
      let role: 'open' | 'close' | 'none';
      if (c === 0x201c) {
        // “ closes a „ quote (German style); otherwise it opens
        if (openAt >= 0 && openKind === 0x201e) role = 'close';
        else if (openAt >= 0 && isClosingContext(next) && !isOpeningContext(prev)) role = 'close';
        else role = 'open';
      } else if (c === 0x201d) {
        if (openAt >= 0) role = 'close';
        else role = isOpeningContext(prev) && isWordLike(next) ? 'open' : 'none';
      } else if (c === 0x201e || c === 0x201f || c === 0xab) role = 'open';
      else if (c === 0xbb) role = openAt >= 0 ? 'close' : 'none';
      else {
        // straight double quote: direction from its neighbours, else toggle
        const canOpen = isOpeningContext(prev) && !isSpaceCode(next) && !Number.isNaN(next);
        const canClose = isClosingContext(next) && !isSpaceCode(prev);
        if (openAt >= 0) role = canClose || !canOpen ? 'close' : 'open';
        else role = canOpen || !canClose ? 'open' : 'none';
      }
      if (role === 'open') {
        openAt = i;
        openKind = c;
      } else if (role === 'close' && openAt >= 0) {
        push(out, text, openAt, i, i, p, false, continued && out.length > 0 && isFirst(out, p));
        openAt = -1;
        continued = false;
      }
    }
    if (openAt >= 0) carried = endUnclosed(out, text, paras, p, openAt, continued, opensParagraph);
  }
  // no double quote: a text that quotes with single marks (British style: ‘We will act,’ she
  // said), unless it writes a double quote as two apostrophes (''…'', old news archives)
  if (out.length === 0) return text.includes("''") ? out : findSingleQuotes(text, paras);
  // single marks that hold every double-quoted span: British style with a quote inside a quote
  // (‘Darren told me to “find a reason”,’ she said): the single marks are the text's quotes, and
  // the inner ones part of them
  if (text.includes('‘')) {
    const singles = findSingleQuotes(text, paras);
    if (singles.length > out.length && out.every((d) => isInsideOneOf(d, singles))) return singles;
  }
  return out;
}

/**
 * The marks of quote `inner` lie inside one of `outer`'s closed quotes (not one a mark opens and
 * the paragraph's end closes: "‘Tis the season, and “we are ready,” said …" elides "It").
 */
function isInsideOneOf(inner: QuoteSpan, outer: QuoteSpan[]): boolean {
  const last = inner.close >= 0 ? inner.close : inner.end;
  return outer.some((o) => o.close >= 0 && o.open < inner.open && last < o.close);
}

/**
 * A quote still open at the end of paragraph `p`: it continues when the next paragraph opens with
 * a mark (`opens`), and an unclosed quote that opens its paragraph is still that paragraph's
 * quote; otherwise it is a stray mark. Returns whether the quote goes on.
 */
function endUnclosed(
  out: QuoteSpan[],
  text: string,
  paras: Paragraph[],
  p: number,
  openAt: number,
  continued: boolean,
  opens: (text: string, i: number) => boolean,
): boolean {
  const para = paras[p] as Paragraph;
  const nextPara = paras[p + 1];
  const goesOn = nextPara !== undefined && opens(text, nextPara.start);
  if (goesOn || openAt === para.start)
    push(out, text, openAt, para.end, -1, p, goesOn, continued && isFirst(out, p));
  return goesOn;
}

function isFirst(out: QuoteSpan[], p: number): boolean {
  const last = out[out.length - 1];
  return last === undefined || last.para !== p;
}

function push(
  out: QuoteSpan[],
  text: string,
  open: number,
  endAt: number,
  close: number,
  para: number,
  continues: boolean,
  continued: boolean,
): void {
  let s = open + 1;
  // (two marks as one, the Otago Daily Times's ‘‘…’’: the words start after both)
  if (text.charCodeAt(open) === 0x2018 && text.charCodeAt(s) === 0x2018) s++;
  let e = endAt;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
  if (e <= s) return;
  out.push({ start: s, end: e, open, close, para, continues, continued });
}

const SINGLE_MARKS = /[‘’']/g;
/** The paragraph starting at `i` opens with a single mark. */
const opensWithSingle = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 0x2018 || c === 39;
};
// "’90s", "'60s": a decade's elision, no opening mark
const DECADE = /^\d\ds\b/;

/** The single mark at `i` may open a quote: ‘ or ', after a space or an opening mark, before a word. */
const mayOpenSingle = (text: string, i: number, prev: number, next: number) =>
  text.charCodeAt(i) !== 0x2019 &&
  isOpeningContext(prev) &&
  isWordLike(next) &&
  !DECADE.test(text.slice(i + 1, i + 5));
/** The single mark at `i` may close a quote: ’ or ', after a word, before a space or punctuation. */
const mayCloseSingle = (text: string, i: number, prev: number, next: number) =>
  text.charCodeAt(i) !== 0x2018 && !isSpaceCode(prev) && isClosingContext(next);

/**
 * The single-quoted spans of a text with no double quote (the British convention, ‘…’ or '…'),
 * paired by direction and continued over paragraphs as findQuotes pairs double marks. A mark
 * between two letters can neither open nor close ("don’t", "Shapps’s"). One after an "s" and
 * before a word in lower case is a plural's possessive ("the voters’ patience") when a later mark
 * of the paragraph closes the quote before any opens another.
 */
function findSingleQuotes(text: string, paras: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks: number[] = [];
  SINGLE_MARKS.lastIndex = 0;
  while (SINGLE_MARKS.test(text)) marks.push(SINGLE_MARKS.lastIndex - 1);
  const before = (p: Paragraph, i: number) => (i > p.start ? text.charCodeAt(i - 1) : Number.NaN);
  const after = (p: Paragraph, i: number) => (i + 1 < p.end ? text.charCodeAt(i + 1) : Number.NaN);
  /** A mark in marks[from, to) closes a quote before any mark there opens one. */
  const closesBeforeOpening = (p: Paragraph, from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const i = marks[k] as number;
      if (mayOpenSingle(text, i, before(p, i), after(p, i))) return false;
      if (mayCloseSingle(text, i, before(p, i), after(p, i))) return true;
    }
    return false;
  };
  let carried = false;
  let k = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Paragraph;
    let continued = carried && opensWithSingle(text, para.start);
    carried = false;
    let openAt = -1;
    while (k < marks.length && (marks[k] as number) < para.start) k++;
    let last = k;
    while (last < marks.length && (marks[last] as number) < para.end) last++;
    for (; k < last; k++) {
      const i = marks[k] as number;
      const prev = before(para, i);
      const next = after(para, i);
      if (openAt < 0) {
        if (mayOpenSingle(text, i, prev, next)) openAt = i;
        continue;
      }
      if (!mayCloseSingle(text, i, prev, next)) continue;
      if (
        (prev === 115 || prev === 83) &&
        isSpaceCode(next) &&
        isAsciiLower(text.charCodeAt(i + 2)) &&
        closesBeforeOpening(para, k + 1, last)
      )
        continue;
      // (and closes before both: the frame after it is read from the second)
      push(
        out,
        text,
        openAt,
        i,
        next === 0x2019 ? i + 1 : i,
        p,
        false,
        continued && isFirst(out, p),
      );
      openAt = -1;
      continued = false;
    }
    if (openAt >= 0) carried = endUnclosed(out, text, paras, p, openAt, continued, opensWithSingle);
  }
  return out;
}
