import type { DebateGraph, RelationKind } from '../graph/types';

export type LinkKind = 'stance' | 'holds' | 'backs' | 'about' | 'said' | RelationKind;

/** One line on the map: structure (issue–position, actor–position, position–claim) or a relation. */
export interface GraphLink {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
}

/**
 * The links drawn between map nodes. Claims that belong to a position hang from it; claims with
 * no position hang from their issue and their speaker. Links to ids that are not nodes of the
 * graph (e.g. filtered away) are left out.
 *
 * @example graphLinks(g) // [{ id: 'stance:issue:x->position:y', source: 'issue:x', ... }, ...]
 */
export function graphLinks(graph: DebateGraph): GraphLink[] {
  const ids = new Set<string>();
  for (const list of [graph.issues, graph.actors, graph.positions, graph.claims])
    for (const n of list) ids.add(n.id);
  const links: GraphLink[] = [];
  const seen = new Set<string>();
  const link = (source: string, target: string, kind: LinkKind) => {
    const id = `${kind}:${source}->${target}`;
    if (source === target || !ids.has(source) || !ids.has(target) || seen.has(id)) return;
    seen.add(id);
    links.push({ id, source, target, kind });
  };
  const inPosition = new Set<string>();
  for (const p of graph.positions) {
    link(p.issueId, p.id, 'stance');
    link(p.actorId, p.id, 'holds');
    for (const c of p.claimIds) {
      if (!ids.has(c)) continue;
      inPosition.add(c);
      link(p.id, c, 'backs');
    }
  }
  for (const c of graph.claims) {
    if (inPosition.has(c.id)) continue;
    link(c.issueId, c.id, 'about');
    link(c.actorId, c.id, 'said');
  }
  for (const r of graph.relations) link(r.source, r.target, r.kind);
  return links;
}

/** Every node id linked to each node id, both directions. */
export function adjacency(links: readonly GraphLink[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = next.get(a);
    if (list) {
      if (!list.includes(b)) list.push(b);
    } else next.set(a, [b]);
  };
  for (const l of links) {
    add(l.source, l.target);
    add(l.target, l.source);
  }
  return next;
}

/**
 * A node and what is one link away from it; for an issue or an actor, also the claims of its
 * positions, so focusing on Rudd shows what she said and not only that she took a stance, and
 * for an actor the issues they speak on, so their columns keep their heading.
 */
export function neighbourhood(graph: DebateGraph, links: readonly GraphLink[], id: string) {
  const ids = new Set([id]);
  for (const l of links) {
    if (l.source === id) ids.add(l.target);
    if (l.target === id) ids.add(l.source);
  }
  const issueIds = new Set(graph.issues.map((i) => i.id));
  for (const p of graph.positions)
    if ((p.actorId === id || p.issueId === id) && ids.has(p.id)) {
      for (const c of p.claimIds) ids.add(c);
      if (p.actorId === id && issueIds.has(p.issueId)) ids.add(p.issueId);
    }
  for (const c of graph.claims)
    if (c.actorId === id && ids.has(c.id) && issueIds.has(c.issueId)) ids.add(c.issueId);
  return ids;
}
