import type { DebateGraph, Position, Relation, RelationKind } from '../graph/types';
import type { ActorIndex, ActorRecord } from './actors';
import {
  BEYOND_LATIN1,
  CAT_JOIN,
  CAT_L,
  CAT_LU,
  CAT_M,
  categoryAt,
  runEnd,
  stripPossessive,
  unitsAt,
} from './chars';
import { innerMap, listIn } from './collections';
import type { DocumentWork } from './extract';
import type { QuoteSpan } from './find-quotes';
import { BLAME_WORDS, STOPWORDS } from './lexicon';
import type { DocumentStances } from './stance';

/** A speaker's quote that blames named actors. */
export interface Criticism {
  from: ActorRecord;
  to: ActorRecord[];
  docId: string;
  quoteStart: number;
}

const BLAME = new RegExp(`\\b(?:${[...BLAME_WORDS].join('|')})\\b`, 'i');
const ENUMERATION = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/u;

/** A run of capitalised words in a quote, at its offsets in the document. */
interface NameRun {
  name: string;
  start: number;
  end: number;
}

/*
 * Runs of capitalised words, as /\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)*\/gu finds
 * them. That regex costs milliseconds to compile and first run in a fresh process, so text of
 * ASCII, Latin-1 and general punctuation only (where \p{Lu} and \p{L} are plain ranges and \p{M}
 * is empty) is searched by RUN_LATIN1, which costs a tenth of one, and other text is read by hand.
 */
const RUN_LATIN1 =
  /[A-Z\xC0-\xD6\xD8-\xDE][A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\xFF'’-]+(?:[ \t]+[A-Z\xC0-\xD6\xD8-\xDE][A-Za-z\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\xFF'’-]+)*/g;
/** What a capitalised word holds after its first letter. */
const IN_NAME_WORD = CAT_L | CAT_M | CAT_JOIN;

/** The end of the capitalised word (a capital, then one or more of IN_NAME_WORD) at `at`, or -1. */
function capitalWordEnd(s: string, at: number): number {
  if (at >= s.length || !(categoryAt(s, at) & CAT_LU)) return -1;
  const from = at + unitsAt(s, at);
  const end = runEnd(s, from, IN_NAME_WORD);
  return end > from ? end : -1;
}

/**
 * The runs of capitalised words in `s`, each as its start and end (a flat list), as the regex
 * above finds them (exported for its test).
 */
export function capitalRuns(s: string): number[] {
  const out: number[] = [];
  if (!BEYOND_LATIN1.test(s)) {
    RUN_LATIN1.lastIndex = 0;
    for (let m = RUN_LATIN1.exec(s); m; m = RUN_LATIN1.exec(s))
      out.push(m.index, m.index + m[0].length);
    return out;
  }
  for (let at = 0; at < s.length; ) {
    let end = capitalWordEnd(s, at);
    if (end < 0) {
      at += unitsAt(s, at);
      continue;
    }
    // then each further word after spaces or tabs
    for (;;) {
      let k = end;
      while (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9) k++;
      const next = k > end ? capitalWordEnd(s, k) : -1;
      if (next < 0) break;
      end = next;
    }
    out.push(at, end);
    at = end;
  }
  return out;
}

/** The runs of capitalised words in `inner` (the text at `offset`) whose first word is no stopword. */
function nameRuns(inner: string, offset: number): NameRun[] {
  const runs: NameRun[] = [];
  const found = capitalRuns(inner);
  for (let i = 0; i < found.length; i += 2) {
    const start = found[i] as number;
    const run = inner.slice(start, found[i + 1] as number);
    // the first word ends at the first space or tab (a run holds no other white space)
    let firstEnd = 0;
    while (
      firstEnd < run.length &&
      run.charCodeAt(firstEnd) !== 32 &&
      run.charCodeAt(firstEnd) !== 9
    )
      firstEnd++;
    if (STOPWORDS.has(run.slice(0, firstEnd).toLowerCase())) continue;
    runs.push({
      name: stripPossessive(run),
      start: offset + start,
      end: offset + start + run.length,
    });
  }
  return runs;
}

/**
 * Whether `findCriticisms` will read the document's names: only for a quote with a speaker and a
 * word of blame. A document without one need not keep its name lists to the end of the run.
 */
export function readsNames(w: DocumentWork): boolean {
  for (let k = 0; k < w.quotes.length; k++) if (blames(w, k)) return true;
  return false;
}

/** Quote `k` of the document has a speaker and a word of blame. */
function blames(w: DocumentWork, k: number): boolean {
  const q = w.quotes[k] as QuoteSpan;
  return !!w.speakers[k] && BLAME.test(w.doc.text.slice(q.start, q.end));
}

/**
 * Names that a speaker's quote blames: a quote with words of blame ("toxic", "dangerous",
 * "scapegoats") criticises the people it names, whether known speakers, full names of the
 * document or a list of names ("Whether it is A, B, C or D").
 *
 * @example findCriticisms(works, index)[0] // { from: <Salil Shetty>, to: [<Donald Trump>, ...], ... }
 */
export function findCriticisms(works: DocumentWork[], index: ActorIndex): Criticism[] {
  const out: Criticism[] = [];
  for (const w of works) {
    const text = w.doc.text;
    // the document's speakers, gathered only for a document with a quote of blame (few are)
    let docActors: ActorRecord[] | null = null;
    for (let k = 0; k < w.quotes.length; k++) {
      if (!blames(w, k)) continue;
      const q = w.quotes[k] as QuoteSpan;
      const speaker = w.speakers[k] as ActorRecord;
      const inner = text.slice(q.start, q.end);
      const runs = nameRuns(inner, q.start);
      const targets: ActorRecord[] = [];
      runs.forEach((r, i) => {
        const surname = r.name.slice(r.name.lastIndexOf(' ') + 1).toLowerCase();
        const inList =
          (i > 0 && ENUMERATION.test(text.slice((runs[i - 1] as typeof r).end, r.start))) ||
          (i + 1 < runs.length &&
            ENUMERATION.test(text.slice(r.end, (runs[i + 1] as typeof r).start)));
        // a named person: a speaker, a full name given a title in the document, or one of a list
        const full = w.names.fullBySurname.get(surname)?.[0];
        const titled = full !== undefined && w.names.titled.has(full);
        if (!inList && !titled && !index.knows(r.name)) return;
        if (!docActors) {
          docActors = [];
          for (const s of w.speakers) if (s && !docActors.includes(s)) docActors.push(s);
        }
        const t = index.resolveName(
          { kind: 'name', name: r.name, start: r.start, end: r.end, person: true },
          w.doc.id,
          w.names,
          docActors,
        );
        const c = index.canonical(t);
        if (c !== index.canonical(speaker) && !targets.includes(c)) targets.push(c);
      });
      if (targets.length)
        out.push({ from: speaker, to: targets, docId: w.doc.id, quoteStart: q.start });
    }
  }
  return out;
}

/**
 * The relations of the debate: each opponent of a document's proposer `opposes` the proposer's
 * position (a supporter `agrees-with` it); the proposer `responds-to` an actor its quotes name;
 * a speaker `criticises` the people its blaming quotes name; a spokesperson `supports` its
 * organisation.
 *
 * @example relateActors(graph, works, index, idOf, stances, criticisms).find((r) => r.kind === 'opposes')
 * // { source: 'position:jeremy-corbyn:…', target: 'position:amber-rudd:…', kind: 'opposes', ... }
 */
export function relateActors(
  graph: DebateGraph,
  works: DocumentWork[],
  index: ActorIndex,
  idOf: (r: ActorRecord | null) => string | null,
  stances: Map<string, DocumentStances>,
  criticisms: Criticism[],
): Relation[] {
  const out = new Map<string, Relation>();
  const add = (kind: RelationKind, source: string, target: string, quoteIds: string[]) => {
    if (source === target) return;
    const id = `relation:${kind}:${source}:${target}`;
    const r = out.get(id);
    if (r) {
      for (const q of quoteIds) if (!r.quoteIds.includes(q)) r.quoteIds.push(q);
    } else out.set(id, { id, source, target, kind, quoteIds: [...quoteIds] });
  };
  // positions by actor id, then issue id (nested maps: no key string is built per lookup)
  const positionsOf = new Map<string, Map<string, Position>>();
  for (const p of graph.positions) innerMap(positionsOf, p.actorId).set(p.issueId, p);
  const positionOf = (actorId: string, issueId: string) => positionsOf.get(actorId)?.get(issueId);
  const issueOf = new Map<string | undefined, string>();
  for (const c of graph.claims) issueOf.set(c.quoteIds[0], c.issueId);
  // each document's attributed quotes by speaker, in text order
  const quotesBy = new Map<string, Map<string, DebateGraph['quotes']>>();
  for (const q of graph.quotes) {
    if (!q.speakerId) continue;
    listIn(innerMap(quotesBy, q.documentId), q.speakerId).push(q);
  }
  const nameById = new Map(graph.actors.map((a) => [a.id, a]));
  for (const w of works) {
    const st = stances.get(w.doc.id);
    if (!st?.proposer) continue;
    const pid = idOf(st.proposer);
    if (!pid) continue;
    const docQuotes = quotesBy.get(w.doc.id);
    const proposerQuotes = docQuotes?.get(pid) ?? [];
    const firstQuote = proposerQuotes[0]?.id;
    const issueId = firstQuote ? issueOf.get(firstQuote) : undefined;
    const target = issueId ? positionOf(pid, issueId) : undefined;
    // each speaker once (one id lookup): its stance towards the proposer's position, then
    // whether the proposer's own quotes name it
    for (const r of st.score.keys()) {
      const aid = idOf(r);
      if (!aid || aid === pid) continue;
      const source = issueId ? positionOf(aid, issueId) : undefined;
      if (source && target) {
        const kind: RelationKind | null =
          source.stance === 'against' ? 'opposes' : source.stance === 'for' ? 'agrees-with' : null;
        // a mixed or neutral actor: no relation, so no quote list either
        if (kind) {
          const qs = (docQuotes?.get(aid) ?? []).slice(0, 3).map((q) => q.id);
          add(kind, source.id, target.id, qs);
        }
      }
      const actor = nameById.get(aid);
      if (!actor) continue;
      const hits = proposerQuotes.filter((q) => q.text.includes(actor.name)).map((q) => q.id);
      if (hits.length) add('responds-to', pid, actor.id, hits);
    }
  }
  for (const c of criticisms) {
    const from = idOf(c.from);
    if (!from) continue;
    for (const t of c.to) {
      const to = idOf(t);
      if (to) add('criticises', from, to, [`quote:${c.docId}:${c.quoteStart}`]);
    }
  }
  for (const a of index.records) {
    if (!a.speaksFor || a.mergedInto) continue;
    const s = idOf(a);
    const t = idOf(a.speaksFor);
    if (s && t) add('supports', s, t, []);
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
