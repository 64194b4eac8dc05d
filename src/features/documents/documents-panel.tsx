import { useAppStore } from '../../store/store';

export function DocumentsPanel() {
  const documents = useAppStore((s) => s.graph.documents);
  return (
    <section aria-labelledby="documents-heading" className="side-section">
      <h2 id="documents-heading" className="side-heading">
        Sources
      </h2>
      {documents.length === 0 ? (
        <p className="muted small">No documents yet.</p>
      ) : (
        <ul className="document-list">
          {documents.map((d) => (
            <li key={d.id}>
              <span className="document-title">{d.title}</span>
              <span className="muted small">
                {d.source === 'builtin:seed' ? 'sample corpus' : d.source}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
