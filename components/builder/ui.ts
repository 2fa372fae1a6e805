/** Shared class names for the builder's controls, so every button looks and focuses alike (40 px targets, above the 24 px minimum of WCAG 2.2 AA). */
export const buttonClass =
  'inline-flex min-h-10 items-center gap-1 rounded-md border border-[var(--line)] bg-[var(--page)] px-3 text-sm font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] disabled:cursor-not-allowed disabled:opacity-50';

export const fieldClass =
  'min-h-10 rounded-md border border-[var(--line)] bg-[var(--page)] px-2 text-sm text-[var(--ink)] focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[var(--accent)]';
