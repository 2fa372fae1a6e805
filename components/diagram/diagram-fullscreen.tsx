'use client';
import { useEffect, useId, useRef } from 'react';
import { DiagramCanvas, type CanvasContent } from './diagram-canvas';
import { ZoomControls } from './zoom-controls';
import type { NaturalSize } from './zoom';
import styles from './diagram.module.css';

type Props = {
  content: CanvasContent;
  size?: NaturalSize | null;
  title: string;
  zoom: number;
  onZoom: (zoom: number) => void;
  onClose: () => void;
};

/**
 * The full-screen view: a modal `<dialog>` (focus moves in, Escape closes, the page behind is
 * inert, focus returns to the button that opened it). A dialog rather than the Fullscreen API,
 * which phones do not offer for ordinary elements.
 */
export function DiagramFullscreen({ content, size, title, zoom, onZoom, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  return (
    <dialog ref={dialog} aria-labelledby={titleId} onClose={onClose} className={styles.fullscreen}>
      <div className="flex h-full flex-col">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-[var(--line)] px-4 py-2">
          <p id={titleId} className="font-semibold">
            {title}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <ZoomControls zoom={zoom} onZoom={onZoom} />
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="inline-flex min-h-9 items-center rounded-md border border-[var(--line)] px-3 text-sm font-medium hover:border-[var(--accent)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
            >
              Close full screen
            </button>
          </div>
        </div>
        <div className="min-h-0 flex-1 p-4">
          <DiagramCanvas content={content} size={size} zoom={zoom} onZoom={onZoom} label={title} fill />
        </div>
      </div>
    </dialog>
  );
}
