'use client';
import { ToolbarLabel } from './toolbar-icon';
import { stepZoom, ZOOM_STEPS } from './zoom';

export const BUTTON =
  'inline-flex min-h-9 min-w-9 items-center justify-center rounded-md border border-[var(--line)] bg-[var(--page)] px-2 text-sm font-medium hover:border-[var(--accent)] md:px-2.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] disabled:cursor-not-allowed disabled:opacity-60';

/** Zoom out, zoom in and fit, with the current zoom as text. */
export function ZoomControls({ zoom, onZoom }: { zoom: number; onZoom: (zoom: number) => void }) {
  return (
    <div role="group" aria-label="Zoom" className="flex items-center gap-1">
      <button type="button" className={BUTTON} aria-label="Zoom out" disabled={zoom <= ZOOM_STEPS[0]} onClick={() => onZoom(stepZoom(zoom, -1))}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className={BUTTON} aria-label="Zoom in" disabled={zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1]!} onClick={() => onZoom(stepZoom(zoom, 1))}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className={BUTTON} onClick={() => onZoom(1)} disabled={zoom === 1}>
        <ToolbarLabel icon="fit" label="Fit" />
        <span className="sr-only"> to width</span>
      </button>
      <span className="min-w-[3.5ch] text-right text-xs tabular-nums text-[var(--muted)]" aria-hidden="true">
        {Math.round(zoom * 100)}%
      </span>
    </div>
  );
}
