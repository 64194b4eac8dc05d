/// <reference lib="webworker" />
import { extractFiles } from './extract-files';
import type { ExtractRequest, ExtractResponse } from './protocol';

// The only browser caller of the engine: extraction never blocks the page.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { requestId, files } = event.data;
  const post = (message: ExtractResponse) => scope.postMessage(message);
  try {
    const result = extractFiles(files, (done, total) =>
      post({ type: 'progress', requestId, done, total }),
    );
    if ('error' in result) post({ type: 'error', requestId, message: result.error });
    else post({ type: 'done', requestId, graph: result.graph, failures: result.failures });
  } catch (error) {
    post({
      type: 'error',
      requestId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
