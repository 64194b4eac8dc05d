import { useMemo, useState } from 'react';
import type { DebateGraph } from '../../graph/types';
import {
  indexNodes,
  KIND_NAME,
  type NodeRef,
  nodeLabel,
  selectMapModel,
} from '../../store/selectors';
import { useAppStore } from '../../store/store';

interface Item {
  id: string;
  children: Item[];
}

/** Issue → speaker's position (or the speaker) → claims, in the map's reading order. */
function outline(graph: DebateGraph, order: string[]): Item[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const byRank = (a: { id: string }, b: { id: string }) =>
    (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9);
  const placedClaims = new Set<string>();
  const issues = [...graph.issues].sort(byRank).map((issue) => {
    const positions = graph.positions.filter((p) => p.issueId === issue.id).sort(byRank);
    const children: Item[] = positions.map((p) => {
      for (const c of p.claimIds) placedClaims.add(c);
      return { id: p.id, children: p.claimIds.map((c) => ({ id: c, children: [] })) };
    });
    const loose = graph.claims.filter((c) => c.issueId === issue.id && !placedClaims.has(c.id));
    const byActor = new Map<string, Item[]>();
    for (const c of loose.sort(byRank)) {
      placedClaims.add(c.id);
      byActor.set(c.actorId, [...(byActor.get(c.actorId) ?? []), { id: c.id, children: [] }]);
    }
    for (const [actorId, claims] of byActor) children.push({ id: actorId, children: claims });
    return { id: issue.id, children };
  });
  const listed = new Set<string>();
  const walk = (items: Item[]) => {
    for (const i of items) {
      listed.add(i.id);
      walk(i.children);
    }
  };
  walk(issues);
  const rest = graph.actors
    .filter((a) => !listed.has(a.id))
    .map((a) => ({ id: a.id, children: [] }));
  return [...issues, ...rest];
}

function Items({
  graph,
  index,
  items,
  selectedId,
}: {
  graph: DebateGraph;
  index: Map<string, NodeRef>;
  items: Item[];
  selectedId: string | null;
}) {
  const select = useAppStore((s) => s.select);
  return (
    <>
      {items.map((item) => {
        const ref = index.get(item.id);
        if (!ref) return null;
        return (
          <li key={item.id}>
            <button
              type="button"
              className="outline-item"
              aria-current={item.id === selectedId ? 'true' : undefined}
              onClick={() => select(item.id)}
            >
              {KIND_NAME[ref.kind]}: {nodeLabel(graph, ref)}
            </button>
            {item.children.length > 0 ? (
              <ul>
                <Items graph={graph} index={index} items={item.children} selectedId={selectedId} />
              </ul>
            ) : null}
          </li>
        );
      })}
    </>
  );
}

/** The map as a nested list, for screen readers and anyone who prefers a list to a picture. */
export function GraphOutline() {
  const model = useAppStore(selectMapModel);
  const selectedId = useAppStore((s) => s.selectedId);
  const [open, setOpen] = useState(false);
  // Built only while open: on a 1 000-node map the list is as long as the map.
  const items = useMemo(
    () => (open ? outline(model.graph, [...model.layout.nodes.keys()]) : []),
    [model, open],
  );
  const index = useMemo(() => (open ? indexNodes(model.full) : new Map()), [model, open]);
  return (
    <section aria-labelledby="outline-heading" className="side-section">
      <details className="filter-group" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="outline-heading" className="side-heading inline">
            Outline of the map
          </h2>
        </summary>
        {open ? (
          <ul aria-label="Graph outline" className="outline">
            <Items graph={model.full} index={index} items={items} selectedId={selectedId} />
          </ul>
        ) : null}
      </details>
    </section>
  );
}
