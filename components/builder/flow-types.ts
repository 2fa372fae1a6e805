import type { Edge, Node } from '@xyflow/react';
import type { Capability, ServiceBox } from '@/lib/builder/model';

/** A capability on the canvas, always inside a service (unplaced ones live in the palette). */
export type CapabilityNodeType = Node<{ capability: Capability }, 'capability'>;
/** A service: a React Flow group whose children are its capabilities. */
export type ServiceNodeType = Node<{ service: ServiceBox; count: number }, 'group'>;
export type AppNode = CapabilityNodeType | ServiceNodeType;

/** An interaction between two placed capabilities. */
export type CallEdgeType = Edge<{ crossing: boolean; mode: 'sync' | 'async'; switchable: boolean; label: string }, 'call'>;
