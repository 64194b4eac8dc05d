import { SEED, SEED_ID } from '../corpus/seed';
import { err, ok, type Result } from '../graph/result';
import type { SourceText } from '../graph/types';
import { contentHash } from '../share/content-hash';
import type { SharedCorpus, SharedView, ShareState } from '../share/share-state';
import { isSample } from './corpus-slice';
import type { AppState } from './store';

/*
 * Between the store and the share format: what the current view is as a ShareState, and what a
 * ShareState asks the store to show. Everything that enters here was validated by src/share.
 */

/** Own documents larger than this do not travel in a link (it would be megabytes long). */
export const LINK_TEXT_LIMIT = 1_000_000;

let seedHash: string | null = null;
export const sampleHash = () => {
  seedHash ??= contentHash(SEED.text);
  return seedHash;
};

const keys = new WeakMap<readonly SourceText[], string>();
/** A hash of the documents (names, titles, text): equal corpora have equal keys. */
export function corpusKey(files: readonly SourceText[]): string {
  if (isSample(files)) return `builtin:${SEED_ID}:${sampleHash()}`;
  let key = keys.get(files);
  if (key === undefined) {
    key = `documents:${contentHash(JSON.stringify(files.map((f) => [f.source, f.title ?? null, f.text])))}`;
    keys.set(files, key);
  }
  return key;
}

export const totalText = (files: readonly SourceText[]) =>
  files.reduce((sum, f) => sum + f.text.length, 0);

/** The corpus as it travels: the sample by reference, own documents inline unless too large. */
export function sharedCorpusOf(files: readonly SourceText[]): SharedCorpus {
  if (isSample(files)) return { kind: 'builtin', id: SEED_ID, hash: sampleHash() };
  if (totalText(files) > LINK_TEXT_LIMIT) return { kind: 'local', hash: corpusKey(files) };
  return { kind: 'documents', documents: documentsOf(files) };
}

function documentsOf(files: readonly SourceText[]) {
  return files.map((f) =>
    f.title === undefined
      ? { source: f.source, text: f.text }
      : { source: f.source, title: f.title, text: f.text },
  );
}

/** The corpus to keep in the browser: always the documents themselves, whatever their size. */
export function savedCorpusOf(files: readonly SourceText[]): SharedCorpus {
  return isSample(files)
    ? { kind: 'builtin', id: SEED_ID, hash: sampleHash() }
    : { kind: 'documents', documents: documentsOf(files) };
}

export function sharedViewOf(s: AppState): SharedView {
  return {
    view: s.view,
    filters: s.filters,
    viewport: s.viewport,
    readerQuoteId: s.readerQuoteId,
    selectedId: s.selectedId,
    focusId: s.focusId,
  };
}

export const shareStateOf = (s: AppState): ShareState => ({
  corpus: sharedCorpusOf(s.files),
  view: sharedViewOf(s),
});

export interface ResolvedCorpus {
  files: SourceText[];
  /** Something the user should know, such as a sample that changed since the link was made. */
  note: string | null;
}

/**
 * The documents a shared corpus stands for. `saved` is the workspace kept in this browser, the
 * only place a `local` corpus (too large for a link) can be found.
 */
export function resolveCorpus(
  corpus: SharedCorpus,
  saved: readonly SourceText[] | null,
): Result<ResolvedCorpus> {
  switch (corpus.kind) {
    case 'builtin':
      if (corpus.id !== SEED_ID)
        return err(
          `This link refers to a built-in map "${corpus.id}" that this version does not have.`,
        );
      return ok({
        files: [SEED],
        note:
          corpus.hash === sampleHash()
            ? null
            : 'The sample articles have changed since this link was made; some of what it pointed at may differ.',
      });
    case 'documents':
      if (corpus.documents.length === 0) return ok({ files: [], note: null });
      return ok({ files: corpus.documents.map((d) => ({ ...d })), note: null });
    case 'local':
      if (saved && corpusKey(saved) === corpus.hash) return ok({ files: [...saved], note: null });
      return err(
        'This link points to documents too large to travel in a link; they are saved only in the browser that made it. Ask the sender for the map file instead.',
      );
    default:
      return corpus satisfies never;
  }
}

/** Shows a shared view through the view and selection slices' own actions. */
export function applySharedView(s: AppState, view: SharedView) {
  s.setFilters(view.filters);
  s.setViewport(view.viewport);
  if (view.readerQuoteId !== null) s.showInSource(view.readerQuoteId);
  s.setView(view.view);
  // focus() also selects its node; the selection then follows the link's own.
  s.focus(view.focusId);
  s.select(view.selectedId, view.viewport !== null);
}
