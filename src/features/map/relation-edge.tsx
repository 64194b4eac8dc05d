import {
  BaseEdge,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  getBezierPath,
  useInternalNode,
} from '@xyflow/react';
import { memo } from 'react';
import type { DebateFlowNode, RelationEdgeData } from './to-flow';

export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

const LABEL_AT = [0.5, 0.22, 0.78];

/**
 * A relation between two actors (or positions, or claims). Between nodes in one row it arcs
 * above the row, higher for nodes further apart, so neither the line nor its label crosses the
 * nodes between them and labels of nested arcs sit at different heights; between positions it
 * clears the actor row above, so its label never covers a name.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, source, target, data, markerEnd } = props;
  const from = useInternalNode<DebateFlowNode>(source);
  const to = useInternalNode<DebateFlowNode>(target);
  let path: string;
  let labelX: number;
  let labelY: number;
  const fromAt = from?.internals.positionAbsolute;
  const toAt = to?.internals.positionAbsolute;
  if (from && to && fromAt && toAt && Math.abs(fromAt.y - toAt.y) < 8) {
    const sx = fromAt.x + (from.width ?? 0) / 2;
    const tx = toAt.x + (to.width ?? 0) / 2;
    const y = Math.min(fromAt.y, toAt.y);
    // Positions and claims have their actor right above them: the arc and its label rise past
    // that row into the band under the lane heading, or the label would sit on a speaker's name.
    const rowAbove = from.data.kind !== 'actor' && from.data.kind !== 'issue';
    const h = rowAbove
      ? Math.min(140, 124 + Math.abs(tx - sx) * 0.015)
      : Math.min(130, 40 + Math.abs(tx - sx) * 0.1);
    path = `M ${sx} ${fromAt.y} C ${sx} ${y - h}, ${tx} ${y - h}, ${tx} ${toAt.y}`;
    // A second or third relation between the same two nodes shares the arc; its label sits
    // further along it (near its source), not on top of the first.
    const t = LABEL_AT[(data?.nth ?? 0) % LABEL_AT.length] ?? 0.5;
    labelX = sx + (tx - sx) * (3 * t * t - 2 * t * t * t);
    labelY = y - h * 3 * t * (1 - t);
  } else {
    [path, labelX, labelY] = getBezierPath(props);
    labelY += (data?.nth ?? 0) * 24;
  }
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div
            aria-hidden="true"
            className={`relation-label${data.dimmed ? ' dimmed' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
