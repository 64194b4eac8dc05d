import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SelectionSlice {
  /** Id of the selected node (actor, issue, position or claim), or null. */
  selectedId: string | null;
  /** When set, the map shows only this node's neighbourhood. */
  focusId: string | null;
  /**
   * The selection came with a viewport of its own (Back, Forward, a link): the map shows that
   * viewport instead of bringing the node into view.
   */
  selectionHasView: boolean;
  select: (id: string | null, withView?: boolean) => void;
  /** Shows only the neighbourhood of `id` (and selects it); null shows the whole map again. */
  focus: (id: string | null) => void;
  clearSelection: () => void;
  /** Escape: leaves the focused neighbourhood first, then clears the selection. */
  stepBack: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedId: null,
  focusId: null,
  selectionHasView: false,
  select: (selectedId, withView = false) => set({ selectedId, selectionHasView: withView }),
  focus: (focusId) =>
    set(focusId === null ? { focusId } : { focusId, selectedId: focusId, selectionHasView: false }),
  clearSelection: () => set({ selectedId: null, focusId: null, selectionHasView: false }),
  stepBack: () => {
    if (get().focusId !== null) set({ focusId: null });
    else set({ selectedId: null, selectionHasView: false });
  },
});
