import type { ReactNode } from 'react';
import { STANCES } from '../../graph/types';
import { MAP_NODE_KINDS } from '../../layout/versus-layout';
import { KIND_NAME, stanceText } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { type Filters, NO_FILTERS } from '../../store/view-slice';

function Group<K extends keyof Filters>(props: {
  legend: string;
  filterKey: K;
  options: { value: Filters[K][number]; label: string }[];
  open: boolean;
}): ReactNode {
  const hidden = useAppStore((s) => s.filters[props.filterKey]) as string[];
  const toggle = useAppStore((s) => s.toggleFilter);
  if (props.options.length === 0) return null;
  const shown = props.options.filter((o) => !hidden.includes(o.value)).length;
  return (
    <details className="filter-group" open={props.open}>
      <summary>
        {props.legend}{' '}
        <span className="muted small">
          ({shown}/{props.options.length})
        </span>
      </summary>
      <fieldset>
        <legend className="sr-only">{props.legend}</legend>
        {props.options.map((o) => (
          <label key={o.value} className="filter-option">
            <input
              type="checkbox"
              checked={!hidden.includes(o.value)}
              onChange={() => props.filterKey && toggle(props.filterKey, o.value)}
            />
            <span className="filter-label" title={o.label}>
              {o.label}
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Show or hide documents, issues, actors, stances and node kinds; empty means show everything. */
export function FiltersPanel() {
  const graph = useAppStore((s) => s.graph);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const anyHidden = Object.values(filters).some((list) => list.length > 0);
  const speakers = new Set([...graph.claims, ...graph.positions].map((n) => n.actorId));
  const actors = [...graph.actors].sort(
    (a, b) =>
      Number(speakers.has(b.id)) - Number(speakers.has(a.id)) || a.name.localeCompare(b.name),
  );
  return (
    <section aria-labelledby="filters-heading" className="side-section">
      <div className="side-heading-row">
        <h2 id="filters-heading" className="side-heading">
          Filters
        </h2>
        {anyHidden ? (
          <button type="button" className="small-button" onClick={() => setFilters(NO_FILTERS)}>
            Show everything
          </button>
        ) : null}
      </div>
      <Group
        legend="Documents"
        filterKey="hiddenDocuments"
        open={graph.documents.length <= 8}
        options={graph.documents.map((d) => ({ value: d.id, label: d.title }))}
      />
      <Group
        legend="Issues"
        filterKey="hiddenIssues"
        open={graph.issues.length <= 8}
        options={graph.issues.map((i) => ({ value: i.id, label: i.label }))}
      />
      <Group
        legend="Actors"
        filterKey="hiddenActors"
        open={actors.length <= 12}
        options={actors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <Group
        legend="Stances"
        filterKey="hiddenStances"
        open
        options={STANCES.map((s) => ({ value: s, label: stanceText(s) }))}
      />
      <Group
        legend="Node kinds"
        filterKey="hiddenKinds"
        open
        options={MAP_NODE_KINDS.map((k) => ({ value: k, label: KIND_NAME[k] }))}
      />
    </section>
  );
}
