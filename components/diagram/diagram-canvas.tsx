'use client';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useCropped } from './use-cropped';
import styles from './diagram.module.css';
import { canvasWidth, stepZoom, type NaturalSize } from './zoom';

/**
 * What the canvas shows: a build-time drawing carrying both palettes (`themed`), the two theme
 * drawings of one diagram that could not be merged (`pair`, CSS shows one), or a live drawing.
 */
export type CanvasContent =
  | { kind: 'themed'; svg: string }
  | { kind: 'pair'; light: string; dark: string }
  | { kind: 'live'; svg: string };

type Props = {
  content: CanvasContent;
  size?: NaturalSize | null;
  zoom: number;
  onZoom: (zoom: number) => void;
  label: string;
  /** Fills its container (the full-screen view) instead of following the drawing's height. */
  fill?: boolean;
};

/**
 * A focusable frame the drawing scrolls inside: drag to pan (mouse and pen; touch scrolls
 * natively), arrow keys scroll, + and − zoom, 0 fits. Zooming keeps the centre in place.
 */
export function DiagramCanvas({ content, size, zoom, onZoom, label, fill }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const centre = useRef<{ x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const cropped = useCropped(frame);

  // The point at the centre of the frame, as a fraction of the canvas, kept as the learner
  // scrolls, so any zoom (buttons, keys) keeps that point in the centre.
  const onScroll = () => {
    const el = frame.current;
    if (!el || el.scrollWidth === 0) return;
    centre.current = {
      x: (el.scrollLeft + el.clientWidth / 2) / el.scrollWidth,
      y: (el.scrollTop + el.clientHeight / 2) / el.scrollHeight,
    };
  };

  const shownZoom = useRef(zoom);
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el || shownZoom.current === zoom) return;
    shownZoom.current = zoom;
    const { x, y } = centre.current ?? { x: 0.5, y: 0.5 };
    el.scrollLeft = x * el.scrollWidth - el.clientWidth / 2;
    el.scrollTop = y * el.scrollHeight - el.clientHeight / 2;
  }, [zoom]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') onZoom(stepZoom(zoom, 1));
    else if (event.key === '-' || event.key === '_') onZoom(stepZoom(zoom, -1));
    else if (event.key === '0') onZoom(1);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const el = frame.current;
    if (!el || event.pointerType === 'touch' || event.button !== 0) return;
    if (el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight) return;
    drag.current = { x: event.clientX, y: event.clientY, left: el.scrollLeft, top: el.scrollTop };
    el.setPointerCapture(event.pointerId);
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const el = frame.current;
    if (!el || !drag.current) return;
    el.scrollLeft = drag.current.left - (event.clientX - drag.current.x);
    el.scrollTop = drag.current.top - (event.clientY - drag.current.y);
  };
  const endDrag = () => {
    drag.current = null;
    setDragging(false);
  };

  const hint = (
    <p className={`${fill ? 'absolute bottom-1 left-1/2 -translate-x-1/2 rounded bg-[var(--page)] px-2' : 'mt-1 text-center'} text-xs text-[var(--muted)]`}>
      <span aria-hidden="true">← </span>Scroll sideways for the rest of the diagram<span aria-hidden="true"> →</span>
    </p>
  );
  const isCropped = cropped.left || cropped.right;

  return (
    <>
      <div className={`relative ${fill ? 'h-full' : ''}`}>
        <div
          ref={frame}
          role="group"
          aria-label={`${label}, zoom ${Math.round(zoom * 100)}%`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onScroll={onScroll}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          className={`${styles.frame} ${dragging ? styles.grabbing : zoom > 1 ? styles.grabbable : ''} ${fill ? 'h-full' : ''} rounded-md`}
        >
          <div className={styles.canvas} style={{ width: canvasWidth(size, zoom, fill ? 'screen' : 'page') }}>
            {content.kind === 'pair' ? (
              <>
                <div className={styles.light} data-diagram-theme="light" dangerouslySetInnerHTML={{ __html: content.light }} />
                <div className={styles.dark} data-diagram-theme="dark" dangerouslySetInnerHTML={{ __html: content.dark }} />
              </>
            ) : (
              <div data-diagram-theme={content.kind === 'themed' ? 'both' : 'live'} dangerouslySetInnerHTML={{ __html: content.svg }} />
            )}
          </div>
        </div>
        {/* The cue that more of the drawing lies sideways: the cropped edge fades, and words say so. */}
        {cropped.left ? <div aria-hidden="true" data-scroll-cue="left" className={`${styles.fade} ${styles.fadeLeft}`} /> : null}
        {cropped.right ? <div aria-hidden="true" data-scroll-cue="right" className={`${styles.fade} ${styles.fadeRight}`} /> : null}
        {fill && isCropped ? hint : null}
      </div>
      {!fill && isCropped ? hint : null}
    </>
  );
}
