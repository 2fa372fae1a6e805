import type { ComponentProps } from 'react';

/** Every Markdown table scrolls inside its own keyboard-reachable frame, never the page. */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-frame" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}
