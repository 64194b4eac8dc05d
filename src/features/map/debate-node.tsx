import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { Stance } from '../../graph/types';
import type { StanceLane } from '../../layout/versus-layout';
import { STANCE_ICON } from '../../store/selectors';
import type { DebateFlowNode } from './to-flow';

/** Stance is told by an icon and a border pattern as well as by colour. */
const STANCE_WORD: Record<Stance, string> = {
  for: 'For',
  against: 'Against',
  mixed: 'Mixed',
  neutral: 'Neutral',
};

const KIND_ICON = { issue: '⚖', actor: '●', position: '', claim: '❝' } as const;
/** Characters of an actor's name that fit one line of its pill at the map's font. */
const LONG_NAME = 17;

export const DebateNode = memo(function DebateNode({ data, selected }: NodeProps<DebateFlowNode>) {
  const stance = data.stance
    ? { icon: STANCE_ICON[data.stance], word: STANCE_WORD[data.stance] }
    : null;
  const classes = [
    'debate-node',
    `kind-${data.kind}`,
    data.stance ? `stance-${data.stance}` : '',
    data.colour !== undefined ? `speaker-${data.colour}` : '',
    selected ? 'is-selected' : '',
    data.lit ? 'is-lit' : '',
    data.dimmed ? 'is-dimmed' : '',
    // a name too long for one line of the pill takes two, in place of the role line
    data.kind === 'actor' && data.label.length > LONG_NAME ? 'long-name' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <Handle type="target" position={Position.Top} className="debate-handle" />
      <div className="debate-node-title">
        <span aria-hidden="true" className="debate-node-icon">
          {stance ? stance.icon : KIND_ICON[data.kind]}
        </span>
        <span
          className="debate-node-label"
          dir="auto"
          // an actor's name may be cut short with an ellipsis: the whole of it on hover
          title={data.kind === 'actor' ? data.label : undefined}
        >
          {stance ? stance.word : data.label}
          {stance && data.speaker ? ` · ${data.speaker}` : ''}
        </span>
      </div>
      {data.detail ? <div className="debate-node-detail">{data.detail}</div> : null}
      <Handle type="source" position={Position.Bottom} className="debate-handle" />
    </div>
  );
});

const LANE_TITLE: Record<Stance | 'unstated' | 'related', string> = {
  for: `${STANCE_ICON.for} For`,
  against: `${STANCE_ICON.against} Against`,
  mixed: `${STANCE_ICON.mixed} Mixed`,
  neutral: `${STANCE_ICON.neutral} Neutral`,
  unstated: 'No stated position',
  related: 'Related',
};

/**
 * Bands behind each stance's columns under an issue, drawn once in the map's coordinates rather
 * than as nodes, so a large map has no extra nodes to track; decorative, hidden from assistive
 * technology (the stance is in every position's name).
 */
export const StanceLanes = memo(function StanceLanes({ lanes }: { lanes: StanceLane[] }) {
  return (
    <div className="lanes" aria-hidden="true">
      {lanes.map((lane) => {
        const key = lane.stance ?? (lane.related ? 'related' : 'unstated');
        return (
          <div
            key={lane.id}
            className={`lane lane-${key}`}
            style={{ left: lane.x, top: lane.y, width: lane.width, height: lane.height }}
          >
            <span className="lane-title">{LANE_TITLE[key]}</span>
          </div>
        );
      })}
    </div>
  );
});
