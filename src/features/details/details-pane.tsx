import { useEffect } from 'react';
import type { DebateGraph, Quote } from '../../graph/types';
import {
  findNode,
  KIND_NAME,
  type NodeRef,
  nodeLabel,
  positionName,
  quoteContext,
  quotesOf,
  speakerColours,
  stanceText,
} from '../../store/selectors';
import { useAppStore } from '../../store/store';

function NodeLink({ graph, id }: { graph: DebateGraph; id: string }) {
  const select = useAppStore((s) => s.select);
  const ref = findNode(graph, id);
  if (!ref) return null;
  return (
    <button type="button" className="link-button" onClick={() => select(id)}>
      {nodeLabel(graph, ref)}
    </button>
  );
}

function QuoteItem({ graph, quote }: { graph: DebateGraph; quote: Quote }) {
  const showInSource = useAppStore((s) => s.showInSource);
  const doc = graph.documents.find((d) => d.id === quote.documentId);
  const context = doc ? quoteContext(doc.text, quote.start, quote.end) : null;
  const speaker = graph.actors.find((a) => a.id === quote.speakerId);
  const wordsId = `details-${quote.id}`;
  return (
    <li className="quote-item">
      <blockquote className="quote-context" dir="auto">
        {context ? (
          <>
            {context.before}
            <strong className="quote-words" id={wordsId}>
              {context.quote}
            </strong>
            {context.after}
          </>
        ) : (
          <strong className="quote-words" id={wordsId}>
            {quote.text}
          </strong>
        )}
      </blockquote>
      <div className="quote-meta">
        <span className="muted small">
          {speaker ? `${speaker.name} · ` : ''}
          {doc?.title ?? quote.documentId}
        </span>
        <button
          type="button"
          className="small-button"
          onClick={() => showInSource(quote.id)}
          aria-describedby={wordsId}
        >
          Show in source
        </button>
      </div>
    </li>
  );
}

function Quotes({ graph, id }: { graph: DebateGraph; id: string }) {
  const quotes = quotesOf(graph, id);
  return (
    <section aria-labelledby="details-quotes">
      <h3 id="details-quotes" className="details-heading">
        Quotes ({quotes.length})
      </h3>
      {quotes.length === 0 ? (
        <p className="muted small">No quotes.</p>
      ) : (
        <ul className="quote-list">
          {quotes.map((q) => (
            <QuoteItem key={q.id} graph={graph} quote={q} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Relations({ graph, id }: { graph: DebateGraph; id: string }) {
  const relations = graph.relations.filter((r) => r.source === id || r.target === id);
  if (relations.length === 0) return null;
  return (
    <section aria-labelledby="details-relations">
      <h3 id="details-relations" className="details-heading">
        Relations
      </h3>
      <ul className="plain-list">
        {relations.map((r) => (
          <li key={r.id}>
            {r.source === id ? (
              <>
                {r.kind.replace('-', ' ')} <NodeLink graph={graph} id={r.target} />
              </>
            ) : (
              <>
                <NodeLink graph={graph} id={r.source} /> {r.kind.replace('-', ' ')} this
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActorStances({ graph, actorId }: { graph: DebateGraph; actorId: string }) {
  const issues = graph.issues.filter(
    (i) =>
      graph.positions.some((p) => p.actorId === actorId && p.issueId === i.id) ||
      graph.claims.some((c) => c.actorId === actorId && c.issueId === i.id),
  );
  return (
    <section aria-labelledby="details-stances">
      <h3 id="details-stances" className="details-heading">
        Stance on each issue
      </h3>
      {issues.length === 0 ? (
        <p className="muted small">Not quoted on any issue.</p>
      ) : (
        <ul className="plain-list">
          {issues.map((issue) => {
            const position = graph.positions.find(
              (p) => p.actorId === actorId && p.issueId === issue.id,
            );
            return (
              <li key={issue.id} className="stance-row">
                {position ? (
                  <button
                    type="button"
                    className={`stance-chip stance-${position.stance}`}
                    aria-label={positionName(graph, position)}
                    onClick={() => useAppStore.getState().select(position.id)}
                  >
                    {stanceText(position.stance)}
                  </button>
                ) : (
                  <span className="muted small">no stated position</span>
                )}{' '}
                <NodeLink graph={graph} id={issue.id} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Body({ graph, target: node }: { graph: DebateGraph; target: NodeRef }) {
  switch (node.kind) {
    case 'actor': {
      const a = node.node;
      return (
        <>
          {a.role ? <p className="details-sub">{a.role}</p> : null}
          {a.aliases.length > 0 ? (
            <p className="small">
              <span className="muted">Also called </span>
              {a.aliases.join(', ')}
            </p>
          ) : null}
          <ActorStances graph={graph} actorId={a.id} />
          <Relations graph={graph} id={a.id} />
          <Quotes graph={graph} id={a.id} />
        </>
      );
    }
    case 'position': {
      const p = node.node;
      return (
        <>
          <p className={`stance-chip stance-${p.stance}`}>{stanceText(p.stance)}</p>
          <p>{p.summary}</p>
          <dl className="facts">
            <dt>Speaker</dt>
            <dd>
              <NodeLink graph={graph} id={p.actorId} />
            </dd>
            <dt>Issue</dt>
            <dd>
              <NodeLink graph={graph} id={p.issueId} />
            </dd>
          </dl>
          <Relations graph={graph} id={p.id} />
          <Quotes graph={graph} id={p.id} />
        </>
      );
    }
    case 'claim': {
      const c = node.node;
      const position = graph.positions.find((p) => p.claimIds.includes(c.id));
      return (
        <>
          <dl className="facts">
            <dt>Speaker</dt>
            <dd>
              <NodeLink graph={graph} id={c.actorId} />
            </dd>
            <dt>Issue</dt>
            <dd>
              <NodeLink graph={graph} id={c.issueId} />
            </dd>
            {position ? (
              <>
                <dt>Position</dt>
                <dd>
                  <NodeLink graph={graph} id={position.id} />
                </dd>
              </>
            ) : null}
          </dl>
          <Relations graph={graph} id={c.id} />
          <Quotes graph={graph} id={c.id} />
        </>
      );
    }
    case 'issue': {
      const positions = graph.positions.filter((p) => p.issueId === node.node.id);
      return (
        <>
          <section aria-labelledby="details-positions">
            <h3 id="details-positions" className="details-heading">
              Positions ({positions.length})
            </h3>
            <ul className="plain-list">
              {positions.map((p) => (
                <li key={p.id}>
                  <NodeLink graph={graph} id={p.actorId} />{' '}
                  <button
                    type="button"
                    className={`stance-chip stance-${p.stance}`}
                    aria-label={positionName(graph, p)}
                    onClick={() => useAppStore.getState().select(p.id)}
                  >
                    {stanceText(p.stance)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <Quotes graph={graph} id={node.node.id} />
        </>
      );
    }
  }
}

export function DetailsPane() {
  const graph = useAppStore((s) => s.graph);
  const selectedId = useAppStore((s) => s.selectedId);
  const focusId = useAppStore((s) => s.focusId);
  const focus = useAppStore((s) => s.focus);
  const select = useAppStore((s) => s.select);
  const ref = findNode(graph, selectedId);

  // Escape anywhere (not in a text box, not already handled by the map) steps back.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const el = document.activeElement;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return;
      useAppStore.getState().stepBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const colour = ref?.kind === 'actor' ? speakerColours(graph).get(ref.node.id) : undefined;
  const focused = findNode(graph, focusId);
  // Said aloud by screen readers when the selection or the focus changes, wherever the keyboard is.
  const announcement = [
    ref ? `Selected ${KIND_NAME[ref.kind]}: ${nodeLabel(graph, ref)}.` : '',
    focused ? `Showing only the neighbourhood of ${nodeLabel(graph, focused)}.` : '',
  ].join(' ');

  return (
    <aside
      aria-label="Details"
      className={`details-pane${ref ? ' has-selection' : ''}`}
      data-open={ref ? 'true' : 'false'}
    >
      <p className="sr-only" role="status">
        {announcement.trim()}
      </p>
      {ref === null ? (
        <p className="muted small details-empty">
          Select a node on the map, a cell of the matrix or a highlight in the reader to see who
          said what.
        </p>
      ) : (
        <>
          <div className="details-head">
            <p className="details-kind">
              {colour !== undefined ? (
                <span aria-hidden="true" className={`speaker-swatch speaker-${colour}`} />
              ) : null}
              {KIND_NAME[ref.kind]}
            </p>
            <button
              type="button"
              className="small-button details-close"
              onClick={() => select(null)}
              aria-label="Close details"
            >
              ✕
            </button>
          </div>
          <h2 className="details-title">
            {ref.kind === 'claim' ? `“${nodeLabel(graph, ref)}”` : nodeLabel(graph, ref)}
          </h2>
          <div className="details-actions">
            {focusId === ref.node.id ? (
              <button type="button" className="small-button" onClick={() => focus(null)}>
                Show the whole map
              </button>
            ) : (
              <button type="button" className="small-button" onClick={() => focus(ref.node.id)}>
                Show only its neighbourhood
              </button>
            )}
          </div>
          <Body graph={graph} target={ref} />
        </>
      )}
    </aside>
  );
}
