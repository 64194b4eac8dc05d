import type { DebateGraph, Position, Stance } from '../graph/types';
import type { ActorIndex, ActorRecord } from './actors';
import { anyCase, wordCount } from './chars';
import { innerMap } from './collections';
import type { DocumentWork } from './extract';
import type { QuoteSpan } from './find-quotes';
import type { ReportedSpeech } from './indirect';
import type { IssueSet } from './issues';
import { AGREEMENT_CUES, CONTRAST_CUES } from './lexicon';
import { startsWithLu } from './mentions';
import { isSentenceEnd } from './segment';

// Each letter as a class of its two cases (anyCase), not the `i` flag: the cold search over
// polnear-dev ~0.85x.
const alternatives = (cues: string[]) =>
  cues.map((c) => anyCase(c).replace(/'/g, "['’]")).join('|');
// contrast and agreement cues in one search: group 1 a contrast, group 2 an agreement (no cue of
// one list overlaps a cue of the other, so one pass finds what two would; a test checks it)
const CUES = new RegExp(
  `\\b(?:(${alternatives(CONTRAST_CUES)})|(${alternatives(AGREEMENT_CUES)}))\\b`,
  'g',
);
/** Fills `contrasts` and `agreements` with where the contrast and agreement cues of `s` start. */
function cueStarts(s: string, contrasts: number[], agreements: number[]): void {
  contrasts.length = 0;
  agreements.length = 0;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(s); m; m = CUES.exec(s))
    (m[1] !== undefined ? contrasts : agreements).push(m.index);
}
const END = /[.!?…]/g;
/** Where the first sentence of `s` from `from` on ends (a mark `isSentenceEnd` accepts), or -1. */
function sentenceEndFrom(s: string, from: number): number {
  END.lastIndex = from;
  // a native search finds the marks; `test` builds no match array, and every mark is one code
  // unit, so it sits just before `lastIndex`
  while (END.test(s)) if (isSentenceEnd(s, END.lastIndex - 1)) return END.lastIndex - 1;
  return -1;
}
// A paragraph that opens a counter-view ("Despite …, some aren't sure"): speakers after it oppose.
// (two searches: the anchored opener as a branch of one regex slowed the search for the rest)
const COUNTER_START = /^(?:Despite|However|But|Critics|Opponents|Others|Not everyone)\b/u;
const COUNTER_WORDS =
  /\b(?:aren['’]t sure|are not sure|critics|opponents|sceptic|skeptic|disagree)/u;
const opensCounter = (s: string) => COUNTER_START.test(s) || COUNTER_WORDS.test(s);
// paragraph flags in readStances
const SPOKEN = 1;
const OTHERS = 2;
/** The text of `[start, end)` without the words inside `quotes[from, to)` (the marks stay). */
function outsideQuotes(
  text: string,
  start: number,
  end: number,
  quotes: QuoteSpan[],
  from: number,
  to: number,
): string {
  let out = '';
  let pos = start;
  for (let k = from; k < to; k++) {
    const q = quotes[k] as QuoteSpan;
    if (q.end <= start || q.start >= end) continue;
    out += text.slice(pos, Math.max(pos, q.start));
    pos = Math.max(pos, q.end);
  }
  return out + text.slice(pos, end);
}

export interface DocumentStances {
  /** The actor whose proposal the headline states, if any. */
  proposer: ActorRecord | null;
  /** Evidence per actor: positive for, negative against. */
  score: Map<ActorRecord, { pro: number; con: number }>;
}

/**
 * The names of an actor that start with a capital, longer than two characters, each once: the
 * shown name, its last word ("Rudd"), its surname and every form the actor was named by. Built
 * in one array (no set, spread or filtered copies): an actor has a handful of names.
 */
function capitalNamesOf(r: ActorRecord, bestName: string): string[] {
  const out: string[] = [];
  const add = (n: string) => {
    if (n.length > 2 && startsWithLu(n) && !out.includes(n)) out.push(n);
  };
  add(bestName);
  add(bestName.slice(bestName.lastIndexOf(' ') + 1));
  add(r.surname);
  for (const f of r.forms.keys()) add(f);
  return out;
}

/**
 * The names of all lists that hold no other of them: text that holds "Amber Rudd" holds "Rudd",
 * so whether a text names anyone is answered by searching for "Rudd" alone.
 */
function shortestNames(lists: string[][]): string[] {
  const all: string[] = [];
  for (const names of lists) for (const n of names) if (!all.includes(n)) all.push(n);
  // (only a shorter name can lie inside another: a length test spares most searches; plain loops,
  // not filter and some, spare unoptimised code a call per pair)
  const out: string[] = [];
  for (const n of all) {
    let holdsOther = false;
    for (let j = 0; j < all.length && !holdsOther; j++) {
      const m = all[j] as string;
      holdsOther = m.length < n.length && n.includes(m);
    }
    if (!holdsOther) out.push(n);
  }
  return out;
}

/**
 * Reads each document's structure and cue words for who stands where: the headline's proposer
 * is for its proposal; a speaker in a sentence of contrast or criticism ("questioned whether",
 * "declined", "took exception to"), after a paragraph that opens a counter-view ("Despite …,
 * some aren't sure"), or criticised by the proposer is against; agreement ("backed",
 * "welcomed", "echoed") is for; both is mixed; no cue is neutral.
 *
 * @example readStances(work, index, namesOf).proposer // the record of the headline's speaker
 */
export function readStances(
  w: DocumentWork,
  index: ActorIndex,
  namesOf: (r: ActorRecord) => string[],
): DocumentStances {
  const text = w.doc.text;
  const speakers: ActorRecord[] = [];
  for (const s of w.speakers) {
    const r = s && index.canonical(s);
    if (r && !speakers.includes(r)) speakers.push(r);
  }
  // the speaker of the headline's reported speech ("Court says Facebook must remove posts"): a
  // speaker of the document, though it may have no quote
  let headlineReporter: ActorRecord | null = null;
  for (
    let k = 0;
    k < w.reported.length && (w.reported[k] as ReportedSpeech).start < w.bodyStart;
    k++
  ) {
    const s = w.reportedSpeakers[k];
    if (s) {
      headlineReporter = index.canonical(s);
      if (!speakers.includes(headlineReporter)) speakers.push(headlineReporter);
      break;
    }
  }
  const score = new Map<ActorRecord, { pro: number; con: number }>();
  for (const s of speakers) score.set(s, { pro: 0, con: 0 });
  if (speakers.length === 0) return { proposer: null, score };
  // the proposer: the headline's speaker, the speaker of its reported speech, or the first
  // speaker named in the headline
  const headline = text.slice(0, w.bodyStart);
  let proposer: ActorRecord | null = null;
  for (let k = 0; k < w.quotes.length && (w.quotes[k] as QuoteSpan).start < w.bodyStart; k++) {
    const s = w.speakers[k];
    if (s) {
      proposer = index.canonical(s);
      break;
    }
  }
  // else the headline's reported speaker
  if (!proposer) proposer = headlineReporter;
  // every speaker's names that start with a capital
  const capitalNames = speakers.map(namesOf);
  // else the speaker the headline names first, else the one the lead names first
  const firstNamed = (inText: string) => {
    let at = Number.POSITIVE_INFINITY;
    let who: ActorRecord | null = null;
    for (let k = 0; k < speakers.length; k++)
      for (const n of capitalNames[k] as string[]) {
        const i = inText.indexOf(n);
        if (i >= 0 && i < at) {
          at = i;
          who = speakers[k] as ActorRecord;
        }
      }
    return who;
  };
  if (!proposer && headline) proposer = firstNamed(headline);
  const lead = w.paragraphs.find((p) => p.start >= w.bodyStart);
  if (!proposer && lead) proposer = firstNamed(text.slice(lead.start, lead.end));
  const paras = w.paragraphs;
  // a few names: a native search for each is faster than reading the text once
  let nameCount = 0;
  for (const names of capitalNames) nameCount += names.length;
  const fewNames = nameCount <= 24;
  // else the names by their first two characters (a capital, so A-Z or beyond ASCII; every name
  // has three or more): a paragraph is read once, not once per name of every speaker
  const byStart = new Map<number, { k: number; n: string }[]>();
  if (!fewNames)
    speakers.forEach((_, k) => {
      for (const n of capitalNames[k] as string[]) {
        const key = n.charCodeAt(0) * 0x10000 + n.charCodeAt(1);
        const list = byStart.get(key);
        if (list) list.push({ k, n });
        else byStart.set(key, [{ k, n }]);
      }
    });
  const atOf: number[] = new Array(speakers.length).fill(-1);
  // A sentence that names only the proposer scores no one (the proposer's cues count against the
  // others it names), so only the names of the others decide whether a paragraph is read.
  const searchNames = fewNames
    ? shortestNames(capitalNames.filter((_, k) => speakers[k] !== proposer))
    : [];
  /** Whether `s` names a speaker other than the proposer (stops at the first name found). */
  const namesOther = (s: string): boolean => {
    if (fewNames) {
      for (const n of searchNames) if (s.includes(n)) return true;
      return false;
    }
    for (let i = 0; i + 2 < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!((c >= 65 && c <= 90) || c >= 128)) continue;
      const list = byStart.get(c * 0x10000 + s.charCodeAt(i + 1));
      if (list)
        for (const x of list) if (speakers[x.k] !== proposer && s.startsWith(x.n, i)) return true;
    }
    return false;
  };
  /** The speakers `s` names, in the order of their first mention. */
  const mentionsIn = (s: string) => {
    atOf.fill(-1);
    let hits = 0;
    if (fewNames)
      for (let k = 0; k < speakers.length; k++) {
        for (const n of capitalNames[k] as string[]) {
          const i = s.indexOf(n);
          if (i >= 0 && ((atOf[k] as number) < 0 || i < (atOf[k] as number))) atOf[k] = i;
        }
        if ((atOf[k] as number) >= 0) hits++;
      }
    else
      for (let i = 0; i + 2 < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!((c >= 65 && c <= 90) || c >= 128)) continue;
        const list = byStart.get(c * 0x10000 + s.charCodeAt(i + 1));
        if (!list) continue;
        // positions rise: the first hit of a speaker is where its first name occurs
        for (const x of list)
          if ((atOf[x.k] as number) < 0 && s.startsWith(x.n, i)) {
            atOf[x.k] = i;
            hits++;
          }
      }
    const found: { r: ActorRecord; at: number }[] = [];
    if (hits > 0)
      for (let k = 0; k < speakers.length; k++) {
        const at = atOf[k] as number;
        if (at >= 0) found.push({ r: speakers[k] as ActorRecord, at });
      }
    return found.sort((a, b) => a.at - b.at);
  };
  let counterScope = 0;
  // per paragraph: a quote of it has a speaker (SPOKEN), one other than the proposer (OTHERS);
  // three more zeros so that the look-ahead below may read past the last paragraph
  const flags = new Uint8Array(paras.length + 3);
  for (let k = 0; k < w.quotes.length; k++) {
    const s = w.speakers[k];
    if (!s) continue;
    const p = (w.quotes[k] as QuoteSpan).para;
    flags[p] = (flags[p] as number) | (index.canonical(s) === proposer ? SPOKEN : SPOKEN | OTHERS);
  }
  /**
   * Whether paragraph `p` opens a counter-view that counts: one whose scope (the next three
   * paragraphs) holds a speaker other than the proposer. Otherwise it is not searched at all.
   */
  const opensCounterView = (p: number, plain: string) =>
    !((flags[p] as number) & SPOKEN) &&
    ((flags[p + 1] as number) | (flags[p + 2] as number) | (flags[p + 3] as number)) & OTHERS &&
    opensCounter(plain);
  const contrasts: number[] = [];
  const agreements: number[] = [];
  // the quotes of paragraph p are w.quotes[from, to) (findQuotes gives them in text order)
  let to = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as (typeof paras)[number];
    const from = to;
    while (to < w.quotes.length && (w.quotes[to] as QuoteSpan).para === p) to++;
    if (para.end <= w.bodyStart) continue;
    // most paragraphs hold no quote: read them in place
    const plain =
      to > from
        ? outsideQuotes(text, para.start, para.end, w.quotes, from, to)
        : text.slice(para.start, para.end);
    if (counterScope > 0) {
      if ((flags[p] as number) & OTHERS) {
        // each speaker of the paragraph once
        const counted = new Set<ActorRecord>();
        for (let k = from; k < to; k++) {
          const s = w.speakers[k];
          if (!s) continue;
          const r = index.canonical(s);
          if (r === proposer || counted.has(r)) continue;
          counted.add(r);
          (score.get(r) as { con: number }).con += 1;
        }
      }
      counterScope--;
    }
    // only sentences that name a speaker can carry their stance
    if (!namesOther(plain)) {
      if (opensCounterView(p, plain)) counterScope = 3;
      continue;
    }
    // where the cue words are: sentences are then checked by position, not searched again
    cueStarts(plain, contrasts, agreements);
    if (opensCounterView(p, plain)) counterScope = 3;
    if (contrasts.length === 0 && agreements.length === 0) continue;
    // sentence by sentence: cue words and who is named
    let s = 0;
    let nextContrast = 0;
    let nextAgreement = 0;
    // (the sentences after the last cue carry none: they are not split off)
    while (
      s < plain.length &&
      (nextContrast < contrasts.length || nextAgreement < agreements.length)
    ) {
      const found = sentenceEndFrom(plain, s);
      const e = found >= 0 ? found : plain.length - 1;
      // a cue never holds sentence-final punctuation, so it lies within one sentence
      let contrast = false;
      while (nextContrast < contrasts.length && (contrasts[nextContrast] as number) <= e) {
        contrast = true;
        nextContrast++;
      }
      let agree = false;
      while (nextAgreement < agreements.length && (agreements[nextAgreement] as number) <= e) {
        agree = true;
        nextAgreement++;
      }
      const start = s;
      s = e + 1;
      if (!contrast && !agree) continue;
      const named = mentionsIn(plain.slice(start, s));
      if (named.length === 0) continue;
      const subject = named[0] as { r: ActorRecord };
      if (contrast) {
        if (subject.r === proposer) {
          for (const o of named.slice(1)) (score.get(o.r) as { con: number }).con += 2;
        } else {
          (score.get(subject.r) as { con: number }).con += 1;
        }
      }
      if (agree && subject.r !== proposer) (score.get(subject.r) as { pro: number }).pro += 1;
    }
  }
  return { proposer, score };
}

function stanceFrom(e: { pro: number; con: number } | undefined, isProposer: boolean): Stance {
  if (isProposer) return 'for';
  if (!e) return 'neutral';
  if (e.con > 0 && e.pro > 0)
    return e.con >= 2 * e.pro ? 'against' : e.pro >= 2 * e.con ? 'for' : 'mixed';
  if (e.con > 0) return 'against';
  if (e.pro > 0) return 'for';
  return 'neutral';
}

const SUMMARY_MAX = 140;

/** A quote long enough to summarise a position by: four words or more. */
const saysEnough = (t: string) => wordCount(t) >= 4;

/** First sentence of the actor's longest claim, cut at a word boundary: the position summary. */
function summaryOf(texts: string[]): string {
  let best = '';
  for (const t of texts) if (t.length > best.length) best = t;
  const end = sentenceEndFrom(best, 0);
  let s = (end >= 0 ? best.slice(0, end + 1) : best).trim();
  if (s.length > SUMMARY_MAX) {
    const cut = s.lastIndexOf(' ', SUMMARY_MAX - 1);
    s = `${s.slice(0, cut > 40 ? cut : SUMMARY_MAX - 1)}…`;
  }
  return s;
}

/**
 * One position per actor and issue: the stance read from the documents of the issue (the
 * proposer's stance wins; otherwise the sum of the evidence) and a one-line summary drawn from
 * the actor's own words.
 *
 * @example assignStances(graph, works, issues, index, idOf)[0] // { actorId: 'actor:amber-rudd', stance: 'for', summary: 'We need to make sure…', ... }
 */
export function assignStances(
  graph: DebateGraph,
  works: DocumentWork[],
  issues: IssueSet,
  index: ActorIndex,
  idOf: (r: ActorRecord | null) => string | null,
  stances: Map<string, DocumentStances> = new Map(),
): Position[] {
  const nameById = new Map(graph.actors.map((a) => [a.id, a.name]));
  const nameOf = (r: ActorRecord) => nameById.get(idOf(r) ?? '') ?? r.surname;
  // an actor's names that start with a capital, worked out once: the same actors speak in many
  // documents, and a well-known one has dozens of forms
  const capitalNames = new Map<ActorRecord, string[]>();
  const namesOf = (r: ActorRecord) => {
    let names = capitalNames.get(r);
    if (!names) {
      names = capitalNamesOf(r, nameOf(r));
      capitalNames.set(r, names);
    }
    return names;
  };
  // evidence by actor id, then issue id (nested maps: no key string is built per lookup)
  const evidence = new Map<string, Map<string, { pro: number; con: number; proposer: boolean }>>();
  for (const w of works) {
    const st = readStances(w, index, namesOf);
    stances.set(w.doc.id, st);
    const issueId = issues.issueOf.get(w.doc.id) as string;
    // forEach, not `for (const [r, e] of …)`: unoptimised code runs the iterator protocol to
    // take each entry apart, which costs a fresh process far more than the work
    st.score.forEach((e, r) => {
      const id = idOf(r);
      if (!id) return;
      const byIssue = innerMap(evidence, id);
      let acc = byIssue.get(issueId);
      if (!acc) {
        acc = { pro: 0, con: 0, proposer: false };
        byIssue.set(issueId, acc);
      }
      acc.pro += e.pro;
      acc.con += e.con;
      if (r === st.proposer) acc.proposer = true;
    });
  }
  // one record per actor and issue: its position, all its claim texts and its own (quoted) words
  const byKey = new Map<
    string,
    Map<string, { position: Position; texts: string[]; own: string[] }>
  >();
  const entries: { position: Position; texts: string[]; own: string[] }[] = [];
  const indirect = new Set<string>();
  for (const q of graph.quotes) if (q.kind === 'indirect') indirect.add(q.id);
  for (const c of graph.claims) {
    const byIssue = innerMap(byKey, c.actorId);
    let entry = byIssue.get(c.issueId);
    if (!entry) {
      const e = evidence.get(c.actorId)?.get(c.issueId);
      entry = {
        position: {
          id: `position:${c.actorId.slice(6)}:${c.issueId.slice(6)}`,
          actorId: c.actorId,
          issueId: c.issueId,
          stance: stanceFrom(e, e?.proposer ?? false),
          summary: '',
          claimIds: [],
        },
        texts: [],
        own: [],
      };
      byIssue.set(c.issueId, entry);
      entries.push(entry);
    }
    entry.position.claimIds.push(c.id);
    entry.texts.push(c.text);
    if (!indirect.has(c.quoteIds[0] ?? '')) entry.own.push(c.text);
  }
  // a summary is drawn from the actor's own words: reported speech only when nothing is quoted
  // but a few words ("bulldozed" of "X said the government had “bulldozed” the consultation")
  const positions: Position[] = [];
  for (const { position, texts, own } of entries) {
    position.summary = summaryOf(own.some(saysEnough) ? own : texts);
    positions.push(position);
  }
  return positions;
}
