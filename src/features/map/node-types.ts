import type { NodeTypes } from '@xyflow/react';
import { DebateNode } from './debate-node';

export const nodeTypes = { debate: DebateNode } satisfies NodeTypes;
