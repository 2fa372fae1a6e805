import type { Mermaid } from 'mermaid';
import { dropOutsideLinks, finishSvg, isInertSvg } from './svg';
import { mermaidConfig, type DiagramTheme } from './theme';

/**
 * The one module that imports Mermaid, and only on demand: the import runs the first time a
 * learner opens the editor (or a diagram without a build-time drawing nears the viewport), so no
 * Mermaid code is downloaded with the page.
 */
let loading: Promise<Mermaid> | null = null;

export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then((m) => m.default);
  loading.catch(() => {
    loading = null; // a failed download (offline) may be retried
  });
  return loading;
}

let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/**
 * Draws a diagram in a theme and resolves with its SVG markup. Renders run one at a time (Mermaid
 * keeps global configuration) and each under a fresh id, so diagrams never share ids. No container
 * is passed, so a diagram inside a hidden element is still measured correctly.
 */
export function renderDiagram(source: string, theme: DiagramTheme): Promise<string> {
  const run = async () => {
    const mermaid = await loadMermaid();
    mermaid.initialize(mermaidConfig(theme));
    counter += 1;
    const { svg } = await mermaid.render(`mmd-live-${counter}`, source);
    if (!isInertSvg(svg)) throw new Error('The diagram was refused because it contained script.');
    return finishSvg(dropOutsideLinks(svg));
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
