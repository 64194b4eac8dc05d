import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SelectionSlice {
  /** Id of the selected node (actor, issue, position or claim), or null. */
  selectedId: string | null;
  /** When set, the map shows only this node's neighbourhood. */
  focusId: string | null;
  select: (id: string | null) => void;
  /** Shows only the neighbourhood of `id` (and selects it); null shows the whole map again. */
  focus: (id: string | null) => void;
  clearSelection: () => void;
  /** Escape: leaves the focused neighbourhood first, then clears the selection. */
  stepBack: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  focusId: null,
  select: (selectedId) => set({ selectedId }),
  focus: (focusId) => set(focusId === null ? { focusId } : { focusId, selectedId: focusId }),
  clearSelection: () => set({ selectedId: null, focusId: null }),
  stepBack: () => {
    if (get().focusId !== null) set({ focusId: null });
    else set({ selectedId: null });
  },
});
