'use client';
import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps a CSS variable on `host` equal to the measured height of `bar`, in px, so the layout can
 * reserve exactly the room a floating bar takes (presenter.css: the slide frame ends above the
 * control bar, whatever its height on this screen). The slide's own ResizeObserver (use-fit.ts)
 * then refits it to the room that is left.
 */
export function useReserve<H extends HTMLElement, B extends HTMLElement>(variable: string) {
  const host = useRef<H>(null);
  const bar = useRef<B>(null);
  useLayoutEffect(() => {
    const hostEl = host.current;
    const barEl = bar.current;
    if (!hostEl || !barEl) return;
    const set = (height: number) => hostEl.style.setProperty(variable, `${Math.ceil(height)}px`);
    set(barEl.getBoundingClientRect().height);
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      set(box ? box.blockSize : barEl.getBoundingClientRect().height);
    });
    observer.observe(barEl);
    return () => observer.disconnect();
  }, [variable]);
  return { host, bar };
}
