'use client';
import { Background, Controls, MiniMap, ReactFlow, type NodeChange, type OnNodesChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { actions, type DesignAction } from '@/lib/builder/design-actions';
import type { Design, Scenario } from '@/lib/builder/model';
import { edgeTypes, nodeTypes } from './flow-nodes';
import type { AppNode, CallEdgeType } from './flow-types';
import type { Selection } from './selection';
import { toEdges, toNodes } from './to-flow';

type Props = {
  scenario: Scenario;
  design: Design;
  dispatch: (action: DesignAction) => void;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** Shows the minimap (for large scenarios in the full editor). */
  minimap: boolean;
};

/**
 * React Flow as a view of the design. Drags move nodes locally (no store traffic per frame);
 * the move is committed to the store once, when it ends. Arrow-key moves arrive the same way
 * (a position change that is not `dragging`), so both reach the same action, undo and saving.
 */
export function BuilderCanvas({ scenario, design, dispatch, selection, onSelect, minimap }: Props) {
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({});
  const base = useMemo(() => toNodes(scenario, design, selection?.id ?? null), [scenario, design, selection]);
  const nodes = useMemo(() => (Object.keys(dragging).length ? base.map((n) => (dragging[n.id] ? { ...n, position: dragging[n.id]! } : n)) : base), [base, dragging]);
  const edges = useMemo(() => toEdges(scenario, design), [scenario, design]);

  const onNodesChange: OnNodesChange<AppNode> = useCallback(
    (changes: NodeChange<AppNode>[]) => {
      const live: Record<string, { x: number; y: number }> = {};
      const done: { id: string; position: { x: number; y: number } }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          if (c.dragging) live[c.id] = c.position;
          else done.push({ id: c.id, position: c.position });
        }
        if (c.type === 'select' && c.selected) {
          const isService = design.services.some((s) => s.id === c.id);
          onSelect({ kind: isService ? 'service' : 'capability', id: c.id });
        }
      }
      if (Object.keys(live).length) setDragging((d) => ({ ...d, ...live }));
      if (done.length) {
        setDragging({});
        dispatch(actions.commitMoves(done));
      }
    },
    [design.services, dispatch, onSelect],
  );

  const onEdgeClick = useCallback(
    (_: React.MouseEvent, edge: CallEdgeType) => {
      if (edge.data?.crossing && edge.data.switchable) dispatch(actions.setMode(edge.id, edge.data.mode === 'sync' ? 'async' : 'sync'));
    },
    [dispatch],
  );

  // Clicks on nodes bubble up to React Flow's pane, and selecting a service re-renders it (so the
  // click's target may already be detached): only a click that really landed on the pane deselects.
  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      const target = e.target as Element;
      if (target.isConnected && !target.closest('.react-flow__node')) onSelect(null);
    },
    [onSelect],
  );

  return (
    <ReactFlow<AppNode, CallEdgeType>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgeClick={onEdgeClick}
      onPaneClick={onPaneClick}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
      minZoom={0.2}
      maxZoom={2}
      nodesConnectable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      onlyRenderVisibleElements={false}
    >
      <Background gap={24} size={1} />
      <Controls showInteractive={false} position="bottom-left" />
      {minimap ? <MiniMap pannable zoomable position="bottom-right" ariaLabel="Minimap of the canvas" nodeStrokeWidth={2} /> : null}
    </ReactFlow>
  );
}
