import { encodeMapFile, mapFileName } from '../../share/map-file';
import type { ShareState } from '../../share/share-state';

/** Saves the state as a `.json` map file; the documents travel inside it whatever their size. */
export function downloadMapFile(state: ShareState) {
  const blob = new Blob([encodeMapFile(state)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = mapFileName(state);
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
