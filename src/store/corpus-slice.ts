import type { StateCreator } from 'zustand';
import { SEED } from '../corpus/seed';
import { type DebateGraph, emptyGraph, type SourceText } from '../graph/types';
import { type ExtractJob, extractInWorker } from '../worker/extract-client';
import type { AppState } from './store';

export type CorpusStatus = 'idle' | 'extracting' | 'ready' | 'error';

export interface CorpusSlice {
  files: SourceText[];
  graph: DebateGraph;
  status: CorpusStatus;
  progress: { done: number; total: number } | null;
  error: string | null;
  /** Extracts `files` off the main thread and replaces the graph when done. */
  loadFiles: (files: SourceText[]) => Promise<void>;
  cancelExtraction: () => void;
}

let currentJob: ExtractJob | null = null;

export const createCorpusSlice: StateCreator<AppState, [], [], CorpusSlice> = (set) => ({
  files: [SEED],
  graph: emptyGraph(),
  status: 'idle',
  progress: null,
  error: null,
  loadFiles: async (files) => {
    currentJob?.cancel();
    const job = extractInWorker(files, (done, total) => set({ progress: { done, total } }));
    currentJob = job;
    set({ files, status: 'extracting', progress: null, error: null });
    try {
      const graph = await job.promise;
      if (currentJob !== job) return;
      set({ graph, status: 'ready', progress: null });
    } catch (error) {
      if (currentJob !== job) return;
      const cancelled = error instanceof DOMException && error.name === 'AbortError';
      set({
        status: cancelled ? 'ready' : 'error',
        progress: null,
        error: cancelled ? null : error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (currentJob === job) currentJob = null;
    }
  },
  cancelExtraction: () => currentJob?.cancel(),
});
