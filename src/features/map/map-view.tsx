import '@xyflow/react/dist/style.css';
import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { layoutVersus } from '../../layout/versus-layout';
import { useAppStore } from '../../store/store';
import { nodeTypes } from './node-types';
import { toFlow } from './to-flow';

export function MapView() {
  const graph = useAppStore((s) => s.graph);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const layout = useMemo(() => layoutVersus(graph), [graph]);
  const { nodes, edges } = useMemo(
    () => toFlow(graph, layout, selectedId),
    [graph, layout, selectedId],
  );

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodeClick={(_event, node) => select(node.id)}
      onPaneClick={() => select(null)}
      nodesDraggable={false}
      nodesConnectable={false}
      fitView
      minZoom={0.1}
      proOptions={{ hideAttribution: true }}
    >
      <Background />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable ariaLabel="Minimap" />
    </ReactFlow>
  );
}
