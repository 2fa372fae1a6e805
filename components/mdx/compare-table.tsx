import type { ReactNode } from 'react';

/**
 * Wraps a Markdown table that compares options. On narrow screens each row becomes a card whose
 * cells carry their column names (see `.compare-table` in globals.css), so it reads at 360 px.
 */
export function CompareTable({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <figure className="compare-table my-6">
      {caption ? <figcaption className="mb-2 text-sm font-semibold text-[var(--muted)]">{caption}</figcaption> : null}
      {children}
    </figure>
  );
}
