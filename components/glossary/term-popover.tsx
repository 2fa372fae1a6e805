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
  // Opens above the term when there is no room below it on screen.
  const [above, setAbove] = useState(false);
  const tipId = useId();
  const tipRef = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    if (!open || !tipRef.current) return;
    // Keep the popover inside the viewport on narrow screens.
    const rect = tipRef.current.getBoundingClientRect();
    const overflow = rect.right - (window.innerWidth - 8);
    if (overflow > 0) setShift((s) => s - overflow);
    else if (rect.left < 8) setShift((s) => s + (8 - rect.left));
    const term = tipRef.current.parentElement?.getBoundingClientRect();
    if (term && rect.bottom > window.innerHeight - 8 && term.top - rect.height - 4 >= 8) setAbove(true);
  }, [open]);

  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    setShift(0);
    setAbove(false);
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
        data-above={above || undefined}
        className="absolute top-full left-0 z-40 mt-1 block w-72 data-[above]:top-auto data-[above]:bottom-full data-[above]:mt-0 data-[above]:mb-1 dark:border-[var(--muted)] dark:shadow-black/60 max-w-[calc(100vw-1rem)] rounded-md border border-[var(--line)] bg-[var(--page)] p-3 text-left text-sm font-normal normal-case leading-snug tracking-normal text-[var(--ink)] shadow-lg"
      >
        {definition}
      </span>
    </span>
  );
}
