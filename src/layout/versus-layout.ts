import type { DebateGraph, Stance } from '../graph/types';

export type MapNodeKind = 'issue' | 'actor' | 'position' | 'claim';
export const MAP_NODE_KINDS: readonly MapNodeKind[] = ['issue', 'actor', 'position', 'claim'];

export interface PlacedNode {
  id: string;
  kind: MapNodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A band behind the columns of one stance under one issue, so sides read at a glance. */
export interface StanceLane {
  id: string;
  issueId: string;
  /** null: speakers on the issue with no stated position, or actors only related to them. */
  stance: Stance | null;
  /** The lane holds only actors related to speakers here, with nothing said on the issue. */
  related: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface VersusLayout {
  /** In reading order: issue, then each column top to bottom, left to right. */
  nodes: Map<string, PlacedNode>;
  lanes: StanceLane[];
  width: number;
  height: number;
}

export const NODE_SIZE: Record<MapNodeKind, { width: number; height: number }> = {
  issue: { width: 300, height: 76 },
  actor: { width: 210, height: 56 },
  position: { width: 220, height: 88 },
  claim: { width: 220, height: 104 },
};

/** For on one side, against on the other, mixed and neutral between. */
export const STANCE_ORDER: readonly Stance[] = ['for', 'mixed', 'neutral', 'against'];

const COLUMN = 250;
/** The widest node in a column. */
const COLUMN_CONTENT = 220;
const LANE_GAP = 36;
const LANE_PAD = 12;
const LANE_HEAD = 34;
const GROUP_GAP = 110;
const SHELF_GAP = 120;
const ROW_GAP = 22;
const ISSUE_GAP = 80;
/** Wider than this, issue groups wrap onto a new shelf, so 1 000 nodes are not one long strip. */
const MIN_SHELF_WIDTH = 3200;

interface Block {
  actorId: string;
  positionId: string | null;
  stance: Stance | null;
  claimIds: string[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The "versus" layout: each issue heads its column group; beneath it one column per speaker,
 * grouped in lanes by stance (for left, mixed and neutral between, against right; speakers with
 * no stated position last), each column the actor, their position, then their claims. Columns
 * are a fixed width apart and rows are stacked by fixed heights, so nothing overlaps by
 * construction. Issue groups come in the order the documents raise them (documents in the order
 * of `graph.documents`, then the offset of the issue's first quote), so the first article's debate
 * is the first thing on the map. Pure and deterministic: the same graph always gives the same
 * positions, whatever the order of its other arrays (the documents' order is the reading order, so
 * it counts). Positions or claims whose issue is not in the graph (e.g. when
 * focusing) still get a group, headed by nothing.
 *
 * @example layoutVersus(graph).nodes.get('actor:amber-rudd') // { x: 0, y: 150, width: 210, ... }
 */
export function layoutVersus(graph: DebateGraph): VersusLayout {
  const nodes = new Map<string, PlacedNode>();
  const lanes: StanceLane[] = [];
  const place = (id: string, kind: MapNodeKind, x: number, y: number) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind, x, y, ...NODE_SIZE[kind] });
  };
  const actorName = new Map(graph.actors.map((a) => [a.id, a.name]));
  const claimIds = new Set(graph.claims.map((c) => c.id));
  const issueIds = new Set(graph.issues.map((i) => i.id));
  const claimsInPositions = new Set(graph.positions.flatMap((p) => p.claimIds));
  // Documents read in the order the user gave them (graph.documents); unknown ids after, by id.
  const docIndex = new Map(graph.documents.map((d, i) => [d.id, i]));
  type Place = { doc: string; start: number };
  const nowhere: Place = { doc: '\uffff', start: 0 };
  const byPlace = (x: Place, y: Place) =>
    (docIndex.get(x.doc) ?? graph.documents.length) -
      (docIndex.get(y.doc) ?? graph.documents.length) ||
    byText(x.doc, y.doc) ||
    x.start - y.start;
  // Claims read in the order they were said: document, then offset of their first quote.
  const quoteAt = new Map(graph.quotes.map((q) => [q.id, q]));
  const saidAt = new Map(
    graph.claims.map((c) => {
      const q = c.quoteIds.map((id) => quoteAt.get(id)).find((found) => found !== undefined);
      return [c.id, q ? { doc: q.documentId, start: q.start } : nowhere];
    }),
  );
  const bySaying = (a: string, b: string) =>
    byPlace(saidAt.get(a) ?? nowhere, saidAt.get(b) ?? nowhere) || byText(a, b);
  // An issue comes where it is first raised: its earliest quote, else its first document.
  const raisedAt = new Map<string, Place>();
  const raise = (issueId: string, at: Place) => {
    const known = raisedAt.get(issueId);
    if (!known || byPlace(at, known) < 0) raisedAt.set(issueId, at);
  };
  for (const c of graph.claims)
    for (const id of c.quoteIds) {
      const q = quoteAt.get(id);
      if (q) raise(c.issueId, { doc: q.documentId, start: q.start });
    }
  for (const i of graph.issues)
    for (const doc of i.documentIds) raise(i.id, { doc, start: Number.MAX_SAFE_INTEGER });
  const byRaising = (a: string, b: string) =>
    byPlace(raisedAt.get(a) ?? nowhere, raisedAt.get(b) ?? nowhere) || byText(a, b);

  const blocksByIssue = new Map<string, Block[]>();
  const blocksOf = (issueId: string) => {
    let list = blocksByIssue.get(issueId);
    if (!list) {
      list = [];
      blocksByIssue.set(issueId, list);
    }
    return list;
  };
  for (const i of graph.issues) blocksOf(i.id);
  for (const p of graph.positions)
    blocksOf(p.issueId).push({
      actorId: p.actorId,
      positionId: p.id,
      stance: p.stance,
      claimIds: p.claimIds.filter((c) => claimIds.has(c)).sort(bySaying),
    });
  // Claims of speakers with no position on the issue still belong under the issue.
  const loose = new Map<string, Block>();
  for (const c of [...graph.claims].sort((a, b) => bySaying(a.id, b.id))) {
    if (claimsInPositions.has(c.id)) continue;
    const key = `${c.issueId}\u0000${c.actorId}`;
    const block = loose.get(key);
    if (block) block.claimIds.push(c.id);
    else {
      const created = { actorId: c.actorId, positionId: null, stance: null, claimIds: [c.id] };
      loose.set(key, created);
      blocksOf(c.issueId).push(created);
    }
  }

  const laneKey = (b: Block) => b.stance ?? (b.claimIds.length > 0 ? 'unstated' : 'related');
  const rank = (b: Block) =>
    b.stance !== null
      ? STANCE_ORDER.indexOf(b.stance)
      : STANCE_ORDER.length + (b.claimIds.length > 0 ? 0 : 1);
  // An actor who says nothing but is related to someone who does (Amnesty criticises Trump)
  // stands beside them, in the same issue group, so the relation is a short arc in one row.
  const issueOf = new Map<string, string>();
  for (const [issueId, blocks] of [...blocksByIssue].sort(([a], [b]) => byRaising(a, b)))
    for (const b of blocks) {
      if (!issueOf.has(b.actorId)) issueOf.set(b.actorId, issueId);
      if (b.positionId) issueOf.set(b.positionId, issueId);
      for (const c of b.claimIds) issueOf.set(c, issueId);
    }
  const silentActors = new Set(graph.actors.filter((a) => !issueOf.has(a.id)).map((a) => a.id));
  for (const r of [...graph.relations].sort((a, b) => byText(a.id, b.id))) {
    for (const [actorId, other] of [
      [r.target, r.source],
      [r.source, r.target],
    ] as const) {
      const issueId = issueOf.get(other);
      if (!silentActors.has(actorId) || !issueId) continue;
      silentActors.delete(actorId);
      issueOf.set(actorId, issueId);
      blocksOf(issueId).push({ actorId, positionId: null, stance: null, claimIds: [] });
    }
  }

  // Issues nobody speaks on go in a row beneath, not in a column group of their own.
  const silentIssues = [...blocksByIssue]
    .filter(([, blocks]) => blocks.length === 0)
    .map(([issueId]) => issueId)
    .filter((id) => issueIds.has(id))
    .sort(byRaising);
  const groups = [...blocksByIssue]
    .filter(([, blocks]) => blocks.length > 0)
    .map(([issueId, blocks]) => ({
      issueId,
      blocks: blocks.sort(
        (a, b) =>
          rank(a) - rank(b) ||
          b.claimIds.length - a.claimIds.length ||
          byText(actorName.get(a.actorId) ?? a.actorId, actorName.get(b.actorId) ?? b.actorId) ||
          byText(a.positionId ?? '', b.positionId ?? ''),
      ),
    }))
    // Issues in the order the documents raise them, so the first article's debate comes first;
    // ties by id so the order of the other arrays never matters.
    .sort((a, b) => byRaising(a.issueId, b.issueId));

  const groupWidth = (blocks: Block[]) => {
    let lanesCount = 0;
    blocks.forEach((b, i) => {
      const prev = blocks[i - 1];
      if (!prev || laneKey(prev) !== laneKey(b)) lanesCount++;
    });
    return Math.max(1, blocks.length) * COLUMN + Math.max(0, lanesCount - 1) * LANE_GAP;
  };
  const totalWidth = groups.reduce((sum, g) => sum + groupWidth(g.blocks) + GROUP_GAP, 0);
  const shelfWidth = Math.max(MIN_SHELF_WIDTH, Math.sqrt(totalWidth * 2400));

  let groupX = 0;
  let shelfY = 0;
  let shelfBottom = 0;
  let right = 0;
  for (const { issueId, blocks } of groups) {
    const width = groupWidth(blocks);
    if (groupX > 0 && groupX + width > shelfWidth) {
      groupX = 0;
      shelfY = shelfBottom + SHELF_GAP;
    }
    if (issueIds.has(issueId))
      place(issueId, 'issue', groupX + width / 2 - NODE_SIZE.issue.width / 2, shelfY);
    const laneTop = shelfY + NODE_SIZE.issue.height + ISSUE_GAP;
    const rowTop = laneTop + LANE_HEAD;
    let bottom = rowTop;
    let x = groupX;
    let lane: StanceLane | null = null;
    blocks.forEach((block, i) => {
      const prev = blocks[i - 1];
      if (prev && laneKey(prev) !== laneKey(block)) x += LANE_GAP;
      if (!lane || !prev || laneKey(prev) !== laneKey(block)) {
        lane = {
          id: `lane:${issueId}:${laneKey(block)}`,
          issueId,
          stance: block.stance,
          related: laneKey(block) === 'related',
          x: x - LANE_PAD,
          y: laneTop,
          width: 0,
          height: 0,
        };
        lanes.push(lane);
      }
      lane.width = x + COLUMN_CONTENT + LANE_PAD - lane.x;
      let y = rowTop;
      if (actorName.has(block.actorId)) place(block.actorId, 'actor', x, y);
      y += NODE_SIZE.actor.height + ROW_GAP;
      if (block.positionId) {
        place(block.positionId, 'position', x, y);
        y += NODE_SIZE.position.height + ROW_GAP;
      }
      for (const claimId of block.claimIds) {
        place(claimId, 'claim', x, y);
        y += NODE_SIZE.claim.height + ROW_GAP;
      }
      bottom = Math.max(bottom, y);
      x += COLUMN;
    });
    for (const l of lanes) if (l.issueId === issueId) l.height = bottom - l.y + LANE_PAD - ROW_GAP;
    shelfBottom = Math.max(shelfBottom, bottom);
    right = Math.max(right, x);
    groupX += width + GROUP_GAP;
  }

  // Then rows of silent issues, and of actors placed nowhere yet (mentioned only), by name.
  let restTop = nodes.size > 0 ? shelfBottom + SHELF_GAP / 2 : 0;
  const row = (ids: string[], kind: MapNodeKind) => {
    const step = NODE_SIZE[kind].width + 30;
    const perRow = Math.max(4, Math.floor(Math.max(right, step * 4) / step));
    ids.forEach((id, i) => {
      place(
        id,
        kind,
        (i % perRow) * step,
        restTop + Math.floor(i / perRow) * (NODE_SIZE[kind].height + ROW_GAP),
      );
    });
    if (ids.length > 0)
      restTop += Math.ceil(ids.length / perRow) * (NODE_SIZE[kind].height + ROW_GAP) + ROW_GAP;
  };
  row(silentIssues, 'issue');
  row(
    graph.actors
      .filter((a) => !nodes.has(a.id))
      .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id))
      .map((a) => a.id),
    'actor',
  );
  let height = 0;
  let width = 0;
  for (const n of nodes.values()) {
    height = Math.max(height, n.y + n.height);
    width = Math.max(width, n.x + n.width);
  }
  return { nodes, lanes: lanes.filter((l) => l.width > 0), width, height };
}
