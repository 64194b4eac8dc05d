import { useEffect } from 'react';
import { DetailsPane } from '../features/details/details-pane';
import { DocumentsPanel } from '../features/documents/documents-panel';
import { MapView } from '../features/map/map-view';
import { useAppStore } from '../store/store';

export function App() {
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const graph = useAppStore((s) => s.graph);
  const loadFiles = useAppStore((s) => s.loadFiles);

  useEffect(() => {
    void loadFiles(useAppStore.getState().files);
  }, [loadFiles]);

  return (
    <div className="app-shell">
      <header className="toolbar">
        <h1 className="app-title">Debate map</h1>
        <span className="muted small" aria-live="polite">
          {status === 'extracting'
            ? 'Reading the articles…'
            : `${graph.documents.length} documents · ${graph.actors.length} actors · ${graph.quotes.length} quotes`}
        </span>
      </header>
      {error ? (
        <div role="alert" className="alert">
          {error}
        </div>
      ) : null}
      <nav className="side-pane" aria-label="Sources and filters">
        <DocumentsPanel />
      </nav>
      <main className="map-pane" aria-label="Map">
        <MapView />
      </main>
      <DetailsPane />
    </div>
  );
}
