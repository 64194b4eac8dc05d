import { useEffect } from 'react';
import { encodeShareState } from '../../share/share-state';
import { shareStateOf } from '../../store/share-bridge';
import type { AppState } from '../../store/store';
import { useAppStore } from '../../store/store';

/** Panning and zooming rewrite the address at most this often. */
const VIEWPORT_DELAY_MS = 300;

/** A change the address must follow: a new history entry, or a rewrite of the current one. */
export function changeKind(s: AppState, prev: AppState): 'push' | 'replace' | null {
  if (
    s.files !== prev.files ||
    s.selectedId !== prev.selectedId ||
    s.focusId !== prev.focusId ||
    s.view !== prev.view ||
    s.filters !== prev.filters ||
    s.readerQuoteId !== prev.readerQuoteId
  )
    return 'push';
  if (s.viewport !== prev.viewport) return 'replace';
  return null;
}

/**
 * The only code that touches `location` and `history`. At start it hands the fragment to the
 * store (which decides between the link, the saved workspace and the sample); afterwards the
 * address always holds the current view: selections, view, filters and documents push history
 * entries (so Back walks through selections), panning and zooming replace the current one.
 * Back/Forward and an edited address are read back into the store.
 */
export function useUrlSync() {
  useEffect(() => {
    let disposed = false;
    let unsubscribe = () => {};
    let pending: 'push' | 'replace' | null = null;
    let viewportTimer: ReturnType<typeof setTimeout> | undefined;
    // While the store is following the address, its changes must not write history back.
    let following = false;

    const write = (mode: 'push' | 'replace') => {
      const s = useAppStore.getState();
      const state = shareStateOf(s);
      const fragment = `#${encodeShareState(state)}`;
      const href = `${location.pathname}${location.search}${fragment}`;
      s.setShareLink(
        `${location.origin}${href}`,
        state.corpus.kind === 'local'
          ? 'These documents are too large to travel in a link; the link opens them only in this browser. Download the map file to share them.'
          : null,
      );
      if (fragment === location.hash) return;
      if (mode === 'push') history.pushState(null, '', href);
      else history.replaceState(null, '', href);
    };

    const flush = () => {
      const mode = pending;
      pending = null;
      if (mode && !disposed) write(mode);
    };

    const onChange = (s: AppState, prev: AppState) => {
      if (following || !s.started) return;
      const kind = changeKind(s, prev);
      if (kind === 'push') {
        // Several store updates from one action (select, then focus…) make one history entry.
        if (pending === null) queueMicrotask(flush);
        pending = 'push';
        clearTimeout(viewportTimer);
      } else if (kind === 'replace' && pending === null) {
        clearTimeout(viewportTimer);
        viewportTimer = setTimeout(() => {
          if (pending === null) {
            pending = 'replace';
            flush();
          }
        }, VIEWPORT_DELAY_MS);
      }
    };

    const onPopState = () => {
      clearTimeout(viewportTimer);
      // An address without a fragment shows what is on screen, rather than an error.
      if (location.hash.length <= 1) {
        write('replace');
        return;
      }
      following = true;
      void useAppStore
        .getState()
        .navigate(location.hash)
        .then((shown) => {
          following = false;
          // An unusable address is replaced by the view that stays on screen.
          if (!disposed && shown !== undefined) write('replace');
        });
    };

    const fragment = location.hash.length > 1 ? location.hash : null;
    following = true;
    void useAppStore
      .getState()
      .start(fragment)
      .then(() => {
        following = false;
        if (disposed) return;
        write('replace');
        unsubscribe = useAppStore.subscribe(onChange);
        window.addEventListener('popstate', onPopState);
      });

    return () => {
      disposed = true;
      clearTimeout(viewportTimer);
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
