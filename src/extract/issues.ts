import type { Issue } from '../graph/types';
import { isLetterCode } from './chars';
import type { DocumentWork } from './extract';
import type { QuoteSpan } from './find-quotes';
import { ROLE_NOUNS, STOPWORDS, TITLE_WORDS } from './lexicon';

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

/** The words of a document's headline and lead, outside quotes, as flat arrays (no objects). */
interface LeadWords {
  /** Lower case, ’ as '; '' for a word too short or numeric to be a content word. */
  lc: string[];
  /** Starts with a capital: a name or a sentence start, never part of a label. */
  cap: boolean[];
  /** Stands in the headline. */
  head: boolean[];
  /** Punctuation, a line break or a quote separates it from the word before. */
  broken: boolean[];
}

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * End of the word that starts at `i`: letters and digits, joined by single hyphens or
 * apostrophes ("end-to-end", "don’t").
 */
function wordEnd(text: string, i: number): number {
  let e = i;
  for (;;) {
    while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
    const c = text.charCodeAt(e);
    const joiner = c === HYPHEN || c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;
    if (!joiner || e + 1 >= text.length || !isLetterCode(text.charCodeAt(e + 1))) return e;
    e += 2;
  }
}

/**
 * Appends the lower case of `text[s, e)` with ’ as ', and whether it starts with a capital, to
 * `out` (written in place: no result object per word).
 */
function pushLowerWord(out: LeadWords, text: string, s: number, e: number): void {
  let plainLower = true; // ASCII without capitals: the word is its own lower case
  for (let i = s; i < e && plainLower; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) plainLower = false;
  }
  const w = text.slice(s, e);
  if (plainLower) {
    out.lc.push(w);
    out.cap.push(false);
    return;
  }
  const c0 = w.charCodeAt(0);
  const lc = w.toLowerCase();
  out.lc.push(lc.indexOf('’') < 0 ? lc : lc.replace(/’/g, "'"));
  out.cap.push((c0 >= 65 && c0 <= 90) || (c0 > 127 && w[0] !== lc[0]));
}

/**
 * The words that start before `limit`, skipping quotes. A hand-written scan
 * rather than a regex: no match object per word, and no string for a word that cannot count.
 */
function leadWords(text: string, limit: number, quotes: QuoteSpan[], bodyStart: number): LeadWords {
  const out: LeadWords = { lc: [], cap: [], head: [], broken: [] };
  let q = 0;
  let last = 0;
  let broken = true;
  let at = 0;
  for (;;) {
    while (at < limit && !isLetterCode(text.charCodeAt(at))) at++;
    if (at >= limit) break;
    const start = at;
    const end = wordEnd(text, start);
    at = end;
    while (q < quotes.length && (quotes[q] as QuoteSpan).end <= start) q++;
    if (q < quotes.length && (quotes[q] as QuoteSpan).start <= start) {
      // jump over the rest of the quote
      const quoteEnd = (quotes[q] as QuoteSpan).end;
      if (quoteEnd > at) at = quoteEnd;
      last = quoteEnd;
      broken = true;
      continue;
    }
    for (let i = last; i < start && !broken; i++) if (text.charCodeAt(i) !== 32) broken = true;
    last = end;
    const c0 = text.charCodeAt(start);
    const short = end - start <= 2 && c0 < 128 && text.charCodeAt(end - 1) < 128;
    if (short || (c0 >= 48 && c0 <= 57)) {
      // too short or a number: never a content word (see isContent), so no string is made
      out.lc.push('');
      out.cap.push(c0 >= 65 && c0 <= 90);
    } else pushLowerWord(out, text, start, end);
    out.head.push(start < bodyStart);
    out.broken.push(broken);
    broken = false;
  }
  return out;
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
  announced warned called-for urged`.split(/\s+/),
);
// Roles and titles say who speaks, not what about: "home secretary" is not an issue.
const NOT_CONTENT = new Set([...STOPWORDS, ...ROLE_NOUNS, ...TITLE_WORDS, ...COMMON_VERBS]);
// Words too general to name what a debate is about.
const GENERIC = new Set(
  `issue issues thing things way ways time times people person part parts lot lots kind case
  cases point points fact facts question questions matter place story stories news report
  reports statement comments comment interview video clip clips photo photos image images
  number numbers percent group groups world country today week month year`.split(/\s+/),
);
const isContent = (w: string) =>
  w.length > 2 && !NOT_CONTENT.has(w) && !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);

/** Ends like a verb form or an adverb: "-ing", "-ed", "-ly". */
const isBareVerbForm = (t: string) => t.endsWith('ing') || t.endsWith('ed') || t.endsWith('ly');

/**
 * The `n` heaviest terms, heaviest first (ties A–Z), with their weights in the same order,
 * without sorting the whole map.
 */
function topTerms(counts: Map<string, number>, n: number): { terms: string[]; weights: number[] } {
  // an insertion sort into two parallel arrays: no pair per kept entry, no splice
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [term, weight] of counts) {
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

/**
 * The summed weight of each candidate label over a group's documents. Most groups hold one
 * document: its own map already is the sum (0 + n is n), so no new map is built for it.
 */
function labelTotals(members: number[], phrases: Map<string, number>[]): Map<string, number> {
  if (members.length === 1) return phrases[members[0] as number] as Map<string, number>;
  const total = new Map<string, number>();
  for (const i of members)
    for (const [p, n] of phrases[i] as Map<string, number>) total.set(p, (total.get(p) ?? 0) + n);
  return total;
}

/**
 * Groups documents into issues and labels each in plain words. A document's key terms are its
 * frequent content words (headline words count three times); documents that share enough key
 * terms share an issue. The label is the most frequent noun phrase of one to three content words
 * (outside quotes, not a name of a speaker) in the issue's documents, preferring the headline's.
 *
 * @example findIssues(works).issues[0].label // 'end-to-end encryption'
 */
export function findIssues(works: DocumentWork[], speakerWords: Set<string> = new Set()): IssueSet {
  const keyTerms = new Map<string, string[]>();
  const phrases: Map<string, number>[] = [];
  for (const w of works) {
    const text = w.doc.text;
    const lw = leadWords(text, Math.min(text.length, MAX_SCAN), w.quotes, w.bodyStart);
    const counts = new Map<string, number>();
    const grams = new Map<string, number>();
    const headGrams = new Set<string>();
    let prev = -1; // index of the previous word if it can start a phrase
    for (let i = 0; i < lw.lc.length; i++) {
      const lc = lw.lc[i] as string;
      const head = lw.head[i] as boolean;
      if (!isContent(lc) || speakerWords.has(lc)) {
        prev = -1;
        continue;
      }
      counts.set(lc, (counts.get(lc) ?? 0) + (head ? 3 : 1));
      if (lw.broken[i]) prev = -1;
      // capitalised words are names or sentence starts: labels are about things
      if (lw.cap[i]) {
        prev = -1;
        continue;
      }
      if (head) headGrams.add(lc);
      else grams.set(lc, (grams.get(lc) ?? 0) + 1);
      if (prev >= 0) {
        const phrase = `${lw.lc[prev]} ${lc}`;
        if (head) headGrams.add(phrase);
        else {
          // a phrase of several words counts from its second use: said once, it is no subject
          const seen = grams.get(phrase);
          grams.set(phrase, seen === undefined ? 0.01 : seen + 3.4);
        }
      }
      prev = i;
    }
    // a phrase of the lead that the rest of the text repeats: counted by a native search
    if (text.length > MAX_SCAN) {
      let rest = '';
      let tried = 0;
      for (const [p, n] of grams) {
        if (n !== 0.01) continue;
        if (++tried > 6) break; // the first phrases of the lead are the likely subject
        if (!rest) rest = text.slice(MAX_SCAN, MAX_SCAN + 5_000).toLowerCase();
        let uses = 0;
        for (let at = rest.indexOf(p); at >= 0 && uses < 5; at = rest.indexOf(p, at + p.length))
          uses++;
        if (uses > 0) grams.set(p, 3.4 * uses);
      }
    }
    keyTerms.set(w.doc.id, topTerms(counts, 10).terms);
    // a phrase of the headline that the body repeats is the best label
    for (const p of headGrams) {
      const n = grams.get(p);
      if (n !== undefined) grams.set(p, n * 2.5);
    }
    // only the strongest phrases compete for the label of a group of documents
    const best = new Map<string, number>();
    const top = topTerms(grams, 24);
    for (let k = 0; k < top.terms.length; k++) {
      const t = top.terms[k] as string;
      // a label names a thing: no general word, no bare verb form
      if (t.indexOf(' ') < 0 && (GENERIC.has(t) || isBareVerbForm(t))) continue;
      best.set(t, top.weights[k] as number); // its weight in grams
    }
    phrases.push(best);
  }
  // union documents whose key terms overlap
  const parent = works.map((_, i) => i);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) x = parent[x] as number;
    return x;
  };
  const owners = new Map<string, number[]>();
  works.forEach((w, i) => {
    for (const t of (keyTerms.get(w.doc.id) ?? []).slice(0, 8)) {
      const list = owners.get(t) ?? [];
      list.push(i);
      owners.set(t, list);
    }
  });
  const shared = new Map<number, number>();
  const n = works.length;
  for (const list of owners.values()) {
    if (list.length > 40) continue; // a word in many documents says nothing
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = (list[a] as number) * n + (list[b] as number);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  for (const [key, count] of shared) {
    if (count < 4) continue;
    const ra = find(Math.floor(key / n));
    const rb = find(key % n);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  works.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const issues: Issue[] = [];
  const issueOf = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const members of groups.values()) {
    const total = labelTotals(members, phrases);
    let label = '';
    let best = 0;
    for (const [p, n] of total) {
      if (n > best || (n === best && p < label)) {
        best = n;
        label = p;
      }
    }
    const firstDoc = works[members[0] as number] as DocumentWork;
    if (!label) label = firstDoc.doc.title.slice(0, 60) || 'untitled';
    let id = `issue:${firstDoc.doc.id}`;
    if (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    const documentIds = members.map((i) => (works[i] as DocumentWork).doc.id);
    issues.push({ id, label, documentIds });
    for (const d of documentIds) issueOf.set(d, id);
  }
  return { issues, issueOf, keyTerms };
}
