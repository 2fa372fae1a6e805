'use client';
import dynamic from 'next/dynamic';
import { BuilderLoading } from './builder-loading';
import type { WorkspaceProps } from './builder-workspace';

/**
 * Loads the builder (and React Flow with it) in the browser only: the design lives in the
 * browser's storage, so there is nothing meaningful to render on the server.
 */
const Workspace = dynamic(() => import('./builder-workspace'), {
  ssr: false,
  loading: () => <BuilderLoading />,
});

export function BuilderEditor(props: WorkspaceProps) {
  return <Workspace {...props} />;
}
