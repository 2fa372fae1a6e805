'use client';
import { useReactFlow } from '@xyflow/react';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

type Drag = { id: string; label: string; x: number; y: number; moved: boolean };
type Start = (id: string, label: string, event: React.PointerEvent) => void;

const PaletteDragContext = createContext<Start | null>(null);

/** Pixels a pointer must travel before a press becomes a drag (below that it is a click). */
const THRESHOLD = 4;

/**
 * Dragging a capability from the palette onto the canvas with pointer events (mouse, pen and
 * touch alike), after xyflow's drag-and-drop example: a provider owns the drag, palette items
 * start it with `usePaletteDrag()`, and the drop is reported in canvas coordinates.
 */
export function PaletteDragProvider({ onDrop, children }: { onDrop: (id: string, at: { x: number; y: number }) => void; children: ReactNode }) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const { screenToFlowPosition } = useReactFlow();

  const start: Start = useCallback((id, label, event) => {
    if (event.button !== 0) return;
    dragRef.current = { id, label, x: event.clientX, y: event.clientY, moved: false };
  }, []);

  useEffect(() => {
    const move = (e: PointerEvent) => {
      const d = dragRef.current;
      if (!d) return;
      if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < THRESHOLD) return;
      dragRef.current = { ...d, x: e.clientX, y: e.clientY, moved: true };
      setDrag(dragRef.current);
    };
    const up = (e: PointerEvent) => {
      const d = dragRef.current;
      dragRef.current = null;
      setDrag(null);
      if (!d?.moved) return;
      const over = document.elementFromPoint(e.clientX, e.clientY);
      if (over?.closest('.react-flow__pane, .react-flow__node')) onDrop(d.id, screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    };
    const cancel = () => {
      dragRef.current = null;
      setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, [onDrop, screenToFlowPosition]);

  return (
    <PaletteDragContext.Provider value={start}>
      {children}
      {drag?.moved ? (
        <div className="palette-ghost rounded-lg border-2 border-[var(--accent)] bg-[var(--page)] px-3 py-2 text-sm font-semibold shadow-lg" style={{ left: drag.x, top: drag.y }} aria-hidden="true">
          {drag.label}
        </div>
      ) : null}
    </PaletteDragContext.Provider>
  );
}

/** Starts a palette drag from a pointer press; a press that does not move stays a click. */
export function usePaletteDrag(): Start {
  const start = useContext(PaletteDragContext);
  if (!start) throw new Error('usePaletteDrag must be used inside <PaletteDragProvider>');
  return start;
}
