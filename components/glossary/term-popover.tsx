'use client';
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Props = { definition: string; children: ReactNode };

/**
 * A glossary term in a lesson: hover, focus or tap shows its definition. The popover stays
 * while the pointer is over it, and Escape dismisses it (WCAG 1.4.13). Screen readers hear the
 * definition as the button's description.
 */
export function TermPopover({ definition, children }: Props) {
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const tipId = useId();
  const tipRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    if (!open || !tipRef.current) return;
    // Keep the popover inside the viewport on narrow screens.
    const rect = tipRef.current.getBoundingClientRect();
    const overflow = rect.right - (window.innerWidth - 8);
    if (overflow > 0) setShift((s) => s - overflow);
    else if (rect.left < 8) setShift((s) => s + (8 - rect.left));
  }, [open]);

  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    setShift(0);
  };

  return (
    <span className="relative inline" onMouseEnter={show} onMouseLeave={hide}>
      <button
        type="button"
        data-print-text
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={show}
        onBlur={hide}
        // A tap also focuses the button: showing (not toggling) keeps it open. Blur or Escape hides it.
        onClick={show}
        onKeyDown={(e) => {
          if (e.key === 'Escape') hide();
        }}
        className="inline cursor-help border-b border-dotted text-start border-current font-[inherit] text-[inherit] focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[var(--accent)]"
      >
        {children}
      </button>
      <span
        ref={tipRef}
        id={tipId}
        role="tooltip"
        hidden={!open}
        style={{ transform: `translateX(${shift}px)` }}
        className="absolute left-0 top-full z-40 mt-1 block w-72 max-w-[calc(100vw-1rem)] rounded-md border border-[var(--line)] bg-[var(--page)] p-3 text-left text-sm font-normal normal-case leading-snug tracking-normal text-[var(--ink)] shadow-lg"
      >
        {definition}
      </span>
    </span>
  );
}
