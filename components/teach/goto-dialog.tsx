'use client';
import { useEffect, useId, useRef, useState } from 'react';

type Props = {
  open: boolean;
  count: number;
  current: number;
  titles: string[];
  onGo: (slide: number) => void;
  onClose: () => void;
};

/** "Go to slide" (key G): a number, or a pick from the slide titles. Esc or Cancel closes it. */
export function GotoDialog({ open, count, current, titles, onGo, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [value, setValue] = useState(String(current + 1));

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      setValue(String(current + 1));
      el.showModal();
      // The number is pre-filled and selected, so typing 7 on slide 3 means 7, not 37.
      const input = el.querySelector('input');
      requestAnimationFrame(() => input?.select());
    } else if (!open && el.open) el.close();
  }, [open, current]);

  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= count;
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} className="presenter-dialog" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          onGo(n - 1);
          onClose();
        }}
      >
        <h2 id={`${id}-title`}>Go to a slide</h2>
        <label htmlFor={`${id}-number`}>Slide number (1 to {count})</label>
        <input
          id={`${id}-number`}
          type="number"
          min={1}
          max={count}
          value={value}
          autoFocus
          aria-describedby={`${id}-which`}
          aria-invalid={!valid}
          onChange={(e) => setValue(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
        />
        <p id={`${id}-which`} className="presenter-dialog-hint">
          {valid ? titles[n - 1] : `Enter a number from 1 to ${count}.`}
        </p>
        <div className="presenter-dialog-actions">
          <button type="submit" className="presenter-button" disabled={!valid}>
            Go
          </button>
          <button type="button" className="presenter-button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
