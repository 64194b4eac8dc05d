import { lazy, Suspense, useState } from 'react';
import { DetailsPane } from '../features/details/details-pane';
import { DocumentsPanel } from '../features/documents/documents-panel';
import { DropZone } from '../features/documents/drop-zone';
import { useWorkspacePersistence } from '../features/documents/use-workspace-persistence';
import { FiltersPanel } from '../features/filters/filters-panel';
import { MapView } from '../features/map/map-view';
import { GraphOutline } from '../features/outline/graph-outline';
import { SearchBox } from '../features/search/search-box';
import { Notices } from '../features/share/notices';
import { ShareControls } from '../features/share/share-controls';
import { useUrlSync } from '../features/share/use-url-sync';
import { SkipToMap } from '../features/toolbar/skip-to-map';
import { panelId, tabId, ViewTabs } from '../features/toolbar/view-tabs';
import { useAppStore } from '../store/store';

// Rarely the first thing a person opens, so they load on demand.
const MatrixView = lazy(() =>
  import('../features/matrix/matrix-view').then((m) => ({ default: m.MatrixView })),
);
const ReaderView = lazy(() =>
  import('../features/reader/reader-view').then((m) => ({ default: m.ReaderView })),
);

export function App() {
  const status = useAppStore((s) => s.status);
  const graph = useAppStore((s) => s.graph);
  const view = useAppStore((s) => s.view);
  const [sideOpen, setSideOpen] = useState(false);
  // Start-up (link, saved workspace or sample) and the address bar; then the saved workspace.
  useUrlSync();
  useWorkspacePersistence();

  return (
    <div className={`app-shell${sideOpen ? ' side-open' : ''}`}>
      <header className="toolbar">
        <SkipToMap />
        <h1 className="app-title">Debate map</h1>
        <ViewTabs />
        <SearchBox />
        <button
          type="button"
          className="small-button side-toggle"
          aria-expanded={sideOpen}
          aria-controls="side-pane"
          onClick={() => setSideOpen((open) => !open)}
        >
          Sources and filters
        </button>
        <span className="muted small toolbar-status" aria-live="polite">
          {status === 'extracting'
            ? 'Reading the articles…'
            : `${graph.documents.length} documents · ${graph.actors.length} actors · ${graph.quotes.length} quotes`}
        </span>
        <ShareControls />
      </header>
      <Notices />
      <nav id="side-pane" className="side-pane" aria-label="Sources and filters">
        <DocumentsPanel />
        <FiltersPanel />
        <GraphOutline />
      </nav>
      <main className="map-pane" aria-label="Map">
        <div role="tabpanel" id={panelId} aria-labelledby={tabId(view)} className="view-panel">
          {view === 'map' ? (
            <MapView />
          ) : (
            <Suspense fallback={<p className="view-empty muted">Loading…</p>}>
              {view === 'matrix' ? <MatrixView /> : <ReaderView />}
            </Suspense>
          )}
        </div>
      </main>
      <DetailsPane />
      <DropZone />
    </div>
  );
}
