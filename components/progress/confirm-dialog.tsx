'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { primaryButton, secondaryButton } from '@/components/quiz/styles';

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** `"danger"` for a confirm button that destroys data. */
  tone?: 'danger' | 'normal';
  onConfirm: () => void;
  /** Also called for Escape. */
  onCancel: () => void;
};

const danger =
  'inline-flex min-h-10 items-center justify-center rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200';

/**
 * A modal question with Cancel first and focused, so Enter or Escape never destroys anything by
 * accident. The native `<dialog>` keeps focus inside and gives it back when closed.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, tone = 'normal', onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-[var(--line)] bg-[var(--page)] p-0 text-[var(--ink)] shadow-xl backdrop:bg-black/50"
    >
      {open ? (
        <div className="grid gap-4 p-5">
          <h2 id={titleId} className="text-xl font-bold">
            {title}
          </h2>
          <div id={bodyId} className="grid gap-2">
            {children}
          </div>
          <div className="flex flex-wrap justify-end gap-3">
            <button type="button" className={secondaryButton} onClick={onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" className={tone === 'danger' ? danger : primaryButton} onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
