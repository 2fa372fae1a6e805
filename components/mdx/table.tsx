import type { ComponentProps } from 'react';

type Props = ComponentProps<'table'> & { 'data-columns'?: string };

/**
 * Every Markdown table scrolls inside its own keyboard-reachable frame, never the page. The
 * frame is named after the table's columns (set at build time), so each one is distinct.
 */
export function Table({ 'data-columns': columns, ...props }: Props) {
  return (
    <div className="table-frame" role="region" aria-label={columns ? `Table: ${columns}` : 'Table'} tabIndex={0}>
      <table {...props} />
    </div>
  );
}
