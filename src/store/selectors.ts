import type { Actor, DebateGraph, Position, Quote, Stance } from '../graph/types';
import { type GraphLink, graphLinks, neighbourhood } from '../layout/links';
import { layoutVersus, type MapNodeKind, type VersusLayout } from '../layout/versus-layout';
import type { Filters } from './view-slice';

/**
 * The graph as the user chose to see it. Hiding a document hides its quotes, and claims whose
 * quotes are all hidden; hiding an issue, actor or stance hides their positions and claims.
 * Hidden node kinds are only left off the map: the claims of a hidden position still show,
 * hanging from their issue and speaker.
 */
export function filterGraph(graph: DebateGraph, filters: Filters): DebateGraph {
  const noFilter = Object.values(filters).every((list) => list.length === 0);
  if (noFilter) return graph;
  const hiddenDocs = new Set(filters.hiddenDocuments);
  const hiddenIssues = new Set(filters.hiddenIssues);
  const hiddenActors = new Set(filters.hiddenActors);
  const hiddenStances = new Set<Stance>(filters.hiddenStances);
  const hiddenKinds = new Set<MapNodeKind>(filters.hiddenKinds);

  const quotes = graph.quotes.filter((q) => !hiddenDocs.has(q.documentId));
  const quoteIds = new Set(quotes.map((q) => q.id));
  const issues = graph.issues.filter(
    (i) =>
      !hiddenIssues.has(i.id) &&
      (i.documentIds.length === 0 || i.documentIds.some((d) => !hiddenDocs.has(d))),
  );
  const issueIds = new Set(issues.map((i) => i.id));
  const offStance = new Set(
    graph.positions.filter((p) => hiddenStances.has(p.stance)).flatMap((p) => p.claimIds),
  );
  const claims = graph.claims.filter(
    (c) =>
      issueIds.has(c.issueId) &&
      !hiddenActors.has(c.actorId) &&
      !offStance.has(c.id) &&
      (c.quoteIds.length === 0 || c.quoteIds.some((q) => quoteIds.has(q))),
  );
  const claimIds = new Set(claims.map((c) => c.id));
  const positions = graph.positions
    .filter(
      (p) =>
        issueIds.has(p.issueId) &&
        !hiddenActors.has(p.actorId) &&
        !hiddenStances.has(p.stance) &&
        (p.claimIds.length === 0 || p.claimIds.some((c) => claimIds.has(c))),
    )
    .map((p) => ({ ...p, claimIds: p.claimIds.filter((c) => claimIds.has(c)) }));
  const speaking = new Set([...claims, ...positions].map((n) => n.actorId));
  const docFiltered = hiddenDocs.size > 0;
  const actors = graph.actors.filter(
    (a) =>
      !hiddenActors.has(a.id) &&
      (speaking.has(a.id) ||
        (!docFiltered && hiddenStances.size === 0 && hiddenIssues.size === 0) ||
        a.mentions.some((m) => !hiddenDocs.has(m.documentId))),
  );
  const filtered: DebateGraph = {
    ...graph,
    documents: graph.documents.filter((d) => !hiddenDocs.has(d.id)),
    quotes,
    issues: hiddenKinds.has('issue') ? [] : issues,
    actors: hiddenKinds.has('actor') ? [] : actors,
    positions: hiddenKinds.has('position') ? [] : positions,
    claims: hiddenKinds.has('claim') ? [] : claims,
  };
  const nodeIds = new Set(
    [...filtered.issues, ...filtered.actors, ...filtered.positions, ...filtered.claims].map(
      (n) => n.id,
    ),
  );
  filtered.relations = graph.relations.filter(
    (r) => nodeIds.has(r.source) && nodeIds.has(r.target),
  );
  return filtered;
}

/** Only the nodes in `ids` (and the relations between them). */
export function pickGraph(graph: DebateGraph, ids: ReadonlySet<string>): DebateGraph {
  return {
    ...graph,
    issues: graph.issues.filter((n) => ids.has(n.id)),
    actors: graph.actors.filter((n) => ids.has(n.id)),
    positions: graph.positions
      .filter((n) => ids.has(n.id))
      .map((p) => ({ ...p, claimIds: p.claimIds.filter((c) => ids.has(c)) })),
    claims: graph.claims.filter((n) => ids.has(n.id)),
    relations: graph.relations.filter((r) => ids.has(r.source) && ids.has(r.target)),
  };
}

export interface MapModel {
  /** What the map shows: filtered, and reduced to the focused neighbourhood if any. */
  graph: DebateGraph;
  /** The filtered graph before focusing: names nodes whose neighbours are out of the focus. */
  full: DebateGraph;
  links: GraphLink[];
  layout: VersusLayout;
}

/** Filtered graph, links and layout; memoised on the last inputs, so every view shares one. */
export const selectMapModel = (() => {
  let last: { graph: DebateGraph; filters: Filters; focusId: string | null } | null = null;
  let model: MapModel | null = null;
  return (s: { graph: DebateGraph; filters: Filters; focusId: string | null }): MapModel => {
    if (
      model &&
      last &&
      last.graph === s.graph &&
      last.filters === s.filters &&
      last.focusId === s.focusId
    )
      return model;
    const full = filterGraph(s.graph, s.filters);
    let graph = full;
    let links = graphLinks(graph);
    if (s.focusId && links.some((l) => l.source === s.focusId || l.target === s.focusId)) {
      graph = pickGraph(graph, neighbourhood(graph, links, s.focusId));
      links = graphLinks(graph);
    }
    last = { graph: s.graph, filters: s.filters, focusId: s.focusId };
    model = { graph, full, links, layout: layoutVersus(graph) };
    return model;
  };
})();

export type NodeRef =
  | { kind: 'issue'; node: DebateGraph['issues'][number] }
  | { kind: 'actor'; node: Actor }
  | { kind: 'position'; node: DebateGraph['positions'][number] }
  | { kind: 'claim'; node: DebateGraph['claims'][number] };

/** Every map node by id, for lookups in loops over many nodes. */
export function indexNodes(graph: DebateGraph): Map<string, NodeRef> {
  const index = new Map<string, NodeRef>();
  for (const node of graph.claims) index.set(node.id, { kind: 'claim', node });
  for (const node of graph.positions) index.set(node.id, { kind: 'position', node });
  for (const node of graph.actors) index.set(node.id, { kind: 'actor', node });
  for (const node of graph.issues) index.set(node.id, { kind: 'issue', node });
  return index;
}

export function findNode(graph: DebateGraph, id: string | null): NodeRef | null {
  if (!id) return null;
  const issue = graph.issues.find((n) => n.id === id);
  if (issue) return { kind: 'issue', node: issue };
  const actor = graph.actors.find((n) => n.id === id);
  if (actor) return { kind: 'actor', node: actor };
  const position = graph.positions.find((n) => n.id === id);
  if (position) return { kind: 'position', node: position };
  const claim = graph.claims.find((n) => n.id === id);
  if (claim) return { kind: 'claim', node: claim };
  return null;
}

export const KIND_NAME: Record<MapNodeKind, string> = {
  issue: 'Issue',
  actor: 'Actor',
  position: 'Position',
  claim: 'Claim',
};

/** Stance is never told by colour alone: every view pairs it with one of these icons. */
export const STANCE_ICON: Record<Stance, string> = {
  for: '✔',
  against: '✘',
  mixed: '◐',
  neutral: '○',
};

/** "✘ against": a stance as short text, for chips and matrix cells. */
export const stanceText = (stance: Stance) => `${STANCE_ICON[stance]} ${stance}`;

/** The name of the actor with `id`, or 'Unknown'. */
const actorName = (graph: DebateGraph, id: string) =>
  graph.actors.find((a) => a.id === id)?.name ?? 'Unknown';

/**
 * The accessible name of a button that opens a position: its visible stance first (so a voice
 * user can say what they see), then whose position on which issue.
 *
 * @example positionName(graph, position) // "against: Jeremy Corbyn's position on encryption"
 */
export function positionName(graph: DebateGraph, position: Position): string {
  const who = actorName(graph, position.actorId);
  const issue = graph.issues.find((i) => i.id === position.issueId)?.label ?? 'an issue';
  return `${position.stance}: ${who}’s position on ${issue}`;
}

export const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** The words a node is known by: its accessible name is "<Kind>: <label>". */
export function nodeLabel(graph: DebateGraph, ref: NodeRef): string {
  switch (ref.kind) {
    case 'issue':
      return ref.node.label;
    case 'actor':
      return ref.node.name;
    case 'position':
      return `${actorName(graph, ref.node.actorId)}, ${ref.node.stance}`;
    case 'claim':
      return clip(ref.node.text, 80);
  }
}

/** The quotes behind a node: an actor's attributed words; a position's or claim's quotes. */
export function quotesOf(graph: DebateGraph, id: string): Quote[] {
  const byId = new Map(graph.quotes.map((q) => [q.id, q]));
  const ref = findNode(graph, id);
  if (!ref) return [];
  if (ref.kind === 'actor')
    return graph.quotes
      .filter((q) => q.speakerId === id && q.kind !== 'term')
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
  const claimIds = new Set<string>();
  if (ref.kind === 'position') for (const c of ref.node.claimIds) claimIds.add(c);
  for (const c of graph.claims) if (c.id === id || c.issueId === id) claimIds.add(c.id);
  const seen = new Set<string>();
  return graph.claims
    .filter((c) => claimIds.has(c.id))
    .flatMap((c) => c.quoteIds.map((q) => byId.get(q)))
    .filter((q): q is Quote => q !== undefined && !seen.has(q.id) && seen.add(q.id) !== null);
}

/**
 * The sentence around a quote, cut at sentence ends (or the paragraph) on either side, as three
 * strings so the quote can be set apart without rendering any HTML.
 */
export function quoteContext(
  text: string,
  start: number,
  end: number,
): { before: string; quote: string; after: string } {
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const paraEndAt = text.indexOf('\n', end);
  const paraEnd = paraEndAt === -1 ? text.length : paraEndAt;
  let from = paraStart;
  const cut = /[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])/g;
  for (const m of text.slice(paraStart, end).matchAll(cut)) {
    const after = paraStart + (m.index ?? 0) + m[0].length;
    if (after <= start) from = after;
  }
  let to = paraEnd;
  const tail = text.slice(end, paraEnd);
  const stop = /[.!?]["”’]?(?=\s|$)/.exec(tail);
  if (stop) to = end + stop.index + stop[0].length;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  return {
    before: before.length > 240 ? `…${before.slice(-240).trimStart()}` : before,
    quote: text.slice(start, end),
    after: after.length > 240 ? `${after.slice(0, 240).trimEnd()}…` : after,
  };
}

/** The number of colours speakers cycle through (classes `speaker-0` … in index.css). */
export const SPEAKER_COLOURS = 8;

/** Each speaker's colour index, by their id, so a speaker keeps their colour across views. */
export function speakerColours(graph: DebateGraph): Map<string, number> {
  const speakers = [...new Set(graph.quotes.map((q) => q.speakerId))]
    .filter((id): id is string => id !== null)
    .sort();
  return new Map(speakers.map((id, i) => [id, i % SPEAKER_COLOURS]));
}

export interface MatrixCell {
  stance: Stance | null;
  quoteCount: number;
  /** What selecting the cell selects: the position, else the only claim, else the actor. */
  targetId: string;
}

export interface StanceMatrix {
  actors: Actor[];
  issues: DebateGraph['issues'];
  cell: (actorId: string, issueId: string) => MatrixCell | null;
}

/** Actors (rows) by issues (columns); each cell the stance and the number of quotes behind it. */
export function stanceMatrix(graph: DebateGraph): StanceMatrix {
  const cells = new Map<string, MatrixCell>();
  const key = (a: string, i: string) => `${a}\u0000${i}`;
  const quotesIn = (claimIds: string[]) =>
    graph.claims.filter((c) => claimIds.includes(c.id)).reduce((n, c) => n + c.quoteIds.length, 0);
  for (const p of graph.positions) {
    const k = key(p.actorId, p.issueId);
    if (!cells.has(k))
      cells.set(k, { stance: p.stance, quoteCount: quotesIn(p.claimIds), targetId: p.id });
  }
  const loose = new Map<string, string[]>();
  for (const c of graph.claims) {
    const k = key(c.actorId, c.issueId);
    if (cells.get(k)?.stance) continue;
    loose.set(k, [...(loose.get(k) ?? []), c.id]);
  }
  for (const [k, claimIds] of loose) {
    const [actorId] = k.split('\u0000');
    const only = claimIds.length === 1 ? claimIds[0] : undefined;
    cells.set(k, {
      stance: null,
      quoteCount: quotesIn(claimIds),
      targetId: only ?? actorId ?? '',
    });
  }
  const inCells = new Set([...cells.keys()].map((k) => k.split('\u0000')[0]));
  const actors = graph.actors
    .filter((a) => inCells.has(a.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const inIssues = new Set([...cells.keys()].map((k) => k.split('\u0000')[1]));
  const issues = graph.issues
    .filter((i) => inIssues.has(i.id))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { actors, issues, cell: (a, i) => cells.get(key(a, i)) ?? null };
}
