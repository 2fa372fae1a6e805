'use client';
import { useEffect, useRef } from 'react';

/**
 * Scrolls a panel that just opened into view within its scrolling side panel, so pressing
 * "Suggest a cut" or "Show a reference design" visibly does something. Smooth unless the
 * learner asked for reduced motion.
 */
export function useReveal<T extends HTMLElement>(shown: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!shown || !ref.current) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    ref.current.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [shown]);
  return ref;
}
