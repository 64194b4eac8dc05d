import { extractDebateGraph } from '../extract/extract';
import type { DebateGraph, SourceText } from '../graph/types';
import { validateGraph } from '../graph/validate';
import type { FileFailure } from './protocol';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function attempt(files: SourceText[], onProgress?: (done: number, total: number) => void) {
  // documents the rules failed on: mapped without their quotes, and named to the user
  const partial: FileFailure[] = [];
  const onDocumentError = (source: string, error: unknown) => {
    if (!partial.some((f) => f.source === source))
      partial.push({
        source,
        message: `its quotes could not be read (${messageOf(error)}); it is on the map without them`,
      });
  };
  try {
    const checked = validateGraph(
      extractDebateGraph(files, onProgress ? { onProgress, onDocumentError } : { onDocumentError }),
    );
    return checked.ok
      ? ({ ok: true, graph: checked.value, partial } as const)
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
  if (all.ok) return { graph: all.graph, failures: all.partial };
  const failures: FileFailure[] = [];
  const good: SourceText[] = [];
  for (const file of files) {
    const one = attempt([file]);
    if (one.ok) good.push(file);
    else failures.push({ source: file.source, message: one.message });
  }
  if (failures.length === 0) return { error: all.message };
  const rest = attempt(good, onProgress);
  return rest.ok
    ? { graph: rest.graph, failures: [...failures, ...rest.partial] }
    : { error: rest.message };
}
