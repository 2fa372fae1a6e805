import 'server-only';
import { cache } from 'react';
import { installedMermaidVersion, readPrerendered, type Prerendered } from './prerender-store';

const version = cache(() => installedMermaidVersion(process.cwd()));

/**
 * The build-time drawings of a diagram for the server component. `DIAGRAM_PRERENDER=off` builds a
 * site that draws every diagram in the browser instead (to measure the two approaches).
 */
export function loadPrerendered(source: string): Prerendered | null {
  if (process.env.DIAGRAM_PRERENDER === 'off') return null;
  return readPrerendered(process.cwd(), source, version());
}
