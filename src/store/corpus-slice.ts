import type { StateCreator } from 'zustand';
import { SEED } from '../corpus/seed';
import { type DebateGraph, emptyGraph, type SourceText } from '../graph/types';
import { type ExtractJob, extractInWorker } from '../worker/extract-client';
import type { FileFailure } from '../worker/protocol';
import type { AppState } from './store';

export type CorpusStatus = 'idle' | 'extracting' | 'ready' | 'error';

export interface CorpusSlice {
  /** The documents the map is made of: the sample, or the user's own (each `source` unique). */
  files: SourceText[];
  graph: DebateGraph;
  status: CorpusStatus;
  progress: { done: number; total: number } | null;
  error: string | null;
  /** Files the engine could not map in the last extraction, by name. */
  failures: FileFailure[];
  /** Extracts `files` off the main thread and replaces the graph when done. */
  loadFiles: (files: SourceText[]) => Promise<void>;
  /** Stops a running extraction; the map keeps the documents it had before. */
  cancelExtraction: () => void;
  /** Adds the user's documents; the first ones replace the sample. */
  addDocuments: (files: SourceText[]) => void;
  removeDocument: (source: string) => void;
  renameDocument: (source: string, title: string) => void;
  resetToSample: () => void;
}

export const isSample = (files: readonly SourceText[]) =>
  files.length === 1 && files[0]?.source === SEED.source;

/** `notes.txt`, `notes (2).txt`, …: a name not yet in `taken`. */
export function uniqueSource(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

let currentJob: ExtractJob | null = null;
/** The files the current graph was made from, to fall back to when an extraction is cancelled. */
let mappedFiles: SourceText[] = [SEED];

const describeFailures = (failures: FileFailure[]) =>
  failures.map((f) => `“${f.source}” could not be mapped: ${f.message}`).join(' ');

export const createCorpusSlice: StateCreator<AppState, [], [], CorpusSlice> = (set, get) => {
  /** After the corpus changes, what the view pointed at may be gone: start from a clean view. */
  const resetView = () => {
    const s = get();
    s.select(null);
    s.focus(null);
    s.setFilters({
      hiddenDocuments: [],
      hiddenIssues: [],
      hiddenActors: [],
      hiddenStances: [],
      hiddenKinds: [],
    });
    s.setViewport(null);
  };

  return {
    files: [SEED],
    graph: emptyGraph(),
    status: 'idle',
    progress: null,
    error: null,
    failures: [],
    loadFiles: async (files) => {
      currentJob?.cancel();
      const job = extractInWorker(files, (done, total) => {
        if (currentJob === job) set({ progress: { done, total } });
      });
      currentJob = job;
      set({ files, status: 'extracting', progress: null, error: null });
      try {
        const { graph, failures } = await job.promise;
        if (currentJob !== job) return;
        mappedFiles = files;
        set({ graph, status: 'ready', progress: null, failures });
        if (failures.length > 0) get().pushAlert(describeFailures(failures));
      } catch (error) {
        if (currentJob !== job) return;
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        if (cancelled) {
          set({ files: mappedFiles, status: 'ready', progress: null, error: null });
          get().pushAlert(
            'Reading the documents was cancelled; the map shows what it showed before.',
            'info',
          );
          return;
        }
        set({
          status: 'error',
          progress: null,
          error: `The documents could not be mapped: ${error instanceof Error ? error.message : String(error)}`,
        });
      } finally {
        if (currentJob === job) currentJob = null;
      }
    },
    cancelExtraction: () => currentJob?.cancel(),
    addDocuments: (added) => {
      if (added.length === 0) return;
      const current = isSample(get().files) ? [] : get().files;
      const taken = new Set(current.map((f) => f.source));
      const renamed = added.map((f) => {
        const source = uniqueSource(f.source, taken);
        taken.add(source);
        return { ...f, source };
      });
      resetView();
      void get().loadFiles([...current, ...renamed]);
    },
    removeDocument: (source) => {
      const files = get().files.filter((f) => f.source !== source);
      resetView();
      void get().loadFiles(files);
    },
    renameDocument: (source, title) => {
      const clean = title.trim().slice(0, 200);
      if (!clean) return;
      // A new title changes no ids or spans: patch the graph instead of reading everything again.
      const { files, graph, status } = get();
      const renamed = files.map((f) => (f.source === source ? { ...f, title: clean } : f));
      if (status !== 'extracting') mappedFiles = renamed;
      set({
        files: renamed,
        graph: {
          ...graph,
          documents: graph.documents.map((d) => (d.source === source ? { ...d, title: clean } : d)),
        },
      });
    },
    resetToSample: () => {
      resetView();
      void get().loadFiles([SEED]);
    },
  };
};
