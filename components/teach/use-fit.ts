'use client';
import { useLayoutEffect, useRef } from 'react';

/** The smallest text a slide may show, in CSS pixels: the floor for text read across a room. */
const MIN_TEXT_PX = 18.3;
/** Never shrink a slide to less than this, whatever its smallest text. */
const MIN_FIT = 0.55;

/** The smallest text on a slide relative to its body size (diagram labels aside: they scale with the drawing). */
function smallestText(slide: HTMLElement): number {
  const base = parseFloat(getComputedStyle(slide).fontSize) || 1;
  let smallest = 1;
  for (const node of slide.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('svg, .sr-only')) continue;
    if (![...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim())) continue;
    smallest = Math.min(smallest, parseFloat(getComputedStyle(node).fontSize) / base);
  }
  return smallest;
}

/**
 * Shrinks a slide's type (the `--fit` factor of slide.css) just enough that its content fits the
 * frame, when the build-time split (lib/teach/paginate.ts) left it a little long; never so
 * far that its smallest text drops below MIN_TEXT_PX. Runs again when the slide changes or the frame is resized. Marks the frame
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
      // In pixels, not as a share of the body: the body's size follows the frame's height, which
      // the control bar and the window decide (at 1280×720 it is about 30.7 px, not 31.4).
      const body = parseFloat(getComputedStyle(slide).fontSize) || 1;
      const floor = Math.max(MIN_FIT, MIN_TEXT_PX / (body * smallestText(slide)));
      // Text rewraps as it shrinks, so height goes roughly with the square of the type size.
      for (let i = 0; i < 6; i++) {
        const over = Math.max(el.scrollHeight / Math.max(el.clientHeight, 1), el.scrollWidth / Math.max(el.clientWidth, 1));
        if (over <= 1.001 || factor <= floor) break;
        factor = Math.max(floor, factor / Math.sqrt(over) - 0.005);
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
