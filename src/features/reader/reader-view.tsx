import { useEffect, useMemo, useRef } from 'react';
import type { DebateGraph, Quote } from '../../graph/types';
import { quotesOf, speakerColours } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { segments } from './segments';

function claimOfQuote(graph: DebateGraph, quote: Quote): string | null {
  return graph.claims.find((c) => c.quoteIds.includes(quote.id))?.id ?? quote.speakerId;
}

/**
 * The documents as text, every attributed quote highlighted in its speaker's colour; clicking a
 * highlight selects its claim. "Show in source" scrolls here to the quote, marked as current.
 */
export function ReaderView() {
  const graph = useAppStore((s) => s.graph);
  const hidden = useAppStore((s) => s.filters.hiddenDocuments);
  const readerQuoteId = useAppStore((s) => s.readerQuoteId);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const colours = useMemo(() => speakerColours(graph), [graph]);
  const names = useMemo(() => new Map(graph.actors.map((a) => [a.id, a.name])), [graph]);
  const root = useRef<HTMLDivElement>(null);
  const documents = graph.documents.filter(
    (d) =>
      !hidden.includes(d.id) ||
      graph.quotes.some((q) => q.id === readerQuoteId && q.documentId === d.id),
  );
  // The selected node's own words stand out (a claim's quotes, or all of an actor's).
  const selectedQuotes = useMemo(
    () => new Set(selectedId ? quotesOf(graph, selectedId).map((q) => q.id) : []),
    [graph, selectedId],
  );

  useEffect(() => {
    if (!readerQuoteId) return;
    const mark = root.current?.querySelector<HTMLElement>(
      `[data-quote-id="${CSS.escape(readerQuoteId)}"]`,
    );
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.querySelector<HTMLElement>('[role="button"]')?.focus({ preventScroll: true });
  }, [readerQuoteId]);

  const speakers = [...colours].map(([id, colour]) => ({ id, colour, name: names.get(id) ?? id }));
  return (
    <div ref={root} className="reader">
      {speakers.length > 0 ? (
        <section aria-label="Speakers" className="reader-legend">
          <ul className="legend-list">
            {speakers.map((s) => (
              <li key={s.id}>
                <button type="button" className="link-button" onClick={() => select(s.id)}>
                  <span aria-hidden="true" className={`speaker-swatch speaker-${s.colour}`} />
                  {s.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {documents.length === 0 ? <p className="muted">No documents.</p> : null}
      {documents.map((doc) => (
        <article key={doc.id} className="reader-doc" aria-labelledby={`reader-${doc.id}`}>
          <h2 id={`reader-${doc.id}`} className="reader-title" dir="auto">
            {doc.title}
          </h2>
          <div className="reader-text" dir="auto">
            {segments(doc, graph.quotes).map(({ quote, text, start }) =>
              quote ? (
                <mark
                  key={quote.id}
                  data-quote-id={quote.id}
                  className={`quote-mark speaker-${colours.get(quote.speakerId ?? '') ?? 0}${
                    quote.id === readerQuoteId ? ' is-target' : ''
                  }${selectedQuotes.has(quote.id) ? ' is-selected-quote' : ''}`}
                >
                  {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot wrap across lines like text, and quotes run over many lines */}
                  <span
                    role="button"
                    tabIndex={0}
                    className="quote-button"
                    title={`${names.get(quote.speakerId ?? '') ?? 'Unknown'} said this; select to see the claim`}
                    onClick={() => {
                      const id = claimOfQuote(graph, quote);
                      if (id) select(id);
                    }}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      const id = claimOfQuote(graph, quote);
                      if (id) select(id);
                    }}
                  >
                    {text}
                  </span>
                </mark>
              ) : (
                <span key={`t${start}`}>{text}</span>
              ),
            )}
          </div>
        </article>
      ))}
    </div>
  );
}
