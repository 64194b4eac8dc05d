import type { StateCreator } from 'zustand';
import { SEED } from '../corpus/seed';
import type { SourceText } from '../graph/types';
import { parseMapFile } from '../share/map-file';
import { parseShareState, type ShareState } from '../share/share-state';
import { isSample } from './corpus-slice';
import { applySharedView, corpusKey, resolveCorpus } from './share-bridge';
import type { AppState } from './store';
import { loadWorkspace } from './workspace-db';

export interface AppAlert {
  id: number;
  message: string;
  /** `error` is announced as an alert; `info` politely. */
  tone: 'error' | 'info';
}

/** Shown while the map comes from a link and the user's own saved documents are set aside. */
export interface SharedMapNotice {
  /** How many saved documents the link did not replace (they are still in the browser). */
  savedDocumentCount: number;
}

export interface WorkspaceSlice {
  alerts: AppAlert[];
  pushAlert: (message: string, tone?: AppAlert['tone']) => void;
  dismissAlert: (id: number) => void;
  /** The address of the current view, written by the URL hook only; null before start-up. */
  shareLink: string | null;
  /** Why the current documents cannot travel in a link (too large), or null. */
  shareBlocked: string | null;
  setShareLink: (link: string | null, blocked: string | null) => void;
  /** Non-null while a link's map is shown instead of the user's saved documents. */
  sharedMap: SharedMapNotice | null;
  /** Set once the start-up decision (link, saved workspace or sample) has been made. */
  started: boolean;
  /**
   * Start-up: shows the link in `fragment` if there is a valid one, else the saved workspace,
   * else the sample. A link never replaces saved documents: it is shown beside them (`sharedMap`).
   */
  start: (fragment: string | null) => Promise<void>;
  /** Back/Forward or an edited address: shows that state; false if the fragment is unusable. */
  navigate: (fragment: string) => Promise<boolean>;
  /** Opens a map file's text (from the file picker or a drop), as a link would be opened. */
  openMapFile: (text: string, fileName: string) => Promise<void>;
  /** Leaves a shared map for the saved documents. */
  returnToSavedWorkspace: () => Promise<void>;
  /** Makes the shared map the workspace (the saved documents are then replaced). */
  keepSharedMap: () => void;
}

let nextAlertId = 1;

type SavedWorkspace = { state: ShareState; files: SourceText[] } | null;

async function readSaved(push: (message: string) => void): Promise<SavedWorkspace> {
  const loaded = await loadWorkspace();
  if (!loaded.ok) {
    push(loaded.error);
    return null;
  }
  if (loaded.value === null) return null;
  const files = resolveCorpus(loaded.value.corpus, null);
  return files.ok ? { state: loaded.value, files: files.value.files } : null;
}

const hasOwnDocuments = (saved: SavedWorkspace): saved is NonNullable<SavedWorkspace> =>
  saved !== null && !isSample(saved.files) && saved.files.length > 0;

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  const fallback = (saved: SavedWorkspace) =>
    hasOwnDocuments(saved)
      ? 'Showing your saved documents instead.'
      : 'Showing the sample map instead.';

  const showSaved = (saved: SavedWorkspace) => {
    set({ sharedMap: null });
    if (saved) {
      void get().loadFiles(saved.files);
      applySharedView(get(), saved.state.view);
    } else void get().loadFiles([SEED]);
  };

  /** A link to a node the map no longer has opens the map and says so, rather than nothing. */
  const reportMissing = (id: string | null) => {
    const { graph, status, selectedId, pushAlert } = get();
    if (id === null || status !== 'ready' || selectedId !== id) return;
    const lists = [graph.actors, graph.issues, graph.positions, graph.claims, graph.quotes];
    if (!lists.some((list) => list.some((item) => item.id === id)))
      pushAlert(
        `The link points at “${id}”, which is not on this map (the documents may be read differently now). Showing the whole map.`,
        'info',
      );
  };

  /** Shows a validated state; false (with an alert) if its documents cannot be had. */
  const show = (state: ShareState, saved: SavedWorkspace): boolean => {
    const resolved = resolveCorpus(state.corpus, saved?.files ?? null);
    if (!resolved.ok) {
      get().pushAlert(`${resolved.error} ${fallback(saved)}`);
      return false;
    }
    if (resolved.value.note) get().pushAlert(resolved.value.note, 'info');
    const { files } = resolved.value;
    const foreign = hasOwnDocuments(saved) && corpusKey(saved.files) !== corpusKey(files);
    set({ sharedMap: foreign ? { savedDocumentCount: saved.files.length } : null });
    const mapped =
      corpusKey(files) !== corpusKey(get().files) || get().status === 'idle'
        ? get().loadFiles(files)
        : Promise.resolve();
    applySharedView(get(), state.view);
    void mapped.then(() => reportMissing(state.view.selectedId ?? state.view.focusId));
    return true;
  };

  return {
    alerts: [],
    pushAlert: (message, tone = 'error') =>
      set((s) =>
        // The same message twice is one alert, not a growing stack.
        s.alerts.some((a) => a.message === message)
          ? s
          : { alerts: [...s.alerts.slice(-4), { id: nextAlertId++, message, tone }] },
      ),
    dismissAlert: (id) => set((s) => ({ alerts: s.alerts.filter((a) => a.id !== id) })),
    shareLink: null,
    shareBlocked: null,
    setShareLink: (shareLink, shareBlocked) => set({ shareLink, shareBlocked }),
    sharedMap: null,
    started: false,
    start: async (fragment) => {
      const saved = await readSaved(get().pushAlert);
      let shown = false;
      if (fragment) {
        const link = parseShareState(fragment);
        if (link.ok) shown = show(link.value, saved);
        else get().pushAlert(`${link.error} ${fallback(saved)}`);
      }
      if (!shown) showSaved(saved);
      set({ started: true });
    },
    navigate: async (fragment) => {
      const link = parseShareState(fragment);
      if (!link.ok) {
        get().pushAlert(`${link.error} The map stays as it was.`);
        return false;
      }
      const current = get().files;
      const resolved = resolveCorpus(link.value.corpus, current);
      if (resolved.ok && corpusKey(resolved.value.files) === corpusKey(current)) {
        applySharedView(get(), link.value.view);
        return true;
      }
      return show(link.value, await readSaved(get().pushAlert));
    },
    openMapFile: async (text, fileName) => {
      const state = parseMapFile(text);
      if (!state.ok) {
        get().pushAlert(`“${fileName}” could not be opened as a map file: ${state.error}.`);
        return;
      }
      show(state.value, await readSaved(get().pushAlert));
    },
    returnToSavedWorkspace: async () => showSaved(await readSaved(get().pushAlert)),
    keepSharedMap: () => set({ sharedMap: null }),
  };
};
