/**
 * Shared button looks for the quiz; targets are at least 40 px tall (WCAG 2.5.8 asks 24). A
 * button fades when it is disabled itself (`[disabled]`) or not ready yet (`aria-disabled`,
 * before hydration, with "Getting the quiz ready…" beside it), not for the disabled fieldset.
 */
const base =
  'inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] [&[disabled]]:cursor-not-allowed [&[disabled]]:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';
export const primaryButton = `${base} bg-[var(--accent)] text-[var(--accent-ink)] hover:opacity-90`;
export const secondaryButton = `${base} border border-[var(--line)] bg-[var(--page)] hover:bg-[var(--panel)]`;
