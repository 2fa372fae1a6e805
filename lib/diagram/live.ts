import { describeMermaidError, type DiagramError } from './errors';
import { loadMermaid, renderDiagram } from './mermaid-client';
import { prepareSource } from './prepare-source';
import type { DiagramTheme } from './theme';

/**
 * What drawing in the browser needs, as one module the page loads on demand (`loadLive`): a
 * lesson's diagrams arrive drawn at build time, so none of this is downloaded with the page.
 */
export { loadMermaid };

export type LiveResult = { svg: string } | { error: DiagramError };

/** Draws learner- or author-written source in a theme; a Mermaid error comes back described, with its line. */
export function drawLive(source: string, theme: DiagramTheme): Promise<LiveResult> {
  return renderDiagram(prepareSource(source, theme), theme).then(
    (svg) => ({ svg }),
    (error: unknown) => ({ error: describeMermaidError(error, source) }),
  );
}
