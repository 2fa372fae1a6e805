/** The zoom steps of a diagram; 1 fits the frame's width. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

/** The next step up (`+1`) or down (`-1`) from the current zoom, staying within the steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > zoom + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-6) ?? ZOOM_STEPS[0];
}

/** A drawing's natural size in px, from its viewBox. */
export type NaturalSize = { width: number; height: number };

/**
 * The canvas width at a zoom. In the page, zoom 1 fits the frame's width but never shrinks a
 * drawing below 60 % of its natural size (labels stay readable; the frame scrolls instead). Full
 * screen, zoom 1 fits the whole drawing on the screen, height included.
 */
export function canvasWidth(size: NaturalSize | null | undefined, zoom: number, mode: 'page' | 'screen' = 'page'): string {
  if (!size || !size.width || !size.height) return `${zoom * 100}%`;
  const w = Math.round(size.width);
  if (mode === 'screen') return `calc(min(100%, ${w}px, (100dvh - 7rem) * ${(size.width / size.height).toFixed(3)}) * ${zoom})`;
  return `calc(max(min(100%, ${w}px), ${Math.round(size.width * 0.6)}px) * ${zoom})`;
}
