import { err, ok, type Result } from '../graph/result';
import type { SharedCorpus, SharedView, ShareState } from '../share/share-state';
import { DEFAULT_VIEW, shareStateFromJson, shareStateToJson } from '../share/share-state';

/*
 * The workspace (documents and view) kept in this browser. IndexedDB, not localStorage: a
 * workspace can hold megabytes of text, and writes must not block the page. The documents and
 * the view are separate records so panning never rewrites the documents.
 */

const DB_NAME = 'debate-map';
const STORE = 'workspace';
const VERSION = 1;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the saved workspace is open in another tab'));
  });
}

let db: Promise<IDBDatabase> | null = null;
const database = () => {
  db ??= open();
  db.catch(() => {
    db = null;
  });
  return db;
};

/** A sentence for a storage failure; a full quota is named as such, never swallowed. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'Your workspace could not be saved: this browser’s storage for the site is full. Your documents stay open until you close the tab; use Download map file to keep them, or remove some documents.';
  const detail = error instanceof Error ? error.message : String(error);
  return `Your workspace could not be saved in this browser (${detail || 'storage unavailable'}). Use Download map file to keep it.`;
}

function put(key: 'corpus' | 'view', value: unknown): Promise<Result<void>> {
  return database()
    .then(
      (d) =>
        new Promise<Result<void>>((resolve) => {
          const tx = d.transaction(STORE, 'readwrite');
          tx.objectStore(STORE).put(value, key);
          tx.oncomplete = () => resolve(ok(undefined));
          tx.onabort = () => resolve(err(describeStorageError(tx.error)));
          tx.onerror = () => resolve(err(describeStorageError(tx.error)));
        }),
    )
    .catch((error: unknown) => err(describeStorageError(error)));
}

export const saveCorpus = (corpus: SharedCorpus) =>
  put('corpus', shareStateToJson({ corpus, view: DEFAULT_VIEW }).corpus);

export const saveView = (view: SharedView) => {
  const { corpus: _corpus, ...json } = shareStateToJson({
    corpus: { kind: 'local', hash: '-' },
    view,
  });
  return put('view', json);
};

/** The saved workspace, validated like a link; `null` when nothing was saved yet. */
export function loadWorkspace(): Promise<Result<ShareState | null>> {
  return database()
    .then(
      (d) =>
        new Promise<Result<ShareState | null>>((resolve) => {
          const tx = d.transaction(STORE, 'readonly');
          const store = tx.objectStore(STORE);
          const corpus = store.get('corpus');
          const view = store.get('view');
          tx.oncomplete = () => {
            if (corpus.result === undefined) return resolve(ok(null));
            const viewJson: unknown = view.result;
            const json =
              typeof viewJson === 'object' && viewJson !== null
                ? { ...viewJson, corpus: corpus.result }
                : { corpus: corpus.result };
            const state = shareStateFromJson(json);
            resolve(
              state.ok
                ? state
                : err(
                    `Your saved workspace could not be read (${state.error}); showing the sample.`,
                  ),
            );
          };
          tx.onerror = () => resolve(err(describeStorageError(tx.error)));
        }),
    )
    .catch(() => ok(null));
}
