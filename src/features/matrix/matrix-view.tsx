import { useMemo } from 'react';
import { clip, filterGraph, stanceMatrix, stanceText } from '../../store/selectors';
import { useAppStore } from '../../store/store';

const quotesText = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

/** Actors by issues; each cell the stance and its quote count, and selects what the map would. */
export function MatrixView() {
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const matrix = useMemo(() => stanceMatrix(filterGraph(graph, filters)), [graph, filters]);

  if (matrix.actors.length === 0)
    return <p className="view-empty muted">No actor is quoted on any issue yet.</p>;
  return (
    <div className="matrix-scroll">
      <table className="matrix">
        <caption className="matrix-caption">
          Who stands where: actors by issues, each cell the stance and its number of quotes
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            {matrix.issues.map((issue) => (
              <th key={issue.id} scope="col" title={issue.label}>
                {clip(issue.label, 60)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.actors.map((actor) => (
            <tr key={actor.id}>
              <th scope="row">{actor.name}</th>
              {matrix.issues.map((issue) => {
                const cell = matrix.cell(actor.id, issue.id);
                return (
                  <td key={issue.id}>
                    {cell ? (
                      <button
                        type="button"
                        className={`matrix-cell ${cell.stance ? `stance-${cell.stance}` : 'stance-none'}`}
                        aria-pressed={selectedId === cell.targetId}
                        aria-label={`${actor.name} on ${clip(issue.label, 60)}: ${
                          cell.stance ?? 'no stated position'
                        }, ${quotesText(cell.quoteCount)}`}
                        onClick={() => select(cell.targetId)}
                      >
                        <span>{cell.stance ? stanceText(cell.stance) : '— no stance'}</span>
                        <span className="muted small">{quotesText(cell.quoteCount)}</span>
                      </button>
                    ) : (
                      <span className="muted small">
                        <span className="sr-only">not quoted</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
