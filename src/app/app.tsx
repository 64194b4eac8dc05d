import { DetailsPane } from '../features/details/details-pane';
import { DocumentsPanel } from '../features/documents/documents-panel';
import { DropZone } from '../features/documents/drop-zone';
import { useWorkspacePersistence } from '../features/documents/use-workspace-persistence';
import { MapView } from '../features/map/map-view';
import { Notices } from '../features/share/notices';
import { ShareControls } from '../features/share/share-controls';
import { useUrlSync } from '../features/share/use-url-sync';
import { useAppStore } from '../store/store';

export function App() {
  const status = useAppStore((s) => s.status);
  const graph = useAppStore((s) => s.graph);
  // Start-up (link, saved workspace or sample) and the address bar; then the saved workspace.
  useUrlSync();
  useWorkspacePersistence();

  return (
    <div className="app-shell">
      <header className="toolbar">
        <h1 className="app-title">Debate map</h1>
        <span className="muted small" aria-live="polite">
          {status === 'extracting'
            ? 'Reading the articles…'
            : `${graph.documents.length} documents · ${graph.actors.length} actors · ${graph.quotes.length} quotes`}
        </span>
        <ShareControls />
      </header>
      <Notices />
      <nav className="side-pane" aria-label="Sources and filters">
        <DocumentsPanel />
      </nav>
      <main className="map-pane" aria-label="Map">
        <MapView />
      </main>
      <DetailsPane />
      <DropZone />
    </div>
  );
}
