import { type Edge, MarkerType, type Node } from '@xyflow/react';
import type { DebateGraph, Stance } from '../../graph/types';
import type { GraphLink } from '../../layout/links';
import type { MapNodeKind } from '../../layout/versus-layout';
import {
  clip,
  indexNodes,
  KIND_NAME,
  type MapModel,
  type NodeRef,
  nodeLabel,
  speakerColours,
} from '../../store/selectors';

export interface DebateNodeData extends Record<string, unknown> {
  kind: MapNodeKind;
  label: string;
  detail?: string;
  stance?: Stance;
  /** Speaker colour index of an actor, shared with the Reader's highlights. */
  colour?: number;
  /** A position away from its actor's column (the actor speaks on several issues) names them. */
  speaker?: string;
  dimmed: boolean;
  lit: boolean;
}

export type DebateFlowNode = Node<DebateNodeData, 'debate'>;

export interface RelationEdgeData extends Record<string, unknown> {
  label: string;
  dimmed: boolean;
  /** 0 for the first relation between two nodes, 1 for the second, and so on. */
  nth: number;
}

/** The words drawn on a node; its accessible name is "<Kind>: <label>" (see `nodeLabel`). */
function content(graph: DebateGraph, ref: NodeRef | undefined, colours: Map<string, number>) {
  if (!ref) return null;
  const name = `${KIND_NAME[ref.kind]}: ${nodeLabel(graph, ref)}`;
  switch (ref.kind) {
    case 'issue':
      return { name, kind: ref.kind, label: ref.node.label };
    case 'actor':
      return {
        name,
        kind: ref.kind,
        label: ref.node.name,
        detail: ref.node.role,
        colour: colours.get(ref.node.id),
      };
    case 'position':
      return {
        name,
        kind: ref.kind,
        label: ref.node.stance,
        detail: clip(ref.node.summary, 100),
        stance: ref.node.stance,
      };
    case 'claim':
      return { name, kind: ref.kind, label: clip(ref.node.text, 150) };
  }
}

/**
 * The only place that converts the model to React Flow nodes and edges. Nodes come in reading
 * order (so Tab walks the map column by column), named "<Kind>: <label>" for assistive
 * technology; stance lanes are decorative nodes behind them, hidden from assistive technology.
 */
export function toFlow(
  model: MapModel,
  selectedId: string | null,
  lit: ReadonlySet<string> | null,
): { nodes: DebateFlowNode[]; edges: Edge[] } {
  const { full, graph, links, layout } = model;
  const colours = speakerColours(full);
  // Names come from the whole (filtered) graph: a focused position still names its speaker.
  const index = indexNodes(full);
  const nodes: DebateFlowNode[] = [];
  for (const [id, at] of layout.nodes) {
    const ref = index.get(id);
    const c = content(full, ref, colours);
    if (!c) continue;
    const { name, ...data } = c;
    if (ref?.kind === 'position') {
      const head = layout.nodes.get(ref.node.actorId);
      const actor = index.get(ref.node.actorId);
      if (actor?.kind === 'actor' && !(head && head.x === at.x && head.y < at.y))
        Object.assign(data, { speaker: actor.node.name });
    }
    nodes.push({
      id,
      type: 'debate',
      position: { x: at.x, y: at.y },
      width: at.width,
      height: at.height,
      data: {
        ...data,
        dimmed: lit !== null && !lit.has(id),
        lit: (lit?.has(id) ?? false) && id !== selectedId,
      },
      selected: id === selectedId,
      ariaLabel: name,
      ariaRole: 'button',
      draggable: false,
      connectable: false,
    });
  }
  // A claim with no position hangs from its speaker's column; rather than a line from the issue
  // to every such claim, one line runs from the issue to the speaker heading the column.
  const actorOfClaim = new Map(graph.claims.map((c) => [c.id, c.actorId]));
  const drawn = new Set<string>();
  const shown = links.flatMap((l): (GraphLink & { lightWith?: string })[] => {
    const actorId = l.kind === 'about' ? actorOfClaim.get(l.target) : undefined;
    if (!actorId || !layout.nodes.has(actorId)) return [l];
    const id = `about:${l.source}->${actorId}`;
    if (drawn.has(id)) return [];
    drawn.add(id);
    return [{ ...l, id, target: actorId, lightWith: l.target }];
  });
  // Several relations between the same two nodes (either way round) arc at different heights.
  const pairs = new Map<string, number>();
  const edges: Edge[] = shown.map((l) => {
    const pair = [l.source, l.target].sort().join('\u0000');
    const nth = pairs.get(pair) ?? 0;
    pairs.set(pair, nth + 1);
    const end = l.lightWith ?? l.target;
    const dimmed = lit !== null && !(lit.has(l.source) && lit.has(end));
    const structural = ['stance', 'holds', 'backs', 'about', 'said'].includes(l.kind);
    const nameOf = (id: string) => {
      const ref = index.get(id);
      return ref ? nodeLabel(full, ref) : id;
    };
    return {
      id: l.id,
      source: l.source,
      target: l.target,
      // Structure is told by the nodes' order and the outline; relations are named in words.
      ...(structural
        ? { domAttributes: { 'aria-hidden': true } }
        : {
            ariaLabel: `Relation: ${nameOf(l.source)} ${l.kind.replace('-', ' ')} ${nameOf(l.target)}`,
          }),
      type: structural ? 'default' : 'relation',
      className: `edge-${l.kind}${dimmed ? ' dimmed' : ''}`,
      focusable: false,
      selectable: false,
      ...(structural
        ? {}
        : {
            data: { label: l.kind.replace('-', ' '), dimmed, nth },
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
          }),
      zIndex: structural ? 0 : 1,
    };
  });
  return { nodes, edges };
}
