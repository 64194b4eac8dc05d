import type { DebateGraph, SourceText } from '../graph/types';
import { validateGraph } from '../graph/validate';
import type { ExtractRequest, ExtractResponse, FileFailure } from './protocol';

export interface ExtractOutcome {
  graph: DebateGraph;
  /** Files the engine could not map, by name; the graph holds the others. */
  failures: FileFailure[];
}

export interface ExtractJob {
  promise: Promise<ExtractOutcome>;
  cancel: () => void;
}

let nextRequestId = 1;

/**
 * Runs the engine in a fresh Web Worker. `cancel` terminates the worker, which is the only way
 * to stop a long synchronous extraction; the promise then rejects with an AbortError.
 */
export function extractInWorker(
  files: SourceText[],
  onProgress?: (done: number, total: number) => void,
): ExtractJob {
  const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  const requestId = nextRequestId++;
  let settle: { reject: (e: Error) => void } | null = null;
  const promise = new Promise<ExtractOutcome>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      if (message.type === 'progress') {
        onProgress?.(message.done, message.total);
        return;
      }
      worker.terminate();
      if (message.type === 'error') {
        reject(new Error(message.message));
        return;
      }
      const checked = validateGraph(message.graph);
      if (checked.ok) resolve({ graph: checked.value, failures: message.failures });
      else reject(new Error(`The engine produced an invalid map: ${checked.error}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The extraction worker failed to start'));
    };
  });
  worker.postMessage({ requestId, files } satisfies ExtractRequest);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle?.reject(new DOMException('Extraction cancelled', 'AbortError'));
    },
  };
}
