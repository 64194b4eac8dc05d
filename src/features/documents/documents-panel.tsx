import { useEffect, useId, useState } from 'react';
import type { SourceText } from '../../graph/types';
import { isSample } from '../../store/corpus-slice';
import { useAppStore } from '../../store/store';
import { AddDocumentsDialog } from './add-documents-dialog';
import './documents.css';

/** A progress bar appears only when reading takes more than a moment. */
const PROGRESS_DELAY_MS = 300;

function ExtractionProgress() {
  const status = useAppStore((s) => s.status);
  const progress = useAppStore((s) => s.progress);
  const cancel = useAppStore((s) => s.cancelExtraction);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (status !== 'extracting') {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);

  if (!shown) return null;
  const known = progress !== null && progress.total > 1;
  return (
    <div className="documents-progress">
      <div
        role="progressbar"
        aria-label="Reading documents"
        aria-valuemin={0}
        aria-valuemax={known ? progress.total : undefined}
        aria-valuenow={known ? progress.done : undefined}
        className="progress-track"
      >
        <div
          className={known ? 'progress-fill' : 'progress-fill progress-indeterminate'}
          style={known ? { width: `${(100 * progress.done) / progress.total}%` } : undefined}
        />
      </div>
      <button type="button" className="documents-button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}

function DocumentRow({ file, sample }: { file: SourceText; sample: boolean }) {
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const removeDocument = useAppStore((s) => s.removeDocument);
  const renameDocument = useAppStore((s) => s.renameDocument);
  const failed = useAppStore((s) => s.failures.some((f) => f.source === file.source));
  const status = useAppStore((s) => s.status);
  const [renaming, setRenaming] = useState(false);
  const inputId = useId();

  const articles = graph.documents.filter((d) => d.source === file.source);
  const articleIds = articles.map((d) => d.id);
  const name = sample ? 'Sample articles' : (file.title ?? articles[0]?.title ?? file.source);
  const hidden =
    articleIds.length > 0 && articleIds.every((id) => filters.hiddenDocuments.includes(id));
  const quoteCount = graph.quotes.filter((q) => articleIds.includes(q.documentId)).length;
  const [draft, setDraft] = useState(name);

  const toggleHidden = () =>
    setFilters({
      ...filters,
      hiddenDocuments: hidden
        ? filters.hiddenDocuments.filter((id) => !articleIds.includes(id))
        : [...new Set([...filters.hiddenDocuments, ...articleIds])],
    });

  const saveName = (event: React.FormEvent) => {
    event.preventDefault();
    renameDocument(file.source, draft);
    setRenaming(false);
  };

  let note: string;
  if (failed) note = 'Could not be mapped';
  else if (status === 'extracting' && articles.length === 0) note = 'Reading…';
  else if (articles.length > 0 && quoteCount === 0) note = 'No quotes found in this document';
  else if (sample) note = `${articles.length} articles · built in`;
  else note = `${file.source === name ? '' : `${file.source} · `}${quoteCount} quotes`;

  return (
    <li className={hidden ? 'document-row is-hidden' : 'document-row'}>
      {renaming ? (
        <form onSubmit={saveName} className="document-rename">
          <label htmlFor={inputId} className="small">
            New name for {name}
          </label>
          <input
            id={inputId}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setRenaming(false);
              }
            }}
          />
          <div className="document-actions">
            <button type="submit" className="documents-button">
              Save
            </button>
            <button type="button" className="documents-button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <span className="document-title">{name}</span>
          <span className={failed ? 'small documents-problem' : 'muted small'}>{note}</span>
          <div className="document-actions">
            <button
              type="button"
              className="documents-button"
              aria-pressed={hidden}
              aria-label={`${hidden ? 'Show' : 'Hide'} ${name}`}
              onClick={toggleHidden}
              disabled={articleIds.length === 0}
            >
              {hidden ? 'Show' : 'Hide'}
            </button>
            {sample ? null : (
              <>
                <button
                  type="button"
                  className="documents-button"
                  aria-label={`Rename ${name}`}
                  onClick={() => {
                    setDraft(name);
                    setRenaming(true);
                  }}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="documents-button"
                  aria-label={`Remove ${name}`}
                  onClick={() => removeDocument(file.source)}
                >
                  Remove
                </button>
              </>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** The left pane's documents: the sample or the user's own, with add, rename, remove, hide. */
export function DocumentsPanel() {
  const files = useAppStore((s) => s.files);
  const resetToSample = useAppStore((s) => s.resetToSample);
  const sample = isSample(files);

  return (
    <section aria-labelledby="documents-heading" className="side-section">
      <h2 id="documents-heading" className="side-heading">
        Documents
      </h2>
      <div className="documents-toolbar">
        <AddDocumentsDialog />
        {sample ? null : (
          <button type="button" className="documents-button" onClick={resetToSample}>
            Reset to sample
          </button>
        )}
      </div>
      <ExtractionProgress />
      {files.length === 0 ? (
        <p className="muted small">No documents. Add some, or reset to the sample.</p>
      ) : (
        <ul className="document-list" aria-label="Documents">
          {files.map((f) => (
            <DocumentRow key={f.source} file={f} sample={sample} />
          ))}
        </ul>
      )}
    </section>
  );
}
