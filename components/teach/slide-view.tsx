'use client';
import type { ReactNode } from 'react';
import { useFit } from './use-fit';

type Props = {
  index: number;
  count: number;
  title: string;
  blank?: boolean;
  /** A preview (the console's "next slide"): not focusable, not read out twice. */
  preview?: boolean;
  children: ReactNode;
};

/**
 * One slide in a frame that scales its type to the frame (container units, see slide.css),
 * so the same slide reads from the back of a room on the projector and fits the console.
 * A slide the build split a little long is shrunk to fit (use-fit.ts); should one still run
 * long, the frame scrolls, and can be focused to scroll with the keyboard.
 */
export function SlideView({ index, count, title, blank = false, preview = false, children }: Props) {
  const frame = useFit<HTMLElement>(`${index}:${title}`);
  return (
    <section
      ref={frame}
      className="slide-frame"
      data-blank={blank || undefined}
      aria-roledescription="slide"
      aria-label={`Slide ${index + 1} of ${count}: ${title}`}
      data-preview={preview || undefined}
      tabIndex={preview ? undefined : 0}
      inert={preview || blank}
    >
      <div className="slide prose prose-slate dark:prose-invert">{children}</div>
    </section>
  );
}
