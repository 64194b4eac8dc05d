import type { StateCreator } from 'zustand';
import type { Stance } from '../graph/types';
import type { MapNodeKind } from '../layout/versus-layout';
import type { AppState } from './store';

export type ViewTab = 'map' | 'matrix' | 'reader';
export const VIEW_TABS: readonly ViewTab[] = ['map', 'matrix', 'reader'];

/** What the user chose not to see; empty lists show everything. Serialisable for share links. */
export interface Filters {
  hiddenDocuments: string[];
  hiddenIssues: string[];
  hiddenActors: string[];
  hiddenStances: Stance[];
  hiddenKinds: MapNodeKind[];
}

export const NO_FILTERS: Filters = {
  hiddenDocuments: [],
  hiddenIssues: [],
  hiddenActors: [],
  hiddenStances: [],
  hiddenKinds: [],
};

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewSlice {
  view: ViewTab;
  filters: Filters;
  /** The map's pan and zoom; null until the map has fitted itself to the graph. */
  viewport: Viewport | null;
  /** The quote the Reader scrolls to and highlights ("Show in source"). */
  readerQuoteId: string | null;
  setView: (view: ViewTab) => void;
  setFilters: (filters: Filters) => void;
  /** Shows or hides one document, issue, actor, stance or node kind. */
  toggleFilter: <K extends keyof Filters>(key: K, value: Filters[K][number]) => void;
  setViewport: (viewport: Viewport | null) => void;
  showInSource: (quoteId: string) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: 'map',
  filters: NO_FILTERS,
  viewport: null,
  readerQuoteId: null,
  setView: (view) => set({ view }),
  setFilters: (filters) => set({ filters }),
  toggleFilter: (key, value) => {
    const list = get().filters[key] as string[];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    set({ filters: { ...get().filters, [key]: next } });
  },
  setViewport: (viewport) => set({ viewport }),
  showInSource: (readerQuoteId) => set({ view: 'reader', readerQuoteId }),
});
