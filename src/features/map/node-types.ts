import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DebateNode, LaneNode } from './debate-node';
import { RelationEdge } from './relation-edge';

export const nodeTypes = { debate: DebateNode, lane: LaneNode } satisfies NodeTypes;
export const edgeTypes = { relation: RelationEdge } satisfies EdgeTypes;
