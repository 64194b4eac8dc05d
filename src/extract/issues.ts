import type { Issue } from '../graph/types';
import { isLetterCode, LETTER } from './chars';
import { listIn } from './collections';
import type { DocumentWork } from './extract';
import type { QuoteSpan } from './find-quotes';
import { isNeverNoun, ROLE_NOUNS, STOPWORDS, TITLE_WORDS } from './lexicon';

export interface IssueSet {
  issues: Issue[];
  /** Document id -> issue id. */
  issueOf: Map<string, string>;
  /** Document id -> its key terms (lower case), most weighty first. */
  keyTerms: Map<string, string[]>;
}

// Key terms come from the headline and the lead: news puts its subject first, and it keeps the
// step linear in the number of documents rather than in the size of the text.
const MAX_SCAN = 700;

// A word is letters and digits joined by single hyphens or apostrophes ("end-to-end", "don’t").
// A sticky regex finds where it ends: a scan in JavaScript ran far slower in a fresh process,
// before the optimiser had compiled it (and compiling it cost more than the scan).
const WORD = new RegExp(`[${LETTER}]+(?:[-'’][${LETTER}]+)*`, 'y');

// A lead of Latin-1 text and general punctuation (curly quotes, dashes) lower-cases character by
// character, with no change of length: one toLowerCase of the whole lead then gives every word in
// lower case by its own offsets (toLowerCase is slow on short strings). Beyond, "İ" grows into two
// characters and "Σ" depends on its neighbours, so such a lead lower-cases word by word.
const BEYOND_LATIN1 = /[^\t\n\r -\xff\u2000-\u206f]/;

/** `word` in lower case, with ’ as ' (as in "don't"). */
function lowerWord(word: string): string {
  const lc = word.toLowerCase();
  return lc.indexOf('’') >= 0 ? lc.replaceAll('’', "'") : lc;
}

const COMMON_VERBS = new Set(
  `take takes took taken make makes made come comes came go goes went get gets got give gave say
  says said tell told put set see saw know knew think thought want wanted use used find found ask
  asked seem seems feel try leave left call called keep kept let begin began show showed shown
  hear heard play run ran move live lived believe bring brought happen happened write wrote
  provide sit stand stood lose lost pay paid meet met include included continue continued lead
  led watch follow stop create speak spoke read allow allowed add added spend grow open win won
  offer remember consider appear buy wait serve die died send sent expect build stay fall fell cut
  reach kill killed remain suggest raise pass sell require report decide pull remove removed
  announced warned called-for urged seemed become becomes became remains`.split(/\s+/),
);
// Roles and titles say who speaks, not what about: "home secretary" is not an issue.
const NOT_CONTENT = new Set([...STOPWORDS, ...ROLE_NOUNS, ...TITLE_WORDS, ...COMMON_VERBS]);
// Words too general to name what a debate is about.
const GENERIC = new Set(
  `issue issues thing things way ways time times people person part parts lot lots kind case
  cases point points fact facts question questions matter place story stories news report
  reports statement comments comment interview video clip clips photo photos image images
  number numbers percent percentage group groups world country today week month year area areas
  answer answers support past future side sides end start rest level levels role need needs
  reason reasons result results sense view views word words look chance idea ideas
  morning afternoon evening night tonight weekend weekends holiday holidays moment hour hours
  minute minutes decade decades century
  analysis commentary opinion editorial column update updates latest transcript coverage
  leaders members officials cannot bin ibn abu van von der den del`.split(/\s+/),
);
const isContent = (w: string) =>
  w.length > 2 && !NOT_CONTENT.has(w) && !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);

/** Ends like a verb form or an adverb: "-ing", "-ed", "-ly". */
const isBareVerbForm = (t: string) => t.endsWith('ing') || t.endsWith('ed') || t.endsWith('ly');
/** A single word too general to label anything: a general word or a bare verb form. */
const isGeneralWord = (t: string) => GENERIC.has(t) || isBareVerbForm(t);

/**
 * The key of a word as a term: a plural in "-s" without its "s" ("posts" -> "post"), as are
 * "fires" and "votes"; not "-ss", "-us", "-is" or "-ics" ("business", "bus", "crisis",
 * "economics"), nor a short word.
 */
function singular(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115) return word; // s
  const before = word.charCodeAt(n - 2);
  if (before === 115 || before === 117 || before === 105 || before === 39) return word; // s u i '
  if (word.endsWith('ics')) return word; // "economics" is no plural of "economic"
  return word.slice(0, n - 1);
}

/** Terms (key terms, or candidate labels) with their weights in the same order. */
interface Candidates {
  terms: string[];
  weights: number[];
}

/**
 * The terms of one document's lead: its content words, each with a slot in parallel arrays (its
 * key-term weight, its weight as a label, whether the headline has it as a label), and its
 * phrases of two words, keyed by the slots of their words: a phrase's string is built only when
 * it may be searched for or win a label (most are said once and can do neither).
 */
class LeadTerms {
  private readonly slots = new Map<string, number>();
  /** Words in the order of first use, with their key-term weights. */
  readonly terms: string[] = [];
  readonly weights: number[] = [];
  /** Each word's weight as a label, 0 when it never stood uncapitalised in the body. */
  readonly gram: number[] = [];
  /** The headline holds the word uncapitalised: the best label is one that the body repeats. */
  readonly inHead: boolean[] = [];
  /**
   * How the lead uses the word: +1 for each use as a noun ("the debate", "a decree"), -1 for each
   * as a verb or an adjective ("to apologize", "are afraid", "very close").
   */
  readonly nounScore: number[] = [];
  /** Phrase by `first * PHRASE_KEY + second` (word slots). */
  private readonly phraseOf = new Map<number, number>();
  private readonly first: number[] = [];
  private readonly second: number[] = [];
  /** Where the lead spells a phrase as it reads (one space apart), or -1. */
  private readonly spanStart: number[] = [];
  private readonly spanEnd: number[] = [];
  /** Each phrase's weight as a label, 0 when the body does not hold it. */
  readonly phraseGram: number[] = [];
  readonly phraseInHead: boolean[] = [];
  /** Phrases in the order the body first uses them. */
  readonly bodyPhrases: number[] = [];

  /** `text` up to the limit in lower case with ’ as ', or '' when it went word by word. */
  constructor(private readonly lower: string) {}

  /**
   * Adds `weight` to the key-term weight of `word`; returns its slot. A plural shares the slot of
   * its singular ("posts" and "post"), shown as the lead first wrote it.
   */
  count(word: string, weight: number): number {
    const key = singular(word);
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      this.weights[slot] = (this.weights[slot] as number) + weight;
      return slot;
    }
    const n = this.terms.length;
    this.slots.set(key, n);
    this.terms.push(word);
    this.weights.push(weight);
    this.gram.push(0);
    this.inHead.push(false);
    this.nounScore.push(0);
    return n;
  }

  /**
   * How the lead uses `word`: above 0 more as a noun than as a verb or an adjective, below 0
   * less, 0 as much (or not at all).
   */
  nounScoreOf(word: string): number {
    const slot = this.slots.get(singular(word));
    return slot === undefined ? 0 : (this.nounScore[slot] as number);
  }

  /**
   * The phrase of the words at slots `a` and `b`, read at `start` (of the first word) and `end`
   * (of the second), made when new.
   */
  phrase(a: number, b: number, start: number, end: number): number {
    const key = a * PHRASE_KEY + b;
    const k = this.phraseOf.get(key);
    if (k !== undefined) return k;
    const n = this.first.length;
    this.phraseOf.set(key, n);
    this.first.push(a);
    this.second.push(b);
    const spaced =
      end - start === (this.terms[a] as string).length + 1 + (this.terms[b] as string).length;
    this.spanStart.push(spaced ? start : -1);
    this.spanEnd.push(end);
    this.phraseGram.push(0);
    this.phraseInHead.push(false);
    return n;
  }

  /** A use of the phrase `k` in the body: it counts from its second use (see findIssues). */
  addBodyPhrase(k: number): void {
    const w = this.phraseGram[k] as number;
    if (w === 0) {
      // the headline's use was the first: "Mayor proposes congestion charge" and "a congestion
      // charge for drivers" say it twice
      if (this.phraseInHead[k]) this.phraseGram[k] = 3.41;
      else {
        this.phraseGram[k] = 0.01;
        this.bodyPhrases.push(k);
      }
    } else this.phraseGram[k] = w + 3.4;
  }

  /**
   * The phrase `k` as text: its two words and a space. A slice of the lower-cased lead where it
   * reads so, rather than a concatenation, which each lookup or comparison would first copy into
   * one piece.
   */
  phraseText(k: number): string {
    const start = this.spanStart[k] as number;
    const end = this.spanEnd[k] as number;
    if (start >= 0 && end <= this.lower.length) return this.lower.slice(start, end);
    return `${this.terms[this.first[k] as number]} ${this.terms[this.second[k] as number]}`;
  }
}

// A lead holds at most a few hundred words: two slots below this make a unique number.
const PHRASE_KEY = 65_536;

/**
 * The `n` heaviest of a lead's words and phrases as labels (ties by name, A–Z), in no order: the
 * label of a group is its heaviest summed weight, whatever order they come in. Those of the
 * headline that the body repeats weigh 2.5 times more. Weights are compared first, as numbers:
 * names only decide ties for the last places, and a phrase's string is built only when it is
 * among the heaviest or in such a tie (most phrases are said once and weigh 0.01). Applies the
 * headline's factor to the lead's weights in place: once per lead.
 */
function labelSet(lead: LeadTerms, n: number): Candidates {
  const { gram, inHead, phraseGram, phraseInHead } = lead;
  for (let k = 0; k < gram.length; k++) if (inHead[k]) gram[k] = (gram[k] as number) * 2.5;
  for (let k = 0; k < phraseGram.length; k++)
    if (phraseInHead[k]) phraseGram[k] = (phraseGram[k] as number) * 2.5;
  const bar = nthHeaviest(gram, phraseGram, n);
  const terms: string[] = [];
  const weights: number[] = [];
  // those of the bar's weight: all are in when there is room for them all
  const tied: string[] = [];
  for (let k = 0; k < gram.length; k++) {
    const w = gram[k] as number;
    if (w === 0 || w < bar) continue;
    if (w > bar) {
      terms.push(lead.terms[k] as string);
      weights.push(w);
    } else tied.push(lead.terms[k] as string);
  }
  for (let k = 0; k < phraseGram.length; k++) {
    const w = phraseGram[k] as number;
    if (w === 0 || w < bar) continue;
    if (w > bar) {
      terms.push(lead.phraseText(k));
      weights.push(w);
    } else tied.push(lead.phraseText(k));
  }
  const room = n - terms.length;
  // the first names A–Z of the tie win, kept sorted by an insertion sort when not all fit
  let first = tied;
  if (tied.length > room) {
    first = [];
    for (let k = 0; k < tied.length; k++) {
      const name = tied[k] as string;
      let free = first.length;
      if (free === room) {
        if (name > (first[room - 1] as string)) continue; // names are distinct
        free = room - 1;
      } else first.push('');
      while (free > 0 && (first[free - 1] as string) > name) {
        first[free] = first[free - 1] as string;
        free--;
      }
      first[free] = name;
    }
  }
  for (let k = 0; k < first.length; k++) {
    terms.push(first[k] as string);
    weights.push(bar);
  }
  return { terms, weights };
}

/**
 * The `n`-th heaviest of the weights in `a` and then `b` (0 is no weight), or 0 when they hold
 * fewer.
 */
function nthHeaviest(a: number[], b: number[], n: number): number {
  const top: number[] = []; // the heaviest weights so far, heaviest first, with repeats
  for (let list = a; ; list = b) {
    for (let k = 0; k < list.length; k++) {
      const w = list[k] as number;
      if (w === 0) continue;
      let free = top.length;
      if (free === n) {
        if (w <= (top[n - 1] as number)) continue;
        free = n - 1;
      } else top.push(0);
      while (free > 0 && (top[free - 1] as number) < w) {
        top[free] = top[free - 1] as number;
        free--;
      }
      top[free] = w;
    }
    if (list === b) break;
  }
  return top.length === n ? (top[n - 1] as number) : 0;
}

/**
 * The `n` heaviest terms, heaviest first (ties A–Z), with their weights in the same order,
 * without sorting them all.
 */
function topTerms(fromTerms: string[], fromWeights: number[], n: number): Candidates {
  // an insertion sort into two parallel arrays: no pair per kept entry, no splice
  const terms: string[] = [];
  const weights: number[] = [];
  for (let k = 0; k < fromTerms.length; k++) {
    const term = fromTerms[k] as string;
    const weight = fromWeights[k] as number;
    let free = terms.length; // the slot the shifted entries move into
    if (free === n) {
      const lastWeight = weights[n - 1] as number;
      if (weight < lastWeight || (weight === lastWeight && term > (terms[n - 1] as string)))
        continue;
      free = n - 1; // the lightest entry drops out
    } else {
      terms.push('');
      weights.push(0);
    }
    while (free > 0) {
      const w = weights[free - 1] as number;
      if (w > weight || (w === weight && (terms[free - 1] as string) < term)) break;
      terms[free] = terms[free - 1] as string;
      weights[free] = w;
      free--;
    }
    terms[free] = term;
    weights[free] = weight;
  }
  return { terms, weights };
}

/** The heaviest of the candidates (ties A–Z), or '' when there are none. */
function heaviest(total: Candidates): string {
  let label = '';
  let best = 0;
  for (let k = 0; k < total.terms.length; k++) {
    const p = total.terms[k] as string;
    const n = total.weights[k] as number;
    if (n > best || (n === best && p < label)) {
      best = n;
      label = p;
    }
  }
  return label;
}

/**
 * The summed weight of each candidate label over a group's documents. Most groups hold one
 * document: its own candidates already are the sum (0 + n is n), so nothing new is built for it.
 */
function labelTotals(members: number[], phrases: Candidates[]): Candidates {
  if (members.length === 1) return phrases[members[0] as number] as Candidates;
  const total = new Map<string, number>();
  for (const i of members) {
    const { terms, weights } = phrases[i] as Candidates;
    for (let k = 0; k < terms.length; k++) {
      const p = terms[k] as string;
      total.set(p, (total.get(p) ?? 0) + (weights[k] as number));
    }
  }
  return { terms: [...total.keys()], weights: [...total.values()] };
}

// What a word says of the next: after a determiner, a word is a noun ("the debate", "a decree",
// "its ruling") when no content word follows it ("the public institutions" is no use of "public"
// as a noun, nor, unseen, "the ferry sailed"); after these others it is a verb ("to apologize",
// "will elect") or an adjective ("are afraid", "very close"). "Has" and "more" are left out
// ("has power", "more money"); "to" stays, though "to court" is no verb: it reads more verbs
// than nouns in the leads of polnear-dev.
const NOUN_NEXT = 1;
const NOT_NOUN_NEXT = 2;
const SAYS_OF_NEXT = new Map<string, number>([
  ...'a an the his her its our their this these'.split(' ').map((w) => [w, NOUN_NEXT] as const),
  ...`to will would can could should must may might not is are was were be been being am seem
  seems seemed become becomes became remain remains very too so`
    .split(/\s+/)
    .map((w) => [w, NOT_NOUN_NEXT] as const),
]);

/** SAYS_OF_NEXT of a word of one or two letters in `lower`, by its codes (no string made). */
function shortSaysOfNext(lower: string, start: number, end: number): number {
  const a = lower.charCodeAt(start);
  if (end - start === 1) return a === 97 ? NOUN_NEXT : 0; // a
  const b = lower.charCodeAt(start + 1);
  if (a === 97) return b === 110 ? NOUN_NEXT : b === 109 ? NOT_NOUN_NEXT : 0; // an, am
  if (a === 116) return b === 111 ? NOT_NOUN_NEXT : 0; // to
  if (a === 105) return b === 115 ? NOT_NOUN_NEXT : 0; // is
  if (a === 98) return b === 101 ? NOT_NOUN_NEXT : 0; // be
  if (a === 115) return b === 111 ? NOT_NOUN_NEXT : 0; // so
  return 0;
}

/**
 * Whether the headline `[0, end)` is in title case ("Obama Power Plant Rules Face Key Test"):
 * three quarters of its words of four letters or more start with a capital. Its capitals then
 * say nothing of names, and its words may label the issue as a sentence-case headline's do.
 */
function isTitleCaseHeadline(text: string, end: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let at = 0; at < end; ) {
    const c = text.charCodeAt(at);
    if (!isLetterCode(c)) {
      at++;
      continue;
    }
    WORD.lastIndex = at;
    WORD.test(text);
    const wordEnd = Math.min(WORD.lastIndex, end);
    if (wordEnd - at >= 4) {
      words++;
      if (c !== text.charAt(at).toLowerCase().charCodeAt(0)) capitals++;
    }
    at = WORD.lastIndex;
  }
  return words >= 3 && capitals * 4 >= words * 3;
}

/**
 * The strongest candidate labels of a lead. A label names a thing: no general word, no bare verb
 * form, and no single word that is never a noun ("afraid", "grew") or that the lead uses more as
 * a verb or an adjective than as a noun ("to apologize", "are afraid"), unless every candidate is
 * such a word.
 */
function labelsOf(terms: LeadTerms, sure: Set<string>): Candidates {
  const labels = labelSet(terms, 24);
  const all: Candidates = { terms: [], weights: [] };
  const things: Candidates = { terms: [], weights: [] };
  for (let k = 0; k < labels.terms.length; k++) {
    const t = labels.terms[k] as string;
    const weight = labels.weights[k] as number;
    const word = t.indexOf(' ') < 0;
    if (word && isGeneralWord(t)) continue;
    all.terms.push(t);
    all.weights.push(weight);
    const score = word ? terms.nounScoreOf(t) : 0;
    if (word && (score < 0 || isNeverNoun(t))) continue;
    if (!word || score > 0) sure.add(t);
    things.terms.push(t);
    things.weights.push(weight);
  }
  return things.terms.length > 0 ? things : all;
}

/**
 * Reads the content words and phrases of a document's headline and lead (the words that start
 * before MAX_SCAN), skipping quotes. One loop over plain local state: no match object or array
 * per word, and no string for a word too short or numeric to count.
 */
function readLead(w: DocumentWork, speakerWords: Set<string>): LeadTerms {
  const text = w.doc.text;
  const quotes = w.quotes;
  const limit = Math.min(text.length, MAX_SCAN);
  const lead = text.slice(0, limit);
  const lower = BEYOND_LATIN1.test(lead) ? '' : lowerWord(lead);
  const terms = new LeadTerms(lower);
  const titleHead = w.bodyStart > 0 && isTitleCaseHeadline(text, Math.min(w.bodyStart, limit));
  let said = 0; // what the word says of the next (NOUN_NEXT, …): read by the next if joined
  let pendingNoun = -1; // the slot of the word after a determiner, a noun unless a word follows
  let at = 0;
  let quote = 0; // the first quote that does not end before `at`
  let broken = true; // punctuation, a line break or a quote comes before the word (or nothing)
  let prev = -1; // the slot of the previous word if it can start a phrase
  let prevStart = 0;
  for (;;) {
    for (; at < limit; at++) {
      const c = text.charCodeAt(at);
      if (c === 32) continue; // most often: one space between words
      if (isLetterCode(c)) break;
      broken = true;
    }
    if (at >= limit) return terms;
    const start = at;
    WORD.lastIndex = start;
    WORD.test(text);
    const end = WORD.lastIndex;
    at = end;
    while (quote < quotes.length && (quotes[quote] as QuoteSpan).end <= start) quote++;
    const q = quotes[quote];
    if (q !== undefined && q.start <= start) {
      // jump over the rest of the quote
      if (q.end > at) at = q.end;
      broken = true;
      continue;
    }
    const joined = !broken;
    broken = false;
    const before = joined ? said : 0;

    // the word in lower case with ’ as ', when it can be a content word; `cap` when its first
    // character changes in lower case
    const c0 = text.charCodeAt(start);
    let lc = '';
    let cap = false;
    said = 0;
    if (c0 >= 48 && c0 <= 57) {
      // a number
    } else if (end <= lower.length) {
      if (end - start > 2) {
        lc = lower.slice(start, end);
        cap = c0 !== lower.charCodeAt(start);
        // (every word of SAYS_OF_NEXT is a function word or a common verb)
        if (NOT_CONTENT.has(lc)) {
          if (end - start <= 7) said = SAYS_OF_NEXT.get(lc) ?? 0;
          lc = '';
        }
      } else said = shortSaysOfNext(lower, start, end);
    } else {
      // a lead beyond Latin-1, or its last word running on past the limit
      lc = lowerWord(text.slice(start, end));
      cap = c0 !== lc.charCodeAt(0);
      said = SAYS_OF_NEXT.get(lc) ?? 0;
      if (!isContent(lc)) lc = '';
    }
    const head = start < w.bodyStart;
    // the word after a determiner was a noun if no content word of its phrase follows it
    if (pendingNoun >= 0) {
      if (!joined || lc === '' || (cap && !(head && titleHead)))
        terms.nounScore[pendingNoun] = (terms.nounScore[pendingNoun] as number) + 1;
      pendingNoun = -1;
    }
    if (lc === '' || speakerWords.has(lc)) {
      prev = -1;
      continue;
    }
    const slot = terms.count(lc, head ? 3 : 1);
    if (before === NOUN_NEXT) pendingNoun = slot;
    else if (before === NOT_NOUN_NEXT)
      terms.nounScore[slot] = (terms.nounScore[slot] as number) - 1;
    if (!joined) prev = -1;
    // capitalised words are names or sentence starts: labels are about things (a title-case
    // headline's capitals say neither)
    if (cap && !(head && titleHead)) {
      prev = -1;
      continue;
    }
    if (head) terms.inHead[slot] = true;
    else terms.gram[slot] = (terms.gram[slot] as number) + 1;
    if (prev >= 0) {
      const k = terms.phrase(prev, slot, prevStart, end);
      if (head) terms.phraseInHead[k] = true;
      // a phrase of several words counts from its second use: said once, it is no subject
      else terms.addBodyPhrase(k);
    }
    prev = slot;
    prevStart = start;
  }
}

// Characters of a phrase (lower case) rare in news text, and then less rare ones (by their counts
// in polnear-train): one native search each finds where the phrase has one, where a hand-written
// loop would run slowly in a fresh process.
const RARE = /[0-9qzxj'kvb-]/;
const LESS_RARE = /[ywfgpmu]/;

/** Where `p` has its first RARE character, else its first LESS_RARE one, else 0. */
function rareAt(p: string): number {
  let at = p.search(RARE);
  if (at < 0) at = p.search(LESS_RARE);
  return Math.max(at, 0);
}

/**
 * How often `p` occurs in `s`, up to `max`: each use found from the end of the previous one, as
 * repeated `indexOf` would. The native search runs from a rare character of `p` (the part of `p`
 * that starts there, then `p` whole where that is found): it is several times faster when the
 * first character it seeks is rare, and most phrases are not found at all (exported for its
 * test).
 *
 * @example usesIn('tax cut, tax cuts; tax cut', 'tax cut', 5) // 3
 */
export function usesIn(s: string, p: string, max: number): number {
  const o = rareAt(p);
  const tail = o === 0 ? p : p.slice(o);
  let uses = 0;
  // `at`: where `tail` is, so that `p` would start at `at - o`
  for (let at = s.indexOf(tail, o); at >= 0 && uses < max; ) {
    if (o === 0 || s.startsWith(p, at - o)) {
      uses++;
      at = s.indexOf(tail, at + p.length); // the next use starts after this one
    } else at = s.indexOf(tail, at + 1);
  }
  return uses;
}

/**
 * Groups documents into issues and labels each in plain words. A document's key terms are its
 * frequent content words (headline words count three times); documents that share enough key
 * terms share an issue. The label is the most frequent noun phrase of one or two content words
 * (outside quotes, not a name of a speaker) in the issue's documents, preferring the headline's.
 *
 * @example findIssues(works).issues[0].label // 'end-to-end encryption'
 */
export function findIssues(works: DocumentWork[], speakerWords: Set<string> = new Set()): IssueSet {
  const keyTerms = new Map<string, string[]>();
  const phrases: Candidates[] = [];
  // per document: its candidate labels that surely name a thing (phrases, words used as nouns)
  const sureLabels: Set<string>[] = [];
  for (const w of works) {
    const text = w.doc.text;
    const terms = readLead(w, speakerWords);
    // a phrase of the lead that the rest of the text repeats: counted by a native search
    if (text.length > MAX_SCAN) {
      let rest = '';
      let tried = 0;
      const { bodyPhrases, phraseGram } = terms;
      for (let i = 0; i < bodyPhrases.length; i++) {
        const k = bodyPhrases[i] as number;
        if (phraseGram[k] !== 0.01) continue;
        if (++tried > 6) break; // the first phrases of the lead are the likely subject
        if (!rest) rest = text.slice(MAX_SCAN, MAX_SCAN + 5_000).toLowerCase();
        const uses = usesIn(rest, terms.phraseText(k), 5);
        if (uses > 0) phraseGram[k] = 3.4 * uses;
      }
    }
    keyTerms.set(w.doc.id, topTerms(terms.terms, terms.weights, 10).terms);
    // only the strongest phrases compete for the label of a group of documents
    const sure = new Set<string>();
    phrases.push(labelsOf(terms, sure));
    sureLabels.push(sure);
  }
  // union documents whose key terms overlap
  const parent = works.map((_, i) => i);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) x = parent[x] as number;
    return x;
  };
  // the first eight of each document's key terms, and the documents that have each, in order
  const firstTerms: string[][] = [];
  const owners = new Map<string, number[]>();
  // where each document stands in the list of each of its first terms (eight places a document)
  const place = new Int32Array(works.length * 8);
  for (let i = 0; i < works.length; i++) {
    const terms = keyTerms.get((works[i] as DocumentWork).doc.id) ?? [];
    firstTerms.push(terms);
    for (let j = 0; j < terms.length && j < 8; j++) {
      const list = listIn(owners, terms[j] as string);
      place[i * 8 + j] = list.length;
      list.push(i);
    }
  }
  // documents sharing four of these terms join: each document counts what each later one shares
  // with it (a count per document, not a map of pairs); the later ones follow it in each list
  const shared = new Int32Array(works.length);
  const sharers: number[] = [];
  for (let a = 0; a < works.length; a++) {
    const terms = firstTerms[a] as string[];
    for (let j = 0; j < terms.length && j < 8; j++) {
      const list = owners.get(terms[j] as string) as number[];
      if (list.length > 40) continue; // a word in many documents says nothing
      for (let k = (place[a * 8 + j] as number) + 1; k < list.length; k++) {
        const b = list[k] as number;
        const count = shared[b] as number;
        if (count === 0) sharers.push(b);
        shared[b] = count + 1;
      }
    }
    for (let k = 0; k < sharers.length; k++) {
      const b = sharers[k] as number;
      if ((shared[b] as number) >= 4) {
        const ra = find(a);
        const rb = find(b);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
      shared[b] = 0;
    }
    sharers.length = 0;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < works.length; i++) listIn(groups, find(i)).push(i);
  // each group's label, and whether it surely names a thing (a phrase, or a word used as a noun)
  const members: number[][] = [...groups.values()];
  const labels: string[] = [];
  const sure: boolean[] = [];
  for (const group of members) {
    let label = heaviest(labelTotals(group, phrases));
    // no candidate: the document's heaviest key term that may name a thing, else its title
    if (!label) {
      const first = works[group[0] as number] as DocumentWork;
      const terms = keyTerms.get(first.doc.id) ?? [];
      label =
        terms.find((t) => !isGeneralWord(t) && !isNeverNoun(t)) ??
        (first.doc.title.slice(0, 60) || 'untitled');
    }
    labels.push(label);
    sure.push(group.some((i) => sureLabels[i]?.has(label)));
  }
  // Groups labelled by the same phrase or noun that share another key term (not a general word)
  // are about the same thing: one issue. A word that is not surely a noun may name different
  // things, or none; "website" alone may be any website. Pairs are joined as the documents were,
  // so the issues do not depend on the order of the groups.
  const joined = members.map((_, g) => g);
  const root = (g: number): number => {
    let x = g;
    while (joined[x] !== x) x = joined[x] as number;
    return x;
  };
  const termsOf = (g: number) => {
    const terms = new Set<string>();
    for (const i of members[g] as number[])
      for (const t of firstTerms[i] as string[])
        if (t !== labels[g] && !GENERIC.has(t)) terms.add(t);
    return terms;
  };
  const byLabel = new Map<string, number[]>();
  // a label used as a noun in one group is the same noun in another
  const nouns = new Set<string>();
  for (let g = 0; g < members.length; g++) if (sure[g]) nouns.add(labels[g] as string);
  for (let g = 0; g < members.length; g++)
    if (nouns.has(labels[g] as string)) listIn(byLabel, labels[g] as string).push(g);
  for (const list of byLabel.values()) {
    if (list.length < 2) continue;
    const terms = list.map(termsOf);
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        let shares = false;
        for (const t of terms[b] as Set<string>)
          if ((terms[a] as Set<string>).has(t)) shares = true;
        if (!shares) continue;
        const ra = root(list[a] as number);
        const rb = root(list[b] as number);
        if (ra !== rb) joined[Math.max(ra, rb)] = Math.min(ra, rb);
      }
  }
  // A group labelled by a phrase ("congestion charge") that ties for another group's heaviest
  // candidate ("city centre" and "congestion charge" weigh the same there), the two sharing
  // another key term, is that group's subject too: one issue, whose label is then chosen from all
  // its documents.
  // (a phrase that ties for the group's heaviest candidate and that it repeats: said twice at
  // least, the headline counting)
  const phraseOwners = new Map<string, number[]>();
  for (let g = 0; g < members.length; g++) {
    const { terms, weights } = labelTotals(members[g] as number[], phrases);
    let max = 0;
    for (let k = 0; k < weights.length; k++) max = Math.max(max, weights[k] as number);
    if (max < 3.4) continue;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k] as string;
      if (weights[k] === max && t.indexOf(' ') >= 0) listIn(phraseOwners, t).push(g);
    }
  }
  let merged = false;
  for (let g = 0; g < members.length; g++) {
    const label = labels[g] as string;
    if (label.indexOf(' ') < 0) continue;
    const owners = phraseOwners.get(label);
    if (!owners || owners.length < 2) continue;
    const mine = termsOf(g);
    for (const h of owners) {
      if (h === g || root(h) === root(g)) continue;
      let shares = false;
      for (const t of termsOf(h)) if (t !== label && mine.has(t)) shares = true;
      if (!shares) continue;
      const rg = root(g);
      const rh = root(h);
      joined[Math.max(rg, rh)] = Math.min(rg, rh);
      merged = true;
    }
  }
  const issues: Issue[] = [];
  const issueOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const issueOfGroup = new Map<number, Issue>();
  // the documents of each joined set, for its label
  const setDocs = new Map<number, number[]>();
  if (merged)
    for (let g = 0; g < members.length; g++) {
      const list = listIn(setDocs, root(g));
      for (const i of members[g] as number[]) list.push(i);
    }
  for (let g = 0; g < members.length; g++) {
    const documentIds = (members[g] as number[]).map((i) => (works[i] as DocumentWork).doc.id);
    const r = root(g);
    let issue = issueOfGroup.get(r);
    if (issue) issue.documentIds.push(...documentIds);
    else {
      let id = `issue:${documentIds[0]}`;
      if (usedIds.has(id)) id = `${id}-2`;
      usedIds.add(id);
      const docs = setDocs.get(r);
      const label =
        docs && docs.length > (members[r] as number[]).length
          ? heaviest(labelTotals(docs, phrases)) || (labels[r] as string)
          : (labels[r] as string);
      issue = { id, label, documentIds };
      issues.push(issue);
      issueOfGroup.set(r, issue);
    }
    for (const d of documentIds) issueOf.set(d, issue.id);
  }
  return { issues, issueOf, keyTerms };
}
