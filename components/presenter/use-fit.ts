'use client';
import { useLayoutEffect, useRef } from 'react';

/**
 * The least a slide's type may shrink: the smallest text on a slide is 0.8em (slide.css), and
 * 0.72 × 0.8 × 31.4 px ≈ 18.1 px at 1280×720, the floor for text read across a room.
 */
export const MIN_FIT = 0.72;

/**
 * Shrinks a slide's type (the `--fit` factor of slide.css) just enough that its content fits the
 * frame, when the build-time split (lib/presenter/paginate.ts) left it a little long; never below
 * MIN_FIT. Runs again when the slide changes or the frame is resized. Marks the frame
 * `data-fitted` once settled, for tests and print.
 */
export function useFit<T extends HTMLElement>(key: unknown) {
  const frame = useRef<T>(null);
  useLayoutEffect(() => {
    const el = frame.current;
    const slide = el?.querySelector<HTMLElement>('.slide');
    if (!el || !slide) return;
    const fit = () => {
      el.removeAttribute('data-fitted');
      let factor = 1;
      slide.style.setProperty('--fit', '1');
      // Text rewraps as it shrinks, so height goes roughly with the square of the type size.
      for (let i = 0; i < 6; i++) {
        const over = Math.max(el.scrollHeight / Math.max(el.clientHeight, 1), el.scrollWidth / Math.max(el.clientWidth, 1));
        if (over <= 1.001 || factor <= MIN_FIT) break;
        factor = Math.max(MIN_FIT, factor / Math.sqrt(over) - 0.005);
        slide.style.setProperty('--fit', String(factor));
      }
      el.setAttribute('data-fitted', '');
    };
    fit();
    let frameId = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frameId);
      frameId = requestAnimationFrame(fit);
    });
    observer.observe(el);
    // A poll's revealed answer grows the slide without resizing the frame.
    const mutations = new MutationObserver(() => {
      cancelAnimationFrame(frameId);
      frameId = requestAnimationFrame(fit);
    });
    mutations.observe(slide, { childList: true, subtree: true });
    void document.fonts?.ready.then(fit);
    return () => {
      observer.disconnect();
      mutations.disconnect();
      cancelAnimationFrame(frameId);
    };
  }, [key]);
  return frame;
}
