'use client';
import { useEffect, useState, type RefObject } from 'react';

/** Which sides of a scrolling frame hide part of its content, e.g. `{ left: false, right: true }`. */
export type Cropped = { left: boolean; right: boolean };

const NONE: Cropped = { left: false, right: false };

/**
 * Tells whether a frame's content runs past its left or right edge, measured when the frame or
 * its content changes size and when it scrolls. A hidden frame (zero width) is never cropped.
 */
export function useCropped(frame: RefObject<HTMLElement | null>): Cropped {
  const [cropped, setCropped] = useState<Cropped>(NONE);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth === 0) return setCropped((c) => (c.left || c.right ? NONE : c));
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setCropped((c) => (c.left === left && c.right === right ? c : { left, right }));
    };
    // A ResizeObserver reports each element once when observed, so this measures at start too.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [frame]);
  return cropped;
}
