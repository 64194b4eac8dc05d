import type { Edge, Node } from '@xyflow/react';
import type { DebateGraph, Stance } from '../../graph/types';
import type { MapNodeKind, PlacedNode } from '../../layout/versus-layout';

interface NodeContent {
  kind: MapNodeKind;
  label: string;
  detail?: string;
  stance?: Stance;
}

export interface DebateNodeData extends NodeContent, Record<string, unknown> {
  dimmed: boolean;
}

export type DebateFlowNode = Node<DebateNodeData, 'debate'>;

const KIND_NAME: Record<MapNodeKind, string> = {
  issue: 'Issue',
  actor: 'Actor',
  position: 'Position',
  claim: 'Claim',
};

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Ids of a node and everything one edge away from it. */
export function neighbourhood(edges: Edge[], id: string): Set<string> {
  const ids = new Set([id]);
  for (const e of edges) {
    if (e.source === id) ids.add(e.target);
    if (e.target === id) ids.add(e.source);
  }
  return ids;
}

/**
 * The only place that converts the model to React Flow nodes and edges. Nodes are named
 * "<Kind>: <label>" for assistive technology and carry their layout position.
 */
export function toFlow(
  graph: DebateGraph,
  layout: Map<string, PlacedNode>,
  selectedId: string | null,
): { nodes: DebateFlowNode[]; edges: Edge[] } {
  const actorName = new Map(graph.actors.map((a) => [a.id, a.name]));
  const edges: Edge[] = [];
  const edge = (source: string, target: string, kind: string, label?: string) => {
    if (!layout.has(source) || !layout.has(target)) return;
    edges.push({
      id: `${kind}:${source}->${target}`,
      source,
      target,
      label,
      className: `edge-${kind}`,
    });
  };
  for (const p of graph.positions) {
    edge(p.issueId, p.id, 'stance');
    edge(p.actorId, p.id, 'holds');
    for (const c of p.claimIds) edge(p.id, c, 'backs');
  }
  const inPosition = new Set(graph.positions.flatMap((p) => p.claimIds));
  for (const c of graph.claims) {
    if (inPosition.has(c.id)) continue;
    edge(c.issueId, c.id, 'about');
    edge(c.actorId, c.id, 'said');
  }
  for (const r of graph.relations) edge(r.source, r.target, r.kind, r.kind.replace('-', ' '));

  const lit = selectedId ? neighbourhood(edges, selectedId) : null;
  const data = new Map<string, NodeContent>();
  for (const i of graph.issues) data.set(i.id, { kind: 'issue', label: i.label });
  for (const a of graph.actors) data.set(a.id, { kind: 'actor', label: a.name, detail: a.role });
  for (const p of graph.positions)
    data.set(p.id, {
      kind: 'position',
      label: `${actorName.get(p.actorId) ?? '?'}: ${p.stance}`,
      detail: clip(p.summary, 90),
      stance: p.stance,
    });
  for (const c of graph.claims)
    data.set(c.id, { kind: 'claim', label: clip(c.text, 110), detail: actorName.get(c.actorId) });

  const nodes: DebateFlowNode[] = [];
  for (const [id, at] of layout) {
    const d = data.get(id);
    if (!d) continue;
    nodes.push({
      id,
      type: 'debate',
      position: { x: at.x, y: at.y },
      width: at.width,
      height: at.height,
      data: { ...d, dimmed: lit !== null && !lit.has(id) },
      selected: id === selectedId,
      ariaLabel: `${KIND_NAME[d.kind]}: ${d.kind === 'claim' ? clip(d.label, 80) : d.label}`,
      ariaRole: 'button',
      draggable: false,
      connectable: false,
    });
  }
  for (const e of edges)
    if (lit && !(lit.has(e.source) && lit.has(e.target))) e.className = `${e.className} dimmed`;
  return { nodes, edges };
}
