import { MarkerType } from '@xyflow/react';
import { CAPABILITY_SIZE, serviceRect } from '@/lib/builder/layout';
import { callsOf } from '@/lib/builder/analysis';
import type { Design, Scenario } from '@/lib/builder/model';
import type { AppNode, CallEdgeType } from './flow-types';

/**
 * The design as React Flow nodes and edges. Parents come before their children, as React Flow
 * requires; every node has an explicit size, so nothing waits on measuring before it shows.
 */
export function toNodes(scenario: Scenario, design: Design, selectedId: string | null): AppNode[] {
  const nodes: AppNode[] = [];
  for (const service of design.services) {
    const rect = serviceRect(design, service.id);
    const count = Object.values(design.placement).filter((s) => s === service.id).length;
    nodes.push({
      id: service.id,
      type: 'group',
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      data: { service, count },
      ariaLabel: `Service: ${service.name}`,
      ariaRole: 'group',
      selected: selectedId === service.id,
      className: `svc-${service.color}`,
    });
  }
  for (const capability of scenario.capabilities) {
    const parentId = design.placement[capability.id];
    const position = design.positions?.[capability.id];
    if (!parentId || !position) continue;
    nodes.push({
      id: capability.id,
      type: 'capability',
      parentId,
      position,
      width: CAPABILITY_SIZE.width,
      height: CAPABILITY_SIZE.height,
      data: { capability },
      ariaLabel: `Capability: ${capability.name}`,
      ariaRole: 'button',
      selected: selectedId === capability.id,
    });
  }
  return nodes;
}

/** Calls between placed capabilities; a call that crosses a service boundary is marked so it stands out. */
export function toEdges(scenario: Scenario, design: Design): CallEdgeType[] {
  const edges: CallEdgeType[] = [];
  for (const { interaction: i, crosses: crossing, mode } of callsOf(scenario, design)) {
    edges.push({
      id: i.id,
      source: i.from,
      target: i.to,
      type: 'call',
      data: { crossing, mode, switchable: i.switchable, label: i.label },
      markerEnd: { type: MarkerType.ArrowClosed, color: crossing ? 'var(--edge-cross)' : 'var(--edge-local)', width: 16, height: 16 },
      zIndex: crossing ? 1 : 0,
      focusable: false,
    });
  }
  return edges;
}
