import type { DebateGraph, SourceText } from '../graph/types';

export interface ExtractRequest {
  requestId: number;
  files: SourceText[];
}

export type ExtractResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'done'; requestId: number; graph: DebateGraph }
  | { type: 'error'; requestId: number; message: string };
