import { BaseEdge, Handle, Position, getBezierPath, type EdgeProps, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CallEdgeType, CapabilityNodeType, ServiceNodeType } from './flow-types';

const SCALING: Record<string, string> = { steady: 'steady load', spiky: 'spiky load', gpu: 'needs GPUs', batch: 'batch jobs' };

/** A capability card. Memoised: during a drag only the dragged card re-renders. */
const CapabilityNode = memo(function CapabilityNode({ data }: NodeProps<CapabilityNodeType>) {
  const { capability } = data;
  return (
    <div className="cap-card flex h-full w-full cursor-grab flex-col justify-center rounded-lg border border-[var(--cap-line)] bg-[var(--cap-bg)] px-3 text-[var(--ink)] active:cursor-grabbing">
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="truncate text-sm font-semibold leading-tight">{capability.name}</span>
      <span className="truncate text-xs text-[var(--muted)]">{SCALING[capability.scaling] ?? capability.scaling}</span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

/** A service box: a group node whose children are its capabilities. */
const ServiceNode = memo(function ServiceNode({ data }: NodeProps<ServiceNodeType>) {
  return (
    <div className="svc-box h-full w-full rounded-xl border-2 border-[var(--svc-stroke)] bg-[var(--svc-fill)]">
      <div className="flex h-10 items-center justify-between gap-2 px-4 text-[var(--svc-ink)]">
        <span className="truncate text-[15px] font-bold">{data.service.name}</span>
        <span className="shrink-0 text-xs">{data.count === 1 ? '1 capability' : `${data.count} capabilities`}</span>
      </div>
    </div>
  );
});

/** A call. Crossing a service boundary: thick and red; in-process: thin and grey; async: dashed. */
const CallEdge = memo(function CallEdge(props: EdgeProps<CallEdgeType>) {
  const [path] = getBezierPath(props);
  const crossing = props.data?.crossing ?? false;
  const async = props.data?.mode === 'async';
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      interactionWidth={crossing && props.data?.switchable ? 16 : 0}
      style={{
        stroke: crossing ? 'var(--edge-cross)' : 'var(--edge-local)',
        strokeWidth: crossing ? 2.75 : 1.25,
        strokeDasharray: async ? '7 5' : undefined,
        opacity: crossing ? 1 : 0.75,
      }}
    />
  );
});

/** Defined once at module scope: a new object per render would re-create every node. */
export const nodeTypes = { capability: CapabilityNode, group: ServiceNode };
export const edgeTypes = { call: CallEdge };
