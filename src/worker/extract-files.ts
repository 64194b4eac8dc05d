import { extractDebateGraph } from '../extract/extract';
import type { DebateGraph, SourceText } from '../graph/types';
import { validateGraph } from '../graph/validate';
import type { FileFailure } from './protocol';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function attempt(files: SourceText[], onProgress?: (done: number, total: number) => void) {
  try {
    const checked = validateGraph(extractDebateGraph(files, onProgress ? { onProgress } : {}));
    return checked.ok
      ? ({ ok: true, graph: checked.value } as const)
      : ({ ok: false, message: `the engine produced an invalid map (${checked.error})` } as const);
  } catch (error) {
    return { ok: false, message: messageOf(error) } as const;
  }
}

/**
 * Maps all files together (so actors and issues merge across documents); if the engine fails on
 * the batch, maps each file alone to find the culprits, then maps the rest together again. One
 * bad file never stops the others, and each failure is reported by the file's name.
 */
export function extractFiles(
  files: SourceText[],
  onProgress?: (done: number, total: number) => void,
): { graph: DebateGraph; failures: FileFailure[] } | { error: string } {
  const all = attempt(files, onProgress);
  if (all.ok) return { graph: all.graph, failures: [] };
  const failures: FileFailure[] = [];
  const good: SourceText[] = [];
  for (const file of files) {
    const one = attempt([file]);
    if (one.ok) good.push(file);
    else failures.push({ source: file.source, message: one.message });
  }
  if (failures.length === 0) return { error: all.message };
  const rest = attempt(good, onProgress);
  return rest.ok ? { graph: rest.graph, failures } : { error: rest.message };
}
