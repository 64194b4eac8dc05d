import {
  appositionSubjectOf,
  clauseSubjectOf,
  finalFrameAt,
  frameBefore,
  sentenceEndBetween,
  sentenceStartBetween,
  timeWordsBefore,
} from './attribute';
import { isAsciiDigit, isAsciiLetter, isAsciiLower, isRegexSpaceCode } from './chars';
import { itemAt } from './collections';
import type { QuoteSpan } from './find-quotes';
import {
  AUDIENCE_VERBS,
  DOCUMENT_NOUNS,
  genderOfGiven,
  PARTISAN_GROUPS,
  PLURAL_SPEAKERS,
  TIME_WORDS,
} from './lexicon';
import {
  type Mention,
  speakerAfter,
  speakerBefore,
  startsWithLu,
  type Token,
  tokenize,
} from './mentions';
import { isCloser, type Paragraph } from './segment';

/** Reported speech without quote marks: the reported clause and who reports it. */
export interface ReportedSpeech {
  start: number;
  end: number;
  mention: Mention;
  /** The speaker's own words with no marks: a transcript's turn ("Ortiz: A lot of it is …"). */
  verbatim?: boolean;
}

// A cheap first look: only sentences with one of these verbs are read any further.
const REPORTING =
  /\b(?:said|says|told|tells|argued|argues|warned|warns|claimed|claims|insisted|insists|added|adds|noted|notes|stressed|stresses|explained|explains|believes|thinks|reckons|reckoned|acknowledged|admitted|denied|questioned|questions|maintained|contended|suggested|predicted|announced|confirmed|confirms|recalled|recalls|conceded|concedes|estimated|estimates|wrote|writes|testified|lamented|assured|remarked|emphasized|emphasised|cautioned|asserted|declared|revealed|disclosed|alleged|complained|say|argue|warn|insist|believe|contend|allege|alleges|responded|replied|saying|arguing|adding|insisting|warning|noting|claiming|stressing)\b/g;
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why']);
// Verbs that report a bare clause ("said the plan would fail"); the others need "that".
const BARE_CLAUSE = new Set(
  `said says added adds argued argues claimed claims insisted insists warned warns believes
  thinks reckons say saying`.split(/\s+/),
);
// Words that cannot start a reported clause: an object ("said him", "told them"), a verb whose
// subject stands before the cue ("the article that Carson said was written about it"), or a
// preposition that does not open an adverbial before a clause ("said about the incident", "said
// as he left"; "said on Friday he would run" is a report).
const NOT_CLAUSE_START = new Set(
  `him them us me is are was were has have had will would can could shall should may might must
  do does did about as to of for`.split(/\s+/),
);
const LOOK = 400;
/**
 * Whether a speaker phrase names a group, as a plural present wants ("Farmers say", "Democrats
 * say", "they say"): a description, "they", or a party's members. Not one name, which the
 * phrase reader takes from "Supporters of Bernie Sanders say" or "Analysts at Goldman Sachs say".
 */
function isGroup(m: Mention): boolean {
  if (m.kind === 'description') return true;
  if (m.kind === 'pronoun') return m.name === 'they';
  const last = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
  return m.kind === 'name' && (PARTISAN_GROUPS.has(last) || PLURAL_SPEAKERS.has(last));
}
// The plural presents among the cues, and the words before one that make it no report.
const PLURAL_PRESENT = new Set('say argue warn insist believe contend allege'.split(' '));
const NOT_BEFORE_PLURAL =
  /\b(?:to|not|n['’]t|do|did|does|will|would|could|can|should|might|may|must|never|cannot)\s+$/i;
// A clause opener after a verb, and how far after it the first few words reach (CLAUSE_HEAD
// tokens of news text hold fewer characters); a tail shorter than SHORT_TAIL may be a time
// ("…, officials confirmed Friday.") and is read in full.
const OPENER_NEAR = /\b(?:that|whether|if|how|why)\b/;
const OPENER_REACH = 90;
// The first stop or line break after a verb: where its sentence ends, near enough.
const STOP = /[.!?\n]/g;
const SHORT_TAIL = 30;
// Where a sentence's second clause begins: a semicolon, or a comma (and a closing mark) before
// "while" or "whereas".
const CLAUSE_BREAK = /;|,([”"’]?)\s(?:while|whereas)\s/g;
/** The longest match of CLAUSE_BREAK: ", ” whereas ". */
const CLAUSE_BREAK_SPAN = 11;

/** `/[\s.!?…]/` by hand: no one-character string per test. */
const isSpaceOrStop = (c: number) =>
  isRegexSpaceCode(c) || c === 46 || c === 33 || c === 63 || c === 0x2026;

/** A reported clause holds this many words at least. */
const MIN_WORDS = 4;
/**
 * "that" (or another opener) opens the clause within this many tokens after the verb, and they
 * are the tokens read first. Most cues are decided by them (no opener where one is needed, or the
 * clause's first words among them); the rest of the sentence is read for the few others.
 */
const CLAUSE_HEAD = 8;

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

/** Where a quote's text ends, its closing mark included (an unclosed one: its paragraph's end). */
const quoteEnd = (q: QuoteSpan, paras: Paragraph[]) =>
  q.close >= 0 ? q.close + 1 : (paras[q.para] as Paragraph).end;

/** Whether `[from, to)` reaches back into `before`, the quote before it, marks included. */
function reachesBack(
  text: string,
  before: QuoteSpan,
  paras: Paragraph[],
  from: number,
  to: number,
): boolean {
  // closing marks after a sentence's final mark end that sentence when a capital follows (“We
  // will win.” Bob said …); before a lower-case word the quote's sentence goes on (“Why?” he said)
  let start = from;
  while (start < to && isCloser(text.charCodeAt(start))) start++;
  let word = start;
  while (word < to && text.charCodeAt(word) === 32) word++;
  if (isAsciiLower(text.charCodeAt(word))) start = from;
  return quoteEnd(before, paras) > start;
}

/**
 * Finds reported speech without marks ("Corbyn said authorities already had huge powers"): a
 * sentence that holds no quote, whose subject is a speaker and whose verb reports a clause. The
 * span is the clause; nothing is made up, the words are the text's own.
 *
 * @example findReportedSpeech(t, paragraphs(t), [])[0] // t = 'Jo Park said the plan would fail.' -> { start: 12, end: 32, mention: { name: 'Jo Park', ... } }
 */
export function findReportedSpeech(
  text: string,
  paras: Paragraph[],
  quotes: QuoteSpan[],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let p = 0; // the paragraph of the cue
  let q = 0; // the first quote that ends after `pos`
  // where the search goes on; a cue inside a quote is the speaker's own word, so the search reads
  // the text up to the next quote only and goes on after it (quotes are much of news text)
  let pos = 0;
  let secondClause = 0; // where the last clause cut off a report's sentence begins
  while (pos < text.length) {
    while (q < quotes.length && quoteEnd(quotes[q] as QuoteSpan, paras) <= pos) q++;
    const quote = quotes[q];
    if (quote && quote.open < pos) {
      pos = quoteEnd(quote, paras);
      continue;
    }
    // the stretch up to the quote's opening mark (no word character, so \b reads the same), with
    // the character before `pos` for the \b there
    const base = pos > 0 ? pos - 1 : 0;
    const stretch = text.slice(base, quote ? quote.open : text.length);
    REPORTING.lastIndex = pos - base;
    const m = REPORTING.exec(stretch);
    if (!m) {
      if (!quote) break;
      pos = quoteEnd(quote, paras);
      continue;
    }
    const at = base + m.index;
    const cue = m[0];
    // a plural present after "to", a negation or an auxiliary reports nothing: "declined to say
    // whether", "did not say"
    // (and a participle reports only after its clause's comma: known before the sentence is read)
    if (
      (PLURAL_PRESENT.has(cue) &&
        (NOT_BEFORE_PLURAL.test(text.slice(Math.max(0, at - 8), at)) || !pluralBefore(text, at))) ||
      (cue.endsWith('ing') && !commaBefore(text, at))
    ) {
      pos = at + cue.length;
      continue;
    }
    while (p + 1 < paras.length && (paras[p] as Paragraph).end <= at) p++;
    const para = paras[p] as Paragraph;
    const cueEnd = at + cue.length;
    // a verb that needs "that" and has none near, nor a comma, a stop or a name after it, reports
    // nothing: known before the sentence's end is sought (most cues of the verbs that need it),
    // from the text up to the first stop (a tail shorter than SHORT_TAIL may be a time)
    if (!BARE_CLAUSE.has(cue)) {
      const reach = Math.min(text.length, cueEnd + OPENER_REACH);
      STOP.lastIndex = cueEnd;
      const stop = STOP.exec(text);
      const near = stop && stop.index < reach ? stop.index : reach;
      let c = cueEnd;
      while (c < near && text.charCodeAt(c) === 32) c++;
      const next = text.charCodeAt(c);
      // (a capital may open an inverted frame: "…, predicted Madeleine Kunin, the …")
      if (
        near - cueEnd > SHORT_TAIL &&
        next !== 44 &&
        next !== 46 &&
        !(next >= 65 && next <= 90) &&
        !OPENER_NEAR.test(text.slice(cueEnd, near))
      ) {
        pos = cueEnd;
        continue;
      }
    }
    const sEnd = sentenceEndBetween(text, cueEnd, Math.min(para.end, cueEnd + LOOK));
    // a later cue of this sentence is skipped: search on from its end
    pos = sEnd;
    // a sentence that holds a quote, marks included, is left to the quote rules (one that runs
    // into the next quote is known before its start is sought), unless its quotes are partial
    // quotes inside the reported clause: "X told the Post that he was “troubled” by it"
    const inner = quote !== undefined && quote.open < sEnd;
    let clauseEnd = -1;
    if (inner) {
      clauseEnd = innerQuotesEnd(quotes, q, cueEnd, sEnd);
      if (clauseEnd < 0) continue;
    }
    // (the clause starts before the first of them: a "that" inside one opens nothing)
    const firstInner = inner ? (quote as QuoteSpan).open : sEnd;
    const floor = Math.max(para.start, at - LOOK);
    const s0 = sentenceStartBetween(text, floor, at);
    // (a second clause cut off a report starts where the cut ends)
    const sStart = Math.max(s0 < 0 ? floor : s0, secondClause <= at ? secondClause : 0);
    if (q > 0 && reachesBack(text, quotes[q - 1] as QuoteSpan, paras, sStart, sEnd)) continue;
    // the clause: after "that" (within a few words: "told reporters that"), else right after the verb
    // (its first tokens decide: the rest of the sentence is read only when they do not)
    let tail: Token[] = tokenize(text, cueEnd, sEnd, CLAUSE_HEAD);
    // "Four workers were killed in the blast, officials said.": the frame ends the sentence and
    // what it reports comes before it
    const stop = tail.length > 0 && (tail[tail.length - 1] as Token).text === '.' ? 1 : 0;
    if (
      tail.length < CLAUSE_HEAD &&
      timeWordsBefore(tail, tail.length - stop) === tail.length - stop
    ) {
      if (inner) continue;
      const whole = tokenize(text, sStart, sEnd);
      const f = finalFrameAt(whole, text);
      const first = whole[0];
      const comma = whole[f?.comma ?? 0];
      if (f && first && comma && countWords(whole, 0, f.comma) >= MIN_WORDS)
        out.push({ start: first.start, end: comma.start, mention: f.mention });
      continue;
    }
    // a frame between commas inside the sentence ("That design, she said, can make a test look
    // better"; "…, too, said Thomas Whitcomb, an epidemiologist.")
    // (else the clause is read as usual: "X said Trump would win", "X said, however, that …")
    // (an inverted frame has a comma before its verb: known before the sentence is read)
    if (
      !inner &&
      ((tail[0] as Token).text === ',' ||
        ((tail[0] as Token).cap && commaBefore(text, at)) ||
        TIME_WORDS.has((tail[0] as Token).lc))
    ) {
      const aside = asideFrame(tokenize(text, sStart, sEnd), cueEnd, text);
      if (aside) {
        out.push(aside);
        continue;
      }
    }
    let from = -1;
    for (let k = 0; k < tail.length && k < CLAUSE_HEAD; k++) {
      if (CLAUSE_OPENERS.has((tail[k] as Token).lc)) {
        if (!opensReport(tail, k, cue)) break;
        from = (tail[k] as Token).lc === 'that' ? k + 1 : k;
        break;
      }
    }
    if (from < 0) {
      from = 0;
      // no "that": only verbs of saying take a bare clause, and not an object ("May" or "Will"
      // with a capital is a name)
      const opening = tail[0];
      // (nor a number after "added": "Josh Hart added 18 points")
      if (
        !BARE_CLAUSE.has(cue) ||
        (opening && !opening.cap && NOT_CLAUSE_START.has(opening.lc)) ||
        (opening &&
          cue.startsWith('add') &&
          isAsciiDigit(opening.text.charCodeAt(0)) &&
          !tail.slice(1, 5).some((t) => AFTER_RELATIVE.has(t.lc)))
      ) {
        // a later verb of the sentence may report: "X acknowledged the odds but said …"
        pos = cueEnd;
        continue;
      }
    }
    // (a "that" after a quote of the clause: "said it was “extraordinary” that the Government
    // would ask …" reports from "it")
    if (
      from > 0 &&
      BARE_CLAUSE.has(cue) &&
      (tail[from - 1] as Token).start > firstInner &&
      !FRONTING_PREPOSITIONS.has((tail[0] as Token).lc)
    )
      from = 0;
    let words = clauseWords(tail, from);
    if (tail.length === CLAUSE_HEAD && (words.at === tail.length || words.count < MIN_WORDS)) {
      tail = tokenize(text, cueEnd, sEnd);
      words = clauseWords(tail, from);
    }
    const first = tail[words.at];
    let end = sEnd;
    while (end > cueEnd && isSpaceOrStop(text.charCodeAt(end - 1))) end--;
    // (a quote that ends the sentence ends the clause with its closing mark)
    if (clauseEnd > end) end = clauseEnd;
    // the speaker, read last: the words before the verb are the longer part of the sentence (for
    // a participle, the subject of the clause before its comma: "The party expelled Maria Lopez,
    // arguing that …" is the party's, and "saying" wants a clause that opens with its subject)
    const participle = cue.endsWith('ing');
    const fits =
      !!first?.word &&
      first.start <= firstInner &&
      end - first.start >= 20 &&
      words.count >= MIN_WORDS &&
      (!participle || (commaBefore(text, at) && (from > 0 || opensClause(first))));
    const frame = !fits
      ? null
      : participle
        ? participleFrame(text, sStart, at)
        : frameBefore(tokenize(text, sStart, cueEnd), text);
    if (
      first &&
      frame &&
      frame.mention.kind !== 'first-person' &&
      (!PLURAL_PRESENT.has(cue) || isGroup(frame.mention))
    ) {
      // a second clause of the sentence is no part of the report, and may report itself: "X wrote
      // that …, while Y said that …"
      // (searched up to the clause's end only: a sentence without a break would have the search
      // run on through the rest of the document, which few semicolons interrupt)
      const reach = text.slice(0, Math.min(text.length, end + CLAUSE_BREAK_SPAN));
      CLAUSE_BREAK.lastIndex = first.start;
      let cut = CLAUSE_BREAK.exec(reach);
      // ("the deal, while imperfect, was the best": a short aside between commas is no clause)
      while (
        cut &&
        cut.index < end &&
        cut[0] !== ';' &&
        isShortAside(text, cut.index + cut[0].length)
      )
        cut = CLAUSE_BREAK.exec(reach);
      if (cut && cut.index < end) {
        // (a quote closed after the comma keeps its mark: “… now,” while …)
        end = cut.index + (cut[1] ? 2 : 0);
        pos = cut.index + 1;
        secondClause = cut.index + cut[0].length;
      }
      out.push({ start: first.start, end, mention: frame.mention });
    }
    // else a later verb of the sentence may report: "The report, Ann Lee confirmed, said …"
    else pos = cueEnd;
  }
  return out;
}

/**
 * Whether the quotes from `quotes[q]` on that open before `sEnd` all lie inside the clause after
 * the verb (`cueEnd`), closed within the sentence (a closing mark right after its final stop
 * counts): where the last of them ends, its mark included, or -1 when one does not.
 */
function innerQuotesEnd(quotes: QuoteSpan[], q: number, cueEnd: number, sEnd: number): number {
  let end = 0;
  for (let k = q; k < quotes.length && (quotes[k] as QuoteSpan).open < sEnd; k++) {
    const quote = quotes[k] as QuoteSpan;
    if (quote.open < cueEnd || quote.close < 0 || quote.close > sEnd) return -1;
    end = quote.close + 1;
  }
  return end;
}

// Prepositions that front an adverbial, not a clause: "In the first half, the bank said, amid …".
const FRONTING_PREPOSITIONS = new Set(
  'in on at during after before since for over by from under within through'.split(' '),
);
// Conjunctions that open a clause of the writer's after a frame: "…, the company said, as it …".
const SUBORDINATORS = new Set('as while after before since when because amid although'.split(' '));

/**
 * A frame set off by commas in a sentence, whose verb ends at `cueEnd`: "That design, she said,
 * can make a test look better" reports the sentence with the frame in it; "Those worries apply
 * here, too, said Thomas Whitcomb, an epidemiologist." the words before the frame. Each part
 * holds `MIN_WORDS` words or more (the first at least two), or there is no such frame.
 */
function asideFrame(tokens: Token[], cueEnd: number, text: string): ReportedSpeech | null {
  let v = 0;
  while (v < tokens.length && (tokens[v] as Token).end < cueEnd) v++;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || v >= tokens.length) return null;
  const end = last.text === '.' ? tokens.length - 1 : tokens.length;
  // (a time may follow the verb: "…, the company said on Monday, as it seeks …")
  let c = v + 1;
  while (c < end && c < v + 4 && TIME_WORDS.has((tokens[c] as Token).lc)) c++;
  if (tokens[c]?.text === ',') {
    // "A, she said, B": the subject between a comma and the verb
    const r = speakerBefore(tokens, v, text);
    if (!r || itemAt(tokens, r.from - 1)?.text !== ',' || r.mention.kind === 'first-person')
      return null;
    if (countWords(tokens, 0, r.from - 1) < 2 || countWords(tokens, c + 1, end) < MIN_WORDS)
      return null;
    // (what a conjunction adds after the frame is the writer's: "…, as it seeks to …")
    if (
      SUBORDINATORS.has(tokens[c + 1]?.lc ?? '') &&
      countWords(tokens, 0, r.from - 1) >= MIN_WORDS &&
      !FRONTING_PREPOSITIONS.has(first.lc)
    )
      return { start: first.start, end: (tokens[r.from - 2] as Token).end, mention: r.mention };
    return { start: first.start, end: (tokens[end - 1] as Token).end, mention: r.mention };
  }
  // "A, said X(, the Y)." at the end: the words before the comma
  if (itemAt(tokens, v - 1)?.text !== ',' || countWords(tokens, 0, v - 1) < MIN_WORDS) return null;
  const r = speakerAfter(tokens, v + 1, text);
  if (r?.mention.kind !== 'name') return null;
  const rest = tokens[r.to];
  if (rest && rest.text !== ',' && rest.text !== '.') return null;
  // (an apposition after the name runs to the sentence's end: "…, said Biden, the president, had
  // failed" is a clause after the verb)
  // (a place's comma may stand inside it: "of the University of California, Davis.")
  for (let k = r.to + 1; k < end; k++)
    if ((tokens[k] as Token).text === ',' && tokens[k + 1]?.word && !(tokens[k + 1] as Token).cap)
      return null;
  return { start: first.start, end: (tokens[v - 1] as Token).start, mention: r.mention };
}

// Nouns whose own "that" opens their content, not a report: "accusations that", "the idea that".
const THAT_NOUNS = new Set(
  `accusations accusation claims claim allegations allegation suggestions suggestion notion idea
  fact news rumors rumours belief view impression sense criticism charges charge`.split(/\s+/),
);
const TIME_AFTER_THAT = new Set(
  'evening night morning afternoon day week month year time'.split(' '),
);
// Words after a relative "that": an auxiliary or a verb, where a reported clause has its subject.
const AFTER_RELATIVE = new Set(
  'had has have is was were are will would could can should may might must did does do'.split(' '),
);

/**
 * Whether the clause opener at `tail[k]` (after the verb `cue`) opens the report. Not a relative
 * "that" after the verb's object ("Toyota recalled 500,000 cars that had faulty airbags"), the
 * "that" of a noun ("responded to accusations that he …"), nor one of a time ("replied that
 * evening"); "responded" and "replied" want it at once.
 */
function opensReport(tail: Token[], k: number, cue: string): boolean {
  if (k > 0 && (cue === 'responded' || cue === 'replied')) return false;
  if ((tail[k] as Token).lc !== 'that') return true;
  if (TIME_AFTER_THAT.has(tail[k + 1]?.lc ?? '')) return false;
  return k === 0 || !(relativeThat(tail, k, cue) || THAT_NOUNS.has((tail[k - 1] as Token).lc));
}

/**
 * Whether the "that" at `tail[k]` is a relative pronoun: the verb's object stands before it (a
 * determiner or a number opens what follows the verb) and a verb follows it ("had", "exposed").
 */
function relativeThat(tail: Token[], k: number, cue: string): boolean {
  const object = tail[0] as Token;
  const next = tail[k + 1];
  // (the object of "told" or "warned" is its audience: "told the BBC that …")
  // (nor "said this week that", a time)
  const objectFirst =
    !AUDIENCE_VERBS.has(cue) &&
    !TIME_WORDS.has(tail[1]?.lc ?? '') &&
    cue !== 'warned' &&
    cue !== 'warns' &&
    (DETERMINERS_BEFORE_OBJECT.has(object.lc) || isAsciiDigit(object.text.charCodeAt(0)));
  const verbAfter =
    !!next && (AFTER_RELATIVE.has(next.lc) || (!next.cap && next.lc.endsWith('ed')));
  return objectFirst || verbAfter;
}
const DETERMINERS_BEFORE_OBJECT = new Set(
  'a an the his her its their our this these those'.split(' '),
);

/** The words of `tokens[from, to)`. */
function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((tokens[i] as Token).word) n++;
  return n;
}

// Verbs by which a headline states what its subject stands for: "X proposes converting …", "X
// signs decree to ban …", "X calls for …".
const ACTION_VERBS = [
  'signs',
  'proposes',
  'calls for',
  'calls on',
  'urges',
  'vows',
  'pledges',
  'backs',
  'demands',
  'seeks',
  'wants',
  'endorses',
  'unveils',
  'announces',
];
// Their first words: a native substring test for these rules a headline out before any regex.
const ACTION_STEMS = [...new Set(ACTION_VERBS.map((v) => v.split(' ')[0] as string))];
// The verbs in the lower-cased headline (title-case headlines capitalise them; a regex without
// the `i` flag compiles faster in a fresh process); not "backs off", "backs down", "backs away".
const HEADLINE_ACTION = new RegExp(
  `\\b(?:${ACTION_VERBS.map((v) =>
    v === 'backs' ? 'backs(?!\\s+(?:off|down|away|out)\\b)' : v.replace(' ', '\\s+'),
  ).join('|')})\\b`,
  'g',
);
// Where a headline's statement ends: a clause break, a question, or a dash between two parts.
const HEADLINE_BREAK = /[;:|?!]|\s[-–—]\s/g;

/**
 * Whether the headline opens with a speaker's label: "Clinton: Trump wants …" quotes Clinton
 * (one to three capitalised words before a colon; "The Latest:" is no speaker).
 */
function opensWithSpeaker(headline: string): boolean {
  const colon = headline.indexOf(':');
  if (colon <= 0 || headline.startsWith('The ')) return false;
  let words = 0;
  for (const w of headline.slice(0, colon).split(' ')) {
    if (!w) continue;
    if (++words > 3 || !startsWithLu(w)) return false;
  }
  return words > 0;
}

/**
 * The headline's statement of what its subject stands for ("Erdogan proposes converting Hagia
 * Sophia Museum to mosque"): the span from the verb to the end of the headline's clause, spoken
 * by the name that opens the clause (after "The Latest:"), as reported speech. Only the headline
 * `[0, end)` is read, only one that quotes no one (with marks, or as "Clinton: …"), and only a
 * subject that starts its clause: "their backs" or "immigration plans" are no such verbs.
 *
 * @example findHeadlineAction('Mayor Jo Park backs the tram plan\n\nBody.', 33, [])?.mention.name // 'Jo Park'
 */
export function findHeadlineAction(
  text: string,
  end: number,
  quotes: QuoteSpan[],
): ReportedSpeech | null {
  if (quotes.length > 0 && (quotes[0] as QuoteSpan).open < end) return null;
  // the searches read the headline alone (a search of the text would run on into the body)
  const headline = text.slice(0, end);
  // most headlines have none of the verbs: a native substring test says so before any regex runs
  // (in a fresh process, V8 first interprets a regex's code: ~60 µs a headline)
  let lower = headline.toLowerCase();
  let any = false;
  for (let k = 0; k < ACTION_STEMS.length && !any; k++)
    if (lower.includes(ACTION_STEMS[k] as string)) any = true;
  if (!any || opensWithSpeaker(headline)) return null;
  // (offsets in `lower` are the headline's unless lower-casing changed its length: "İ")
  if (lower.length !== headline.length) lower = headline;
  HEADLINE_ACTION.lastIndex = 0;
  for (let m = HEADLINE_ACTION.exec(lower); m; m = HEADLINE_ACTION.exec(lower)) {
    // the clause of the verb: from the last break before it to the first one after it
    let from = 0;
    let to = end;
    HEADLINE_BREAK.lastIndex = 0;
    for (let b = HEADLINE_BREAK.exec(headline); b; b = HEADLINE_BREAK.exec(headline)) {
      if (b.index < m.index) from = b.index + b[0].length;
      else {
        to = b.index;
        break;
      }
    }
    const head = tokenize(text, from, m.index);
    const subject = speakerBefore(head, head.length, text);
    if (subject?.from !== 0 || subject.mention.kind !== 'name') continue;
    while (to > m.index && isSpaceOrStop(text.charCodeAt(to - 1))) to--;
    // the verb and at least one word after it
    if (to <= m.index + m[0].length + 1) continue;
    return { start: m.index, end: to, mention: subject.mention };
  }
  return null;
}

const ACCORDING = /\b[Aa]ccording to /g;

/**
 * "According to X, …" and "…, according to X.": the sentence's statement, reported by X (a name,
 * an organisation or a description the speaker reader takes), in a sentence that holds no quote.
 *
 * @example findAccordingTo('According to the police, the man was arrested at home.', [...], [])[0]?.mention.name // 'police'
 */
export function findAccordingTo(
  text: string,
  paras: Paragraph[],
  quotes: QuoteSpan[],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let p = 0;
  let q = 0;
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
    const at = m.index;
    while (p + 1 < paras.length && (paras[p] as Paragraph).end <= at) p++;
    const para = paras[p] as Paragraph;
    if (at < para.start) continue;
    const floor = Math.max(para.start, at - LOOK);
    const s0 = sentenceStartBetween(text, floor, at);
    const sStart = s0 < 0 ? floor : s0;
    const sEnd = sentenceEndBetween(text, at, Math.min(para.end, at + LOOK));
    // a sentence with a quote in it is left to the quote rules
    while (q < quotes.length && quoteEnd(quotes[q] as QuoteSpan, paras) <= sStart) q++;
    if (quotes[q] && (quotes[q] as QuoteSpan).open < sEnd) continue;
    const after = at + m[0].length;
    const tokens = tokenize(text, after, sEnd);
    // ("according to a statement from OPEC": the author of the document)
    const t0 = tokens[0];
    const t1 = tokens[1];
    const byWhom =
      t0 &&
      t1 &&
      (t0.lc === 'a' || t0.lc === 'the') &&
      DOCUMENT_NOUNS.has(t1.lc) &&
      (tokens[2]?.lc === 'from' || tokens[2]?.lc === 'by')
        ? 3
        : 0;
    // ("According to him, …": the pronoun, which extract.ts reads as "he said")
    const t0lc = tokens[0]?.lc;
    const r =
      (t0lc === 'him' || t0lc === 'her') && tokens[1]?.text === ','
        ? { mention: objectPronoun(tokens[0] as Token), to: 1 }
        : speakerAfter(tokens, byWhom, text);
    const kind = r?.mention.kind;
    if (!r || kind === 'first-person') continue;
    if (kind === 'pronoun' && r.mention.name !== 'he' && r.mention.name !== 'she') continue;
    let end = sEnd;
    while (end > after && isSpaceOrStop(text.charCodeAt(end - 1))) end--;
    let start: number;
    const next = tokens[r.to];
    // (at a paragraph's start, or anywhere for "According to him, …": mid-paragraph, "According to
    // the Constitution," or "to Wikipedia," is more often a source than a speaker)
    const opens = kind === 'pronoun' ? text.slice(sStart, at).trim() === '' : at === sStart;
    if (opens && next?.text === ',') {
      // "According to X, the man was arrested."
      const first = tokens[r.to + 1];
      if (!first) continue;
      start = first.start;
    } else if (text.slice(Math.max(sStart, at - 2), at) === ', ' && (!next || next.text === '.')) {
      // "The man was arrested, according to X."
      start = sStart;
      end = at - 2;
    } else continue;
    while (start < end && isRegexSpaceCode(text.charCodeAt(start))) start++;
    if (end - start < 20 || clauseWords(tokenize(text, start, end, MIN_WORDS), 0).count < MIN_WORDS)
      continue;
    out.push({ start, end, mention: r.mention });
  }
  return out;
}

// A turn of a transcript: a name of one to three capitalised words and a colon open the paragraph.
const TURN_LABEL = /^([A-Z][a-z'’.-]*(?: [A-Z][a-z'’.-]*){0,2}): (?=\S)/;
// A turn that sums up a person's stand rather than giving their words: "Wants to cut taxes …".
const SUMMARY_OPENER =
  /^(?:Wants|Supports|Opposes|Backs|Favou?rs|Plans|Promises|Pledges|Says|Said|Has|Would|Will)\b/;
// A paragraph that reports more of what a person said: "He added that …", "She said …".
const REPORT_OPENER = /^(?:He|She|They) (?:added|adds|said|says|went on|continued)\b/;
// A label's length at most, its colon and space included.
const LABEL_MAX = 42;
// Labels that open a paragraph and name no speaker.
const NOT_SPEAKER_LABELS = new Set(
  `Q A Question Answer Note Update Updated Correction Editor Photo Source Sources Related Read
  Watch Listen Transcript Warning Disclaimer Background Context Caption Credit Contact Email
  Tel Phone Location Date Time Where When Why What How Who Breaking Live Analysis Opinion Comment
  Pictured Video Audio Image Images Graphic Map Chart Table Figure Summary Timeline`.split(/\s+/),
);

/** "him" or "her" after "according to", as the pronoun that would say it. */
function objectPronoun(t: Token): Mention {
  const he = t.lc === 'him';
  return {
    kind: 'pronoun',
    name: he ? 'he' : 'she',
    start: t.start,
    end: t.end,
    gender: he ? 'm' : 'f',
  };
}

/** The subject of the clause before a participle's comma, as a frame. */
function participleFrame(text: string, sStart: number, at: number): { mention: Mention } | null {
  let comma = at - 1;
  while (comma > sStart && text.charCodeAt(comma) !== 44) comma--;
  const tokens = tokenize(text, sStart, comma);
  // (the person in apposition to an office: "The deputy governor of X, Lamin K. Darboe, …")
  const named = appositionSubjectOf(tokens, text);
  if (named) return { mention: named };
  const mention = clauseSubjectOf(tokens, text);
  // (only the phrase that opens the clause: "The party expelled Maria Lopez" is read by the
  // phrase reader as Maria Lopez with the role "party expelled")
  const first = tokens[0];
  if (!mention || !first) return null;
  const before = text.slice(first.start, mention.start).trim().toLowerCase();
  return before === '' || before === 'the' || before === 'a' || before === 'an'
    ? { mention }
    : null;
}

/** A word that may open a clause as its subject: a pronoun, a determiner, a name. */
const opensClause = (t: Token) => t.cap || CLAUSE_SUBJECTS.has(t.lc);
const CLAUSE_SUBJECTS = new Set(
  'he she they it we i you the a an his her its their our this these those there no some many'.split(
    ' ',
  ),
);

/** Whether a comma stands right before `at`, past spaces: "…, said X". */
function commaBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && text.charCodeAt(i) === 32) i--;
  return text.charCodeAt(i) === 44;
}

/**
 * Whether the word before `at` may end a plural subject: one in -s ("Farmers say", "experts
 * warn"), "they", "people", "police", "staff" (a cheap test before the sentence is read: "I say",
 * "we say" and "would say" report nothing here).
 */
function pluralBefore(text: string, at: number): boolean {
  let end = at;
  // (past an adverb or two: "Mexican officials now say", "Some activists even insist")
  for (let n = 0; n < 3; n++) {
    let e = end - 1;
    while (e > 0 && text.charCodeAt(e) === 32) e--;
    let b = e;
    while (b > 0 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
    const word = text.slice(b, e + 1).toLowerCase();
    if (!(word.endsWith('ly') || ADVERBS_BEFORE_VERB.has(word)))
      return word.endsWith('s') || PLURAL_WORDS.has(word);
    end = b;
  }
  return false;
}
const PLURAL_WORDS = new Set('they people police staff'.split(' '));
const ADVERBS_BEFORE_VERB = new Set('now even also still often too already all both'.split(' '));

/** A comma within the next four words after `from`: "while imperfect, …" is an aside. */
function isShortAside(text: string, from: number): boolean {
  let words = 0;
  for (let i = from; i < text.length && words < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (c === 32) words++;
    else if (c === 46 || c === 10) return false;
  }
  return false;
}

/** Whether `text` writes `word` as the last word of a name: a capitalised word before it. */
function endsFullName(text: string, word: string): boolean {
  for (let i = text.indexOf(` ${word}`); i > 0; i = text.indexOf(` ${word}`, i + 1)) {
    const after = text.charCodeAt(i + 1 + word.length);
    if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) continue;
    let b = i - 1;
    while (b > 0 && text.charCodeAt(b - 1) !== 32 && text.charCodeAt(b - 1) !== 10) b--;
    const c = text.charCodeAt(b);
    if (c >= 65 && c <= 90 && b < i - 1) return true;
  }
  return false;
}

/**
 * The turns of a transcript ("Daniel Cho: You have a career …", "Marsh: There was."): a paragraph
 * of the body that opens with a speaker's label is that speaker's words, from after the label to
 * the paragraph's end, when the document is a dialogue: two labels or more, each opening two
 * turns or more. "Q:" and "A:" name no one.
 *
 * @example findTranscriptTurns(text, paragraphs(text), 0)[0]?.mention.name // 'Daniel Cho'
 */
export function findTranscriptTurns(
  text: string,
  paras: Paragraph[],
  bodyStart: number,
): ReportedSpeech[] {
  // a speaker is counted by the last word of the label ("Daniel Cho", then "Cho"); an
  // interviewer's label that names no person ("Grist: What does a heat officer do?") may make the
  // dialogue and ends the turn before it, but speaks no words of a person
  const turns: { key: string; label: string; para: number; textStart: number; person: boolean }[] =
    [];
  const count = new Map<string, number>();
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k] as Paragraph;
    if (p.start < bodyStart) continue;
    // (a cheap test first: most paragraphs have no colon among their first words; the search
    // reads those words only)
    const head = text.slice(p.start, Math.min(p.end, p.start + LABEL_MAX));
    const colon = head.indexOf(': ');
    if (colon < 0) continue;
    const m = TURN_LABEL.exec(head.slice(0, colon + 3));
    if (!m) continue;
    const label = m[1] as string;
    if (NOT_SPEAKER_LABELS.has(label) || NOT_SPEAKER_LABELS.has(label.split(' ')[0] as string))
      continue;
    // (one word only as the surname of a name the text writes in full, "Cho" of "Daniel Cho":
    // "Age:", "Verdict:", "Friday:" name no one)
    const person = label.includes(' ') || endsFullName(text, label);
    const key = label.slice(label.lastIndexOf(' ') + 1);
    turns.push({ key, label, para: k, textStart: p.start + m[0].length, person });
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  // a dialogue: two people's labels of two turns or more each, or one and an interviewer's
  // that only asks ("Grist: And who is dying?"; not "Goal:", "Agent:", "Verdict:", a box's)
  const people = new Set<string>();
  // (by label: whether every turn of it is a question)
  const asking = new Map<string, boolean>();
  for (const t of turns) {
    if ((count.get(t.key) as number) < 2) continue;
    if (t.person) people.add(t.key);
    else {
      const p = paras[t.para] as Paragraph;
      let end = p.end;
      while (end > t.textStart && isRegexSpaceCode(text.charCodeAt(end - 1))) end--;
      asking.set(t.key, (asking.get(t.key) ?? true) && text.charCodeAt(end - 1) === 63);
    }
  }
  const interviewer = [...asking.values()].includes(true);
  if (people.size < 2 && !(people.size === 1 && interviewer)) return [];
  // (an outlet's interview may set out facts or the reporter's own story between the turns: there
  // a paragraph with no label goes on with no turn, "The city faces a $982 million deficit.",
  // "I met Ortiz at her office on a sweltering afternoon.")
  const byOutlet = people.size < 2;
  const out: ReportedSpeech[] = [];
  const words = (from: number, p: Paragraph, mention: Mention, verbatim: boolean) => {
    let end = p.end;
    while (end > from && isRegexSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > from) out.push({ start: from, end, mention, verbatim });
  };
  for (let t = 0; t < turns.length; t++) {
    const turn = turns[t] as (typeof turns)[number];
    if (!turn.person || (count.get(turn.key) as number) < 2) continue;
    const start = (paras[turn.para] as Paragraph).start;
    const mention: Mention = {
      kind: 'name',
      name: turn.label,
      start,
      end: start + turn.label.length,
      person: true,
    };
    // (the speaker's own words when the label is surely a person's: a surname the text writes
    // in full, or a given name the lists know; not a team's, "Pacific Northern: The Otters …";
    // nor words about them, "Gary Neville: Neville said United lacked …", "He added that …",
    // "Kamala Harris: Wants to cut taxes …")
    const space = turn.label.indexOf(' ');
    const surely =
      space < 0 || genderOfGiven(turn.label.slice(0, space).toLowerCase()) !== undefined;
    const own = (from: number, end: number) =>
      surely &&
      !text.slice(from, end).includes(turn.key) &&
      !SUMMARY_OPENER.test(text.slice(from, from + 12)) &&
      !REPORT_OPENER.test(text.slice(from, from + 16)) &&
      // (nor a heading: "On immigration:")
      text.charCodeAt(end - 1) !== 58;
    const para = paras[turn.para] as Paragraph;
    words(turn.textStart, para, mention, own(turn.textStart, para.end));
    // a paragraph with no label before the next turn goes on with this one
    const next = turns[t + 1];
    if (next && !byOutlet)
      for (let k = turn.para + 1; k < next.para; k++) {
        const p = paras[k] as Paragraph;
        words(p.start, p, mention, own(p.start, p.end));
      }
  }
  return out;
}
