/// <reference lib="webworker" />
import { extractDebateGraph } from '../extract/extract';
import type { ExtractRequest, ExtractResponse } from './protocol';

// The only browser caller of the engine: extraction never blocks the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { requestId, files } = event.data;
  const post = (message: ExtractResponse) => scope.postMessage(message);
  try {
    const graph = extractDebateGraph(files, {
      onProgress: (done, total) => post({ type: 'progress', requestId, done, total }),
    });
    post({ type: 'done', requestId, graph });
  } catch (error) {
    post({
      type: 'error',
      requestId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
