'use client';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTheme } from '@/components/layout/use-theme';
import { svgForTheme } from '@/lib/diagram/merge-themes';
import { renameSvgIds, svgSize } from '@/lib/diagram/svg';
import { DiagramCanvas, type CanvasContent } from './diagram-canvas';
import { downloadSvg } from './download';
import { loadLive, useLiveDrawing } from './use-live-drawing';
import type { NaturalSize } from './zoom';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import { ToolbarLabel } from './toolbar-icon';
import { BUTTON, ZoomControls } from './zoom-controls';

/** The build-time drawing of a diagram, its ids already unique on the page. */
export type StaticDrawing = (
  | { kind: 'themed'; svg: string }
  | { kind: 'pair'; light: string; dark: string }
) & { size: NaturalSize | null };

type Props = { source: string; title?: string; description?: string; drawing: StaticDrawing | null };

const TYPING_DELAY_MS = 300;

// Opened by the learner, so their code loads then, not with the page.
const DiagramEditor = lazy(() => import('./diagram-editor').then((m) => ({ default: m.DiagramEditor })));
const DiagramFullscreen = lazy(() => import('./diagram-fullscreen').then((m) => ({ default: m.DiagramFullscreen })));

/**
 * A diagram as the learner meets it: the drawing (build-time, or live once edited), its caption,
 * and the tools to zoom, view full screen, copy, download and edit it.
 */
export function DiagramFigure({ source, title, description, drawing }: Props) {
  const theme = useTheme();
  const uid = useId();
  const editorId = `${uid}-editor`;
  const captionId = `${uid}-caption`;
  const figure = useRef<HTMLElement>(null);
  const [draft, setDraft] = useState(source);
  const [editing, setEditing] = useState(false);
  const [zoom, setZoom] = useState(1);
  const [fullscreen, setFullscreen] = useState(false);
  const [status, setStatus] = useState('');

  const changed = draft !== source;
  const near = useNearViewport(figure, drawing === null);
  const liveSource = changed ? draft : drawing === null && near ? source : null;
  const live = useLiveDrawing(liveSource, theme, changed ? TYPING_DELAY_MS : 0);

  let content: CanvasContent | null = null;
  if (live.svg) content = { kind: 'live', svg: live.svg };
  else if (drawing) content = drawing.kind === 'themed' ? { kind: 'themed', svg: drawing.svg } : { kind: 'pair', light: drawing.light, dark: drawing.dark };
  const label = title ?? 'Diagram';
  const size = content?.kind === 'live' ? svgSize(content.svg) : drawing?.size;

  const openEditor = () => {
    const opening = !editing;
    setEditing(opening);
    if (!opening) return;
    setStatus('Loading the live renderer…');
    loadLive()
      .then((live) => live.loadMermaid())
      .then(
        () => setStatus('Live renderer ready: the drawing follows your edits.'),
        () => setStatus('The live renderer could not be loaded. Check your connection and try again.'),
      );
  };
  const reset = () => {
    setDraft(source);
    live.clear();
    setStatus('Diagram reset to the original.');
  };
  const copy = () => {
    navigator.clipboard.writeText(draft).then(
      () => setStatus('Source copied to the clipboard.'),
      () => setStatus('Copying is blocked here: open the editor, select the source and copy it.'),
    );
  };
  const download = () => {
    const svg = !content ? null : content.kind === 'pair' ? content[theme] : content.kind === 'themed' ? svgForTheme(content.svg, theme) : content.svg;
    if (svg) downloadSvg(svg, theme, title);
    setStatus(svg ? 'SVG downloaded.' : 'Nothing to download yet.');
  };

  return (
    <figure ref={figure} aria-labelledby={captionId} className="not-prose my-8" data-diagram={!content ? 'pending' : content.kind === 'live' ? 'live' : 'static'}>
      <div className="mb-2 flex flex-wrap items-center justify-end gap-1 md:gap-2" role="group" aria-label={`${label}: tools`}>
        <button type="button" className={BUTTON} aria-expanded={editing} aria-controls={editing ? editorId : undefined} onClick={openEditor}>
          <ToolbarLabel icon="edit" label="Edit diagram" />
        </button>
        <ZoomControls zoom={zoom} onZoom={setZoom} />
        <button type="button" className={BUTTON} onClick={() => setFullscreen(true)} disabled={!content}>
          <ToolbarLabel icon="fullscreen" label="Full screen" />
        </button>
        <button type="button" className={BUTTON} onClick={copy}>
          <ToolbarLabel icon="copy" label="Copy source" />
        </button>
        <button type="button" className={BUTTON} onClick={download} disabled={!content}>
          <ToolbarLabel icon="download" label="Download SVG" />
        </button>
      </div>
      <div className="rounded-lg border border-[var(--line)] bg-[var(--page)] p-2 sm:p-4">
        {content ? (
          <DiagramCanvas content={content} size={size} zoom={zoom} onZoom={setZoom} label={label} />
        ) : (
          <div className="flex min-h-48 items-center justify-center text-sm text-[var(--muted)]">
            {live.error ? 'This diagram cannot be drawn. Its source is below.' : 'Drawing the diagram…'}
          </div>
        )}
      </div>
      <Suspense fallback={null}>
        {editing || (!content && live.error) ? (
          <DiagramEditor id={editorId} draft={draft} onChange={setDraft} onReset={reset} changed={changed} error={live.error} focusOnOpen={editing} />
        ) : null}
      </Suspense>
      <figcaption id={captionId} className="mt-2 text-sm text-[var(--muted)]">
        {title ? <strong className="text-[var(--ink)]">{title}. </strong> : null}
        {description}
        {/* The words above describe the lesson's diagram, not the learner's version of it. */}
        {changed ? <em className="text-[var(--ink)]"> (edited)</em> : null}
      </figcaption>
      <p role="status" className={status ? 'mt-1 text-xs text-[var(--muted)]' : 'sr-only'}>
        {status}
      </p>
      <Suspense fallback={null}>
        {fullscreen && content ? (
          <DiagramFullscreen
            content={renameContent(content, `${uid.replace(/[^a-zA-Z0-9]/g, '')}fs`)}
            size={size}
            title={label}
            zoom={zoom}
            onZoom={setZoom}
            onClose={() => setFullscreen(false)}
          />
        ) : null}
      </Suspense>
    </figure>
  );
}

/** The full-screen copy gets its own ids, so it never clashes with the drawing on the page. */
function renameContent(content: CanvasContent, suffix: string): CanvasContent {
  const rename = (svg: string) => {
    const id = /^<svg\b[^>]*\sid="([^"]+)"/.exec(svg)?.[1];
    return id ? renameSvgIds(svg, id, `${id}-${suffix}`) : svg;
  };
  return content.kind === 'pair' ? { kind: 'pair', light: rename(content.light), dark: rename(content.dark) } : { ...content, svg: rename(content.svg) };
}
