import { frameBefore, sentenceEndBetween, sentenceStartBetween } from './attribute';
import { isRegexSpaceCode } from './chars';
import type { QuoteSpan } from './find-quotes';
import { type Mention, type Token, tokenize } from './mentions';
import type { Paragraph } from './segment';

/** Reported speech without quote marks: the reported clause and who reports it. */
export interface ReportedSpeech {
  start: number;
  end: number;
  mention: Mention;
}

// A cheap first look: only sentences with one of these verbs are read any further.
const REPORTING =
  /\b(?:said|says|told|tells|argued|argues|warned|warns|claimed|claims|insisted|insists|added|adds|noted|notes|stressed|stresses|explained|explains|believes|thinks|acknowledged|admitted|denied|questioned|questions|maintained|contended|suggested|predicted|announced)\b/g;
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why']);
// Verbs that report a bare clause ("said the plan would fail"); the others need "that".
const BARE_CLAUSE = new Set(
  `said says added adds argued argues claimed claims insisted insists warned warns believes
  thinks`.split(/\s+/),
);
// Words that can only be an object, never the subject of a clause: "said him", "told them".
const OBJECT_START = new Set('him them us me'.split(' '));
const LOOK = 400;

/** `/[\s.!?…]/` by hand: no one-character string per test. */
const isSpaceOrStop = (c: number) =>
  isRegexSpaceCode(c) || c === 46 || c === 33 || c === 63 || c === 0x2026;

/** A reported clause holds this many words at least. */
const MIN_WORDS = 4;
/**
 * The tokens after the verb read first: the opener within 8, a few adverbs, then the first
 * `MIN_WORDS` words.
 */
const CLAUSE_HEAD = 16;

/**
 * Where the clause starts, past adverbs ("said publicly the rainforest …": the adverb is not part
 * of the clause), from `tokens[from]` on, and its words counted up to `MIN_WORDS`. When `tokens`
 * is a prefix of the sentence's tokens, `at === tokens.length` or a count short of `MIN_WORDS`
 * says the rest of the sentence must be read; `at` is exact whenever it is less.
 */
function clauseWords(tokens: Token[], from: number): { at: number; count: number } {
  let at = from;
  while (tokens[at] && (tokens[at] as Token).lc.endsWith('ly') && !(tokens[at] as Token).cap) at++;
  let count = 0;
  for (let k = at; k < tokens.length && count < MIN_WORDS; k++)
    if ((tokens[k] as Token).word) count++;
  return { at, count };
}

/**
 * Finds reported speech without marks ("Corbyn said authorities already had huge powers"): in a
 * paragraph that holds no quote, a sentence whose subject is a speaker and whose verb reports a
 * clause. The span is the clause; nothing is made up, the words are the text's own.
 *
 * @example findReportedSpeech(t, paragraphs(t), [])[0] // t = 'Jo Park said the plan would fail.' -> { start: 12, end: 32, mention: { name: 'Jo Park', ... } }
 */
export function findReportedSpeech(
  text: string,
  paras: Paragraph[],
  quotes: QuoteSpan[],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  const quoted = new Uint8Array(paras.length);
  for (const q of quotes) quoted[q.para] = 1;
  for (let p = 0; p < paras.length; p++) {
    if (quoted[p]) continue;
    // the cue words of paragraphs without quotes only (searching the whole text would read the
    // quoted ones for nothing); a run of such paragraphs is one search, as only white space lies
    // between them, where no cue word matches and `\b` reads as at a paragraph's own ends
    let last = p;
    while (last + 1 < paras.length && !quoted[last + 1]) last++;
    const sliceStart = (paras[p] as Paragraph).start;
    const slice = text.slice(sliceStart, (paras[last] as Paragraph).end);
    REPORTING.lastIndex = 0;
    for (let m = REPORTING.exec(slice); m; m = REPORTING.exec(slice)) {
      const at = sliceStart + m.index;
      const cue = m[0];
      while (p < last && (paras[p] as Paragraph).end <= at) p++;
      const para = paras[p] as Paragraph;
      const floor = Math.max(para.start, at - LOOK);
      const s0 = sentenceStartBetween(text, floor, at);
      const sStart = s0 < 0 ? floor : s0;
      const cueEnd = at + cue.length;
      const sEnd = sentenceEndBetween(text, cueEnd, Math.min(para.end, cueEnd + LOOK));
      // a later cue of this sentence is skipped: search on from its end
      REPORTING.lastIndex = sEnd - sliceStart;
      const head = tokenize(text, sStart, cueEnd);
      const frame = frameBefore(head, text);
      if (!frame || frame.mention.kind === 'first-person') continue;
      // the clause: after "that" (within a few words: "told reporters that"), else right after the verb
      // (its first tokens decide: the rest of the sentence is read only when they do not)
      let tail: Token[] = tokenize(text, cueEnd, sEnd, CLAUSE_HEAD);
      let from = 0;
      for (let k = 0; k < tail.length && k < 8; k++) {
        if (CLAUSE_OPENERS.has((tail[k] as Token).lc)) {
          from = (tail[k] as Token).lc === 'that' ? k + 1 : k;
          break;
        }
      }
      if (from === 0) {
        // no "that": only verbs of saying take a bare clause, and not an object
        if (!BARE_CLAUSE.has(cue) || OBJECT_START.has(tail[0]?.lc ?? '')) continue;
      }
      let words = clauseWords(tail, from);
      if (tail.length === CLAUSE_HEAD && (words.at === tail.length || words.count < MIN_WORDS)) {
        tail = tokenize(text, cueEnd, sEnd);
        words = clauseWords(tail, from);
      }
      const first = tail[words.at];
      let end = sEnd;
      while (end > cueEnd && isSpaceOrStop(text.charCodeAt(end - 1))) end--;
      if (!first?.word || end - first.start < 20) continue;
      if (words.count < MIN_WORDS) continue;
      out.push({ start: first.start, end, mention: frame.mention });
    }
    p = last;
  }
  return out;
}
