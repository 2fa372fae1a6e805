import { useId } from 'react';
import { Diagram } from '@/components/diagram/diagram';
import { loadPrerendered } from '@/lib/diagram/prerendered';
import { diagramText } from '@/lib/diagram/source-info';
import { renameSvgIds } from '@/lib/diagram/svg';

/**
 * A diagram on a slide: the build-time drawing scaled to fit the slide (no zoom or edit tools
 * between it and the room), with its title as the caption. A diagram without a build-time
 * drawing falls back to the lesson's live figure.
 */
export function SlideDiagram({ source }: { source: string }) {
  const instance = useId().replace(/[^a-zA-Z0-9]/g, '');
  const cached = loadPrerendered(source);
  if (!cached) return <Diagram source={source} />;
  const { title } = diagramText(source);
  const own = (svg: string) => renameSvgIds(svg, `mmd-${cached.key}`, `mmd-${cached.key}-s${instance}`);
  return (
    <figure className="slide-diagram not-prose">
      <div className="slide-diagram-light" dangerouslySetInnerHTML={{ __html: own(cached.light) }} />
      <div className="slide-diagram-dark" dangerouslySetInnerHTML={{ __html: own(cached.dark) }} />
      {title ? <figcaption>{title}</figcaption> : null}
    </figure>
  );
}
