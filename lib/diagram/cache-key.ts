import { createHash } from 'node:crypto';
import { mermaidConfig } from './theme';

/**
 * Bump when the finishing of SVGs (svg.ts, prepare-source.ts) changes in a way that alters the
 * output, so every cached drawing is redrawn.
 */
const RENDERER_REVISION = 3;

/**
 * The cache key of one diagram: a hash of its source, the Mermaid version and both theme configs,
 * so a change to any of them makes the cached SVG stale (and unused). 16 hex characters.
 */
export function diagramKey(source: string, mermaidVersion: string): string {
  const input = JSON.stringify({
    source,
    mermaidVersion,
    revision: RENDERER_REVISION,
    light: mermaidConfig('light'),
    dark: mermaidConfig('dark'),
  });
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

/** The id a diagram is rendered under in a theme, e.g. `mmd-3f9a0c1d2e4b5a6c-dark`. */
export function renderId(key: string, theme: 'light' | 'dark'): string {
  return `mmd-${key}-${theme}`;
}
