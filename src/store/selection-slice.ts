import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SelectionSlice {
  /** Id of the selected node (actor, issue, position or claim), or null. */
  selectedId: string | null;
  /** When set, the map shows only this node's neighbourhood. */
  focusId: string | null;
  select: (id: string | null) => void;
  focus: (id: string | null) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  focusId: null,
  select: (selectedId) => set({ selectedId }),
  focus: (focusId) => set({ focusId, selectedId: focusId }),
  clearSelection: () => set({ selectedId: null, focusId: null }),
});
