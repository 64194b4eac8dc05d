import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DebateNode } from './debate-node';
import { RelationEdge } from './relation-edge';

export const nodeTypes = { debate: DebateNode } satisfies NodeTypes;
export const edgeTypes = { relation: RelationEdge } satisfies EdgeTypes;
