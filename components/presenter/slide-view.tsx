import type { ReactNode } from 'react';

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
 * One slide in a frame that scales its type to the frame (container units, see presenter.css),
 * so the same slide reads from the back of a room on the projector and fits the console.
 * The frame scrolls when a slide runs long, and can be focused to scroll with the keyboard.
 */
export function SlideView({ index, count, title, blank = false, preview = false, children }: Props) {
  return (
    <section
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
