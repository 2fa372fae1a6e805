'use client';
import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import { BuilderLoading } from './builder-loading';
import type { WorkspaceProps } from './builder-workspace';

const loading = () => <BuilderLoading />;

/** React Flow and the builder load only when a lesson's builder comes near the screen, never with the page. */
const Workspace = dynamic(() => import('./builder-workspace'), { ssr: false, loading });

export function BuilderEmbed(props: Omit<WorkspaceProps, 'compact'>) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame, true);
  // The space is held from the first paint, so nothing below moves when the builder arrives.
  return (
    <div ref={frame} className="min-h-[34rem]">
      {near ? <Workspace {...props} compact /> : loading()}
    </div>
  );
}
