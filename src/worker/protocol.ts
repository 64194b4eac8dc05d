import type { DebateGraph, SourceText } from '../graph/types';

export interface ExtractRequest {
  requestId: number;
  files: SourceText[];
}

/** A file the engine could not map; the others still are. */
export interface FileFailure {
  source: string;
  message: string;
}

export type ExtractResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'done'; requestId: number; graph: DebateGraph; failures: FileFailure[] }
  | { type: 'error'; requestId: number; message: string };
