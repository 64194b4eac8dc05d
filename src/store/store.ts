import { create } from 'zustand';
import { type CorpusSlice, createCorpusSlice } from './corpus-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspace-slice';

export type AppState = CorpusSlice & SelectionSlice & ViewSlice & WorkspaceSlice;

/** The one app store, made of typed slices; derived data (filtered graph, layout) is not stored. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createCorpusSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
  ...createWorkspaceSlice(...a),
}));
