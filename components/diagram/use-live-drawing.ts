'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DiagramError } from '@/lib/diagram/errors';
import type { DiagramTheme } from '@/lib/diagram/theme';

/** The live-drawing code (and Mermaid after it) loads the first time something is drawn live. */
export const loadLive = () => import('@/lib/diagram/live');

/** The live drawing: the last SVG that rendered (kept through errors) and the current error. */
type LiveDrawing = { svg: string | null; error: DiagramError | null; clear: () => void };

const OFFLINE: DiagramError = { message: 'The live renderer could not be loaded. Check your connection and try again.' };

/**
 * Draws `source` in the browser whenever it or the theme changes, `delay` ms after the last
 * change (debounced typing). `null` draws nothing. A result that arrives after a newer request
 * is dropped, so fast typing and StrictMode's double effects never show an older drawing.
 */
export function useLiveDrawing(source: string | null, theme: DiagramTheme, delay: number): LiveDrawing {
  const [svg, setSvg] = useState<string | null>(null);
  const [error, setError] = useState<DiagramError | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (source === null) return;
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      loadLive()
        .then((live) => live.drawLive(source, theme))
        .then(
          (result) => {
            if (request !== latest.current) return;
            if ('svg' in result) {
              setSvg(result.svg);
              setError(null);
            } else setError(result.error);
          },
          () => {
            if (request === latest.current) setError(OFFLINE);
          },
        );
    }, delay);
    return () => window.clearTimeout(timer);
  }, [source, theme, delay]);

  const clear = useCallback(() => {
    latest.current += 1;
    setSvg(null);
    setError(null);
  }, []);

  return { svg: source === null ? null : svg, error: source === null ? null : error, clear };
}
