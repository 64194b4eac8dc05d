import { readDocumentFile } from '../../corpus/read-document';
import type { SourceText } from '../../graph/types';
import { useAppStore } from '../../store/store';

/**
 * Adds picked or dropped files: every readable document goes to the map in one extraction; each
 * file that cannot be read gets its own alert naming it; a map file opens its view.
 */
export async function ingestFiles(files: readonly File[]) {
  const { pushAlert, addDocuments, openMapFile } = useAppStore.getState();
  const documents: SourceText[] = [];
  const mapFiles: { name: string; text: string }[] = [];
  for (const file of files) {
    const read = await readDocumentFile(file);
    if (!read.ok) pushAlert(read.error);
    else if (read.value.kind === 'map-file') mapFiles.push(read.value);
    else documents.push(read.value.document);
  }
  if (documents.length > 0) addDocuments(documents);
  // A map file is a whole view of its own: documents dropped with it were added above first.
  const last = mapFiles.at(-1);
  if (last) await openMapFile(last.text, last.name);
}
