import MiniSearch from 'minisearch';
import type { DebateGraph } from '../../graph/types';
import { clip } from '../../store/selectors';

export interface SearchEntry {
  id: string;
  kind: 'Actor' | 'Claim' | 'Quote' | 'Issue';
  label: string;
  /** The map node a match jumps to. */
  targetId: string;
  text: string;
}

/** What search looks through: actors (names, aliases, role), issues, claims and quote text. */
export function searchEntries(graph: DebateGraph): SearchEntry[] {
  const claimOf = new Map<string, string>();
  for (const c of graph.claims) for (const q of c.quoteIds) claimOf.set(q, c.id);
  const name = new Map(graph.actors.map((a) => [a.id, a.name]));
  const entries: SearchEntry[] = [];
  for (const a of graph.actors)
    entries.push({
      id: `s:${a.id}`,
      kind: 'Actor',
      label: a.name,
      targetId: a.id,
      text: [a.name, ...a.aliases, a.role ?? ''].join(' '),
    });
  for (const i of graph.issues)
    entries.push({ id: `s:${i.id}`, kind: 'Issue', label: i.label, targetId: i.id, text: i.label });
  for (const c of graph.claims)
    entries.push({
      id: `s:${c.id}`,
      kind: 'Claim',
      label: `${name.get(c.actorId) ?? 'Unknown'}: “${clip(c.text, 70)}”`,
      targetId: c.id,
      text: c.text,
    });
  for (const q of graph.quotes) {
    const target = claimOf.get(q.id) ?? q.speakerId;
    // A quote that is its claim's whole text is found through the claim already.
    if (!target || graph.claims.some((c) => c.id === target && c.text === q.text)) continue;
    entries.push({
      id: `s:${q.id}`,
      kind: 'Quote',
      label: `${q.speakerId ? `${name.get(q.speakerId) ?? 'Unknown'}: ` : ''}“${clip(q.text, 70)}”`,
      targetId: target,
      text: q.text,
    });
  }
  return entries;
}

export function buildSearch(graph: DebateGraph): MiniSearch<SearchEntry> {
  const search = new MiniSearch<SearchEntry>({
    fields: ['text'],
    storeFields: ['kind', 'label', 'targetId'],
    searchOptions: {
      prefix: true,
      fuzzy: 0.15,
      combineWith: 'AND',
      boostDocument: (_id, _term, stored) => (stored?.kind === 'Actor' ? 2 : 1),
    },
  });
  search.addAll(searchEntries(graph));
  return search;
}
