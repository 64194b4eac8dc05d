import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  MiniMap,
  type Node,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type Viewport,
  ViewportPortal,
} from '@xyflow/react';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef } from 'react';
import { adjacency, neighbourhood } from '../../layout/links';
import type { PlacedNode, VersusLayout } from '../../layout/versus-layout';
import {
  findNode,
  KIND_NAME,
  type MapModel,
  nodeLabel,
  selectMapModel,
} from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { StanceLanes } from './debate-node';
import { edgeTypes, nodeTypes } from './node-types';
import { type DebateFlowNode, toFlow } from './to-flow';

/** Above this many nodes only those in view are rendered, so 1 000 nodes still pan smoothly. */
const VISIBLE_ONLY_ABOVE = 300;

const KEY_HELP =
  'Enter selects the node; Enter again shows only its neighbourhood. Arrow keys move to connected nodes, or along the row. Escape goes back.';
const ARIA_LABELS = {
  'node.a11yDescription.default': KEY_HELP,
  'node.a11yDescription.keyboardDisabled': KEY_HELP,
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit view',
  'controls.ariaLabel': 'Zoom controls',
  'minimap.ariaLabel': 'Minimap',
};

const MINIMAP_COLOUR: Record<string, string> = {
  issue: 'var(--issue)',
  actor: 'var(--muted)',
  position: 'var(--accent)',
  claim: 'var(--claim-border)',
};

const minimapColour = (node: Node) => MINIMAP_COLOUR[String(node.data.kind)] ?? 'gray';

const nodeElement = (root: HTMLElement | null, id: string) =>
  root?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null;

/** The connected node that lies most nearly in the arrow key's direction, else a neighbour in line. */
function nextAlong(model: MapModel, from: string, key: string): string | null {
  const here = model.layout.nodes.get(from);
  if (!here) return null;
  const [dx, dy] =
    key === 'ArrowLeft'
      ? [-1, 0]
      : key === 'ArrowRight'
        ? [1, 0]
        : key === 'ArrowUp'
          ? [0, -1]
          : [0, 1];
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const id of adjacency(model.links).get(from) ?? []) {
    const there = model.layout.nodes.get(id);
    if (!there) continue;
    const vx = there.x + there.width / 2 - (here.x + here.width / 2);
    const vy = there.y + there.height / 2 - (here.y + here.height / 2);
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy) + Math.abs(vy * dx);
    if (along <= 0 || across > along * 3) continue;
    const score = along + across * 2;
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  if (best) return best;
  // Nothing linked that way: the nearest node in the same row (or column), so Left and Right
  // walk across speakers and Up and Down along a column.
  for (const there of model.layout.nodes.values()) {
    const vx = there.x - here.x;
    const vy = there.y - here.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy) + Math.abs(vy * dx);
    if (along <= 0 || across > 1) continue;
    if (along < bestScore || (along === bestScore && best !== null && there.id < best)) {
      best = there.id;
      bestScore = along;
    }
  }
  return best;
}

/** Below this zoom the labels are too small to read, so the first frame shows less. */
const READABLE_ZOOM = 0.6;

/**
 * The part of the map to show first, top-aligned: the heads of all columns (issues, actors,
 * positions), or, when that would be too small to read, those of the largest issue group.
 */
function topFrame(layout: VersusLayout, paneWidth: number) {
  const heads = [...layout.nodes.values()].filter((n) => n.kind !== 'claim');
  const box = (nodes: PlacedNode[]) => {
    if (nodes.length === 0) return null;
    const x = Math.min(...nodes.map((n) => n.x));
    const y = Math.min(...nodes.map((n) => n.y));
    return { x, y, width: Math.max(...nodes.map((n) => n.x + n.width)) - x };
  };
  const all = box(heads);
  const first = layout.lanes[0];
  if (!all || !first || paneWidth / all.width >= READABLE_ZOOM) return all;
  const lanes = layout.lanes.filter((l) => l.issueId === first.issueId);
  const x0 = Math.min(...lanes.map((l) => l.x));
  const x1 = Math.max(...lanes.map((l) => l.x + l.width));
  const bottom = Math.max(...lanes.map((l) => l.y + l.height));
  return box(
    heads.filter(
      (n) => n.x >= x0 - 40 && n.x + n.width <= x1 + 40 && n.y >= first.y - 200 && n.y < bottom,
    ),
  );
}

function focusName(model: MapModel, id: string): string {
  const ref = findNode(model.full, id);
  return ref ? `${KIND_NAME[ref.kind]}: ${nodeLabel(model.full, ref)}` : 'the selection';
}

function DebateMap() {
  const model = useAppStore(selectMapModel);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const focus = useAppStore((s) => s.focus);
  const focusId = useAppStore((s) => s.focusId);
  const status = useAppStore((s) => s.status);
  const hasGraph = useAppStore((s) => s.graph.actors.length + s.graph.issues.length > 0);
  const stepBack = useAppStore((s) => s.stepBack);
  const setViewport = useAppStore((s) => s.setViewport);
  const { fitView, setCenter, getZoom, setViewport: moveTo } = useReactFlow();
  const store = useStoreApi();
  const wrapper = useRef<HTMLDivElement>(null);

  const lit = useMemo(
    () =>
      selectedId && model.layout.nodes.has(selectedId)
        ? neighbourhood(model.graph, model.links, selectedId)
        : null,
    [model, selectedId],
  );
  const { nodes, edges } = useMemo(() => toFlow(model, selectedId, lit), [model, selectedId, lit]);

  /** Shows the top of the map at a readable size (the whole map when it is small). */
  const frameModel = useCallback(() => {
    const { width, height } = store.getState();
    const frame = topFrame(model.layout, width);
    if (!frame || width === 0) void fitView({ padding: 0.06, maxZoom: 1 });
    else {
      const fit = (width - 40) / frame.width;
      // On a narrow screen the group will not fit at a readable size: start at its left, readable.
      const zoom = Math.min(1, Math.max(READABLE_ZOOM, fit));
      const x =
        fit < READABLE_ZOOM
          ? 16 - frame.x * zoom
          : (width - frame.width * zoom) / 2 - frame.x * zoom;
      const y =
        model.layout.height * zoom + 32 < height
          ? (height - model.layout.height * zoom) / 2
          : 24 - frame.y * zoom;
      void moveTo({ x, y, zoom });
    }
  }, [model, fitView, moveTo, store]);

  /**
   * Moves the map to `viewport` unless the screen already shows it (panning keeps the store equal
   * to the screen).
   */
  const show = useCallback(
    (viewport: Viewport) => {
      const [x, y, zoom] = store.getState().transform;
      const shown =
        Math.abs(x - viewport.x) < 0.5 &&
        Math.abs(y - viewport.y) < 0.5 &&
        Math.abs(zoom - viewport.zoom) < 0.001;
      if (!shown) void moveTo(viewport);
    },
    [store, moveTo],
  );

  // The store's viewport, and the one the effects below last saw: a viewport that differs from it
  // changed in the same commit as what they are looking at.
  const viewport = useAppStore((s) => s.viewport);
  const shownViewport = useRef(viewport);

  // Frame the map whenever filters or focus change what it shows; the first time, or when the
  // address brought its own viewport along with the change (Back), show that viewport instead,
  // even when it is the one already on screen.
  const fitted = useRef<MapModel | null>(null);
  useEffect(() => {
    if (model.layout.nodes.size === 0 || fitted.current === model) return;
    const first = fitted.current === null;
    fitted.current = model;
    const cameAlong = viewport !== shownViewport.current;
    if (viewport && (first || cameAlong)) show(viewport);
    else frameModel();
  }, [model, viewport, frameModel, show]);

  // Back, Forward or an edited address may bring another viewport (or none: the framed map)
  // without changing what the map shows; the store then differs from the screen.
  const shownModel = useRef(model);
  useEffect(() => {
    const previous = shownViewport.current;
    const sameMap = shownModel.current === model;
    shownViewport.current = viewport;
    shownModel.current = model;
    // a new map is the fit effect's to place
    if (fitted.current === null || viewport === previous || !sameMap) return;
    if (!viewport) frameModel();
    else show(viewport);
  }, [viewport, model, frameModel, show]);

  // A node selected elsewhere (search, matrix, outline, details) is brought into view; so is
  // one the bottom sheet has just covered on a narrow screen, once the map has shrunk. Not one
  // that came with its own viewport (Back, Forward, a link): that viewport is the view to show.
  useEffect(() => {
    if (useAppStore.getState().selectionHasView) return;
    const at = selectedId ? model.layout.nodes.get(selectedId) : undefined;
    if (!at) return;
    const timer = setTimeout(() => {
      const { width, height, transform } = store.getState();
      const [tx, ty, zoom] = transform;
      const left = at.x * zoom + tx;
      const top = at.y * zoom + ty;
      const margin = 8;
      const inView =
        left >= margin &&
        top >= margin &&
        left + at.width * zoom <= width - margin &&
        top + at.height * zoom <= height - margin;
      if (!inView)
        void setCenter(at.x + at.width / 2, at.y + at.height / 2, {
          zoom: Math.max(getZoom(), 0.7),
          duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 200,
        });
    }, 80);
    return () => clearTimeout(timer);
  }, [selectedId, model, store, setCenter, getZoom]);

  const moveFocus = useCallback(
    (id: string) => {
      const element = nodeElement(wrapper.current, id);
      if (element) {
        element.focus();
        return;
      }
      // Not rendered (outside the view on a large map): bring it in, then focus it.
      const at = model.layout.nodes.get(id);
      if (!at) return;
      void setCenter(at.x + at.width / 2, at.y + at.height / 2, { zoom: getZoom() }).then(() =>
        requestAnimationFrame(() => nodeElement(wrapper.current, id)?.focus()),
      );
    },
    [model, setCenter, getZoom],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
    if (event.key === 'Escape') {
      event.preventDefault();
      stepBack();
      return;
    }
    if (!id || !model.layout.nodes.has(id)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (event.key === 'Enter' && selectedId === id) focus(id);
      else select(id);
    } else if (event.key.startsWith('Arrow')) {
      event.preventDefault();
      const next = nextAlong(model, id, event.key);
      if (next) moveFocus(next);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys are handled for the focused node inside
    <div ref={wrapper} className="map-canvas" onKeyDown={onKeyDown}>
      <ReactFlow<DebateFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={(_event, node) => select(node.id)}
        onNodeDoubleClick={(_event, node) => focus(node.id)}
        onPaneClick={() => select(null)}
        onMoveEnd={(_event, viewport) => setViewport(viewport)}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        panActivationKeyCode={null}
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_ABOVE}
        minZoom={0.05}
        maxZoom={2}
        ariaLabelConfig={ARIA_LABELS}
        proOptions={{ hideAttribution: true }}
      >
        <ViewportPortal>
          <StanceLanes lanes={model.layout.lanes} />
        </ViewportPortal>
        {status === 'ready' && nodes.length === 0 ? (
          <Panel position="top-center" className="focus-banner" role="status">
            {hasGraph
              ? 'The filters hide every node. “Show everything” in the left pane brings them back.'
              : 'No actors or quotes were found in these documents.'}
          </Panel>
        ) : null}
        {focusId ? (
          <Panel position="top-left" className="focus-banner">
            <span>
              Showing only the neighbourhood of <strong>{focusName(model, focusId)}</strong>
            </span>
            <button type="button" className="small-button" onClick={() => focus(null)}>
              Show the whole map (Esc)
            </button>
          </Panel>
        ) : null}
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={0} />
      </ReactFlow>
    </div>
  );
}

export function MapView() {
  return (
    <ReactFlowProvider>
      <DebateMap />
    </ReactFlowProvider>
  );
}
