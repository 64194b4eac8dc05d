import type { DebateGraph, Stance } from '../graph/types';

export type MapNodeKind = 'issue' | 'actor' | 'position' | 'claim';

export interface PlacedNode {
  id: string;
  kind: MapNodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const NODE_SIZE: Record<MapNodeKind, { width: number; height: number }> = {
  issue: { width: 280, height: 72 },
  actor: { width: 200, height: 60 },
  position: { width: 220, height: 84 },
  claim: { width: 220, height: 96 },
};

/** For on one side, against on the other, mixed and neutral between. */
export const STANCE_ORDER: readonly Stance[] = ['for', 'mixed', 'neutral', 'against'];

const COLUMN = 250;
const GROUP_GAP = 120;
const ROW_GAP = 24;

/**
 * The "versus" layout: each issue heads its column group; its positions sit in lanes by stance
 * (for left, against right), each with its actor above and its claims beneath. Pure and
 * deterministic: the same graph always gives the same positions.
 *
 * @example layoutVersus(graph).get('actor:amber-rudd') // { x: 0, y: 120, width: 200, ... }
 */
export function layoutVersus(graph: DebateGraph): Map<string, PlacedNode> {
  const placed = new Map<string, PlacedNode>();
  const place = (id: string, kind: MapNodeKind, x: number, y: number) => {
    if (!placed.has(id)) placed.set(id, { id, kind, x, y, ...NODE_SIZE[kind] });
  };
  const actorName = new Map(graph.actors.map((a) => [a.id, a.name]));
  const claimsById = new Map(graph.claims.map((c) => [c.id, c]));
  const claimsInPositions = new Set(graph.positions.flatMap((p) => p.claimIds));

  let groupX = 0;
  let bottom = 0;
  const issues = [...graph.issues].sort((a, b) => a.id.localeCompare(b.id));
  for (const issue of issues) {
    const positions = graph.positions
      .filter((p) => p.issueId === issue.id)
      .sort(
        (a, b) =>
          STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) ||
          b.claimIds.length - a.claimIds.length ||
          (actorName.get(a.actorId) ?? '').localeCompare(actorName.get(b.actorId) ?? ''),
      );
    // Claims of actors with no position on this issue still belong under the issue.
    const loose = graph.claims.filter(
      (c) => c.issueId === issue.id && !claimsInPositions.has(c.id),
    );
    const looseByActor = new Map<string, string[]>();
    for (const c of loose)
      looseByActor.set(c.actorId, [...(looseByActor.get(c.actorId) ?? []), c.id]);

    const blocks: { actorId: string; positionId: string | null; claimIds: string[] }[] = [
      ...positions.map((p) => ({ actorId: p.actorId, positionId: p.id, claimIds: p.claimIds })),
      ...[...looseByActor].map(([actorId, claimIds]) => ({ actorId, positionId: null, claimIds })),
    ];
    const width = Math.max(1, blocks.length) * COLUMN;
    place(issue.id, 'issue', groupX + width / 2 - NODE_SIZE.issue.width / 2, 0);
    blocks.forEach((block, i) => {
      const x = groupX + i * COLUMN;
      let y = NODE_SIZE.issue.height + 60;
      place(block.actorId, 'actor', x, y);
      y += NODE_SIZE.actor.height + ROW_GAP;
      if (block.positionId) {
        place(block.positionId, 'position', x, y);
        y += NODE_SIZE.position.height + ROW_GAP;
      }
      for (const claimId of block.claimIds) {
        if (!claimsById.has(claimId)) continue;
        place(claimId, 'claim', x, y);
        y += NODE_SIZE.claim.height + ROW_GAP;
      }
      bottom = Math.max(bottom, y);
    });
    groupX += width + GROUP_GAP;
  }
  // Actors with nothing placed yet (mentioned, or speaking on no issue) form a row beneath.
  const rest = graph.actors.filter((a) => !placed.has(a.id));
  rest.forEach((actor, i) => {
    place(actor.id, 'actor', i * COLUMN, bottom + 80);
  });
  return placed;
}
