import { Handle, type NodeProps, Position } from '@xyflow/react';
import type { Stance } from '../../graph/types';
import type { DebateFlowNode } from './to-flow';

/** Stance is told by an icon and a border pattern as well as by colour. */
export const STANCE_MARK: Record<Stance, { icon: string; word: string }> = {
  for: { icon: '✔', word: 'for' },
  against: { icon: '✘', word: 'against' },
  mixed: { icon: '◐', word: 'mixed' },
  neutral: { icon: '○', word: 'neutral' },
};

const KIND_ICON = { issue: '⚖', actor: '👤', position: '', claim: '❝' } as const;

export function DebateNode({ data, selected }: NodeProps<DebateFlowNode>) {
  const stance = data.stance ? STANCE_MARK[data.stance] : null;
  return (
    <div
      className={`debate-node kind-${data.kind} ${data.stance ? `stance-${data.stance}` : ''} ${
        selected ? 'is-selected' : ''
      } ${data.dimmed ? 'is-dimmed' : ''}`}
    >
      <Handle type="target" position={Position.Top} className="debate-handle" />
      <div className="debate-node-title">
        <span aria-hidden="true" className="debate-node-icon">
          {stance ? stance.icon : KIND_ICON[data.kind]}
        </span>
        <span>{data.label}</span>
      </div>
      {data.detail ? <div className="debate-node-detail">{data.detail}</div> : null}
      <Handle type="source" position={Position.Bottom} className="debate-handle" />
    </div>
  );
}
