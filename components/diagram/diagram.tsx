import { useId } from 'react';
import { renderId } from '@/lib/diagram/cache-key';
import { mergeThemes } from '@/lib/diagram/merge-themes';
import { loadPrerendered } from '@/lib/diagram/prerendered';
import { diagramText } from '@/lib/diagram/source-info';
import { renameSvgIds, svgSize } from '@/lib/diagram/svg';
import { DiagramFigure, type StaticDrawing } from './diagram-figure';

/**
 * The one component every ```mermaid fence reaches (see remarkMermaid). On the server it inlines
 * the drawing made at build time by scripts/render-diagrams.mjs, so the diagram is visible at
 * first paint with no Mermaid code; the client figure adds zoom, full screen and the live editor.
 * A diagram without a drawing (new or edited after the last render) is drawn in the browser when
 * it nears the viewport.
 */
export function Diagram({ source }: { source: string }) {
  const instance = useId().replace(/[^a-zA-Z0-9]/g, '');
  const { title, description } = diagramText(source);
  return <DiagramFigure source={source} title={title} description={description} drawing={staticDrawing(source, instance)} />;
}

function staticDrawing(source: string, instance: string): StaticDrawing | null {
  const cached = loadPrerendered(source);
  if (!cached) return null;
  // Each copy on a page gets its own ids, even when a lesson shows the same diagram twice.
  const id = `mmd-${cached.key}-${instance}`;
  const light = renameSvgIds(cached.light, renderId(cached.key, 'light'), id);
  const dark = renameSvgIds(cached.dark, renderId(cached.key, 'dark'), id);
  const size = svgSize(light);
  // One SVG carrying both palettes when the drawings differ only in colours (nearly always);
  // otherwise both, and CSS shows the one for the page's theme.
  const merged = mergeThemes(light, dark, id);
  if (merged) return { kind: 'themed', svg: merged, size };
  return { kind: 'pair', light: renameSvgIds(light, id, `${id}-l`), dark: renameSvgIds(dark, id, `${id}-d`), size };
}
