import { useId, useRef, useState } from 'react';
import { pastedDocument } from '../../corpus/read-document';
import { isSample } from '../../store/corpus-slice';
import { useAppStore } from '../../store/store';
import { ingestFiles } from './ingest';

export const ACCEPTED_FILES =
  '.txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json';

/** "Add documents": paste text (with an optional title) or pick files. */
export function AddDocumentsDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const replacesSample = useAppStore((s) => isSample(s.files));
  const addDocuments = useAppStore((s) => s.addDocuments);
  const ids = { text: useId(), title: useId(), files: useId(), hint: useId() };

  const close = () => {
    dialogRef.current?.close();
    setProblem(null);
  };

  const addPasted = (event: React.FormEvent) => {
    event.preventDefault();
    const document = pastedDocument(text, title);
    if (!document.ok) {
      setProblem(document.error);
      return;
    }
    addDocuments([document.value]);
    setText('');
    setTitle('');
    close();
  };

  const pickFiles = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    close();
    void ingestFiles(files);
  };

  return (
    <>
      <button
        type="button"
        className="documents-button documents-button-primary"
        onClick={() => dialogRef.current?.showModal()}
      >
        Add documents
      </button>
      <dialog ref={dialogRef} className="documents-dialog" aria-labelledby={`${ids.text}-heading`}>
        <form onSubmit={addPasted} className="documents-form">
          <h2 id={`${ids.text}-heading`} className="documents-dialog-title">
            Add documents
          </h2>
          <p id={ids.hint} className="muted small">
            Paste an article, or pick .txt, .md or .html files (you can also drop them anywhere on
            the page).{' '}
            {replacesSample
              ? 'Your documents replace the sample; Reset to sample brings it back.'
              : ''}
          </p>
          <label htmlFor={ids.title}>Title</label>
          <input
            id={ids.title}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Optional"
          />
          <label htmlFor={ids.text}>Document text</label>
          <textarea
            id={ids.text}
            value={text}
            rows={10}
            onChange={(e) => {
              setText(e.target.value);
              setProblem(null);
            }}
            aria-describedby={ids.hint}
          />
          {problem ? (
            <p role="alert" className="documents-problem">
              {problem}
            </p>
          ) : null}
          <label htmlFor={ids.files}>Files</label>
          <input id={ids.files} type="file" multiple accept={ACCEPTED_FILES} onChange={pickFiles} />
          <div className="documents-dialog-actions">
            <button type="button" className="documents-button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="documents-button documents-button-primary">
              Add to map
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
