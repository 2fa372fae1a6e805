'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MoreIcon } from './bar-icons';

type Props = {
  /** The button's name, e.g. `"More"`. */
  label: string;
  /** The links it holds, each an `<a>` or `<Link>`; wrapped in list items here. */
  children: ReactNode[];
};

/**
 * The control bar's overflow: a disclosure button that opens a short list of links above the bar,
 * so the bar stays one row on a projector. Esc, a click outside or moving focus away closes it;
 * Esc here closes the list and does not leave the presentation.
 */
export function BarMenu({ label, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open]);
  return (
    <div
      className="presenter-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // The window's presenter keys skip a handled event (use-presenter-keys.ts).
        e.preventDefault();
        setOpen(false);
        root.current?.querySelector('button')?.focus();
      }}
      onBlur={(e) => {
        if (e.relatedTarget && !root.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
    >
      <button type="button" className="presenter-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {label}
        <MoreIcon />
      </button>
      <ul id={id} className="presenter-menu-list" hidden={!open}>
        {children.map((child, i) => (
          <li key={i}>{child}</li>
        ))}
      </ul>
    </div>
  );
}
