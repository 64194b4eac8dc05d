import { useEffect } from 'react';
import { corpusKey, savedCorpusOf, sharedViewOf } from '../../store/share-bridge';
import { type AppState, useAppStore } from '../../store/store';
import { saveCorpus, saveView } from '../../store/workspace-db';

const VIEW_DELAY_MS = 500;

/**
 * Keeps the workspace (documents and view) in IndexedDB so a reload restores it. Nothing is
 * saved while a shared map is shown beside the user's own documents, so opening a link never
 * overwrites them; a failed save (a full quota) is reported, not swallowed.
 */
export function useWorkspacePersistence() {
  useEffect(() => {
    let savedKey: string | null = null;
    let savedView: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const report = (result: { ok: boolean; error?: string }) => {
      if (!result.ok && result.error) useAppStore.getState().pushAlert(result.error);
    };

    const save = (s: AppState) => {
      if (!s.started || s.sharedMap !== null) return;
      const key = corpusKey(s.files);
      if (key !== savedKey) {
        savedKey = key;
        void saveCorpus(savedCorpusOf(s.files)).then((r) => {
          if (!r.ok) savedKey = null;
          report(r);
        });
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        const current = useAppStore.getState();
        if (current.sharedMap !== null) return;
        const view = sharedViewOf(current);
        const json = JSON.stringify(view);
        if (json === savedView) return;
        savedView = json;
        void saveView(view).then(report);
      }, VIEW_DELAY_MS);
    };

    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (
        s.started !== prev.started ||
        s.sharedMap !== prev.sharedMap ||
        s.files !== prev.files ||
        s.selectedId !== prev.selectedId ||
        s.focusId !== prev.focusId ||
        s.view !== prev.view ||
        s.filters !== prev.filters ||
        s.viewport !== prev.viewport ||
        s.readerQuoteId !== prev.readerQuoteId
      )
        save(s);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
