import type { DebateGraph, Quote } from '../../graph/types';
import { useAppStore } from '../../store/store';

function quotesOf(graph: DebateGraph, id: string): Quote[] {
  const byId = new Map(graph.quotes.map((q) => [q.id, q]));
  const claimIds = new Set<string>();
  if (graph.actors.some((a) => a.id === id))
    return graph.quotes.filter((q) => q.speakerId === id && q.kind !== 'term');
  for (const p of graph.positions) if (p.id === id) for (const c of p.claimIds) claimIds.add(c);
  for (const c of graph.claims) if (c.id === id || c.issueId === id) claimIds.add(c.id);
  return graph.claims
    .filter((c) => claimIds.has(c.id))
    .flatMap((c) => c.quoteIds.map((q) => byId.get(q)))
    .filter((q): q is Quote => q !== undefined);
}

export function DetailsPane() {
  const graph = useAppStore((s) => s.graph);
  const selectedId = useAppStore((s) => s.selectedId);
  const actor = graph.actors.find((a) => a.id === selectedId);
  const title =
    actor?.name ??
    graph.issues.find((i) => i.id === selectedId)?.label ??
    graph.claims.find((c) => c.id === selectedId)?.text.slice(0, 80) ??
    null;
  const quotes = selectedId ? quotesOf(graph, selectedId) : [];
  const docTitle = new Map(graph.documents.map((d) => [d.id, d.title]));

  return (
    <aside aria-label="Details" className="details-pane">
      {selectedId === null || title === null ? (
        <p className="muted">Select a node on the map to read its source quotes.</p>
      ) : (
        <>
          <h2 className="details-title">{title}</h2>
          {actor?.role ? <p className="muted">{actor.role}</p> : null}
          <h3 className="details-heading">Quotes ({quotes.length})</h3>
          <ul className="quote-list">
            {quotes.map((q) => (
              <li key={q.id}>
                <blockquote>“{q.text}”</blockquote>
                <p className="muted small">{docTitle.get(q.documentId)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
