import { describeMermaidError, type DiagramError } from './errors';
import { checkDrawable, withoutClickLines } from './learner-source';
import { loadMermaid, renderDiagram } from './mermaid-client';
import { prepareSource } from './prepare-source';
import type { DiagramTheme } from './theme';

/**
 * What drawing in the browser needs, as one module the page loads on demand (`loadLive`): a
 * lesson's diagrams arrive drawn at build time, so none of this is downloaded with the page.
 */
export { loadMermaid };

type LiveResult = { svg: string } | { error: DiagramError };

/**
 * Draws learner- or author-written source in a theme; a Mermaid error comes back described, with
 * its line. A source too large to draw within about a second is refused with a reason instead,
 * and links that would leave the page are removed.
 */
export function drawLive(source: string, theme: DiagramTheme): Promise<LiveResult> {
  const tooLarge = checkDrawable(source);
  if (tooLarge) return Promise.resolve({ error: tooLarge });
  return renderDiagram(prepareSource(withoutClickLines(source), theme), theme).then(
    (svg) => ({ svg }),
    (error: unknown) => ({ error: describeMermaidError(error, source) }),
  );
}
