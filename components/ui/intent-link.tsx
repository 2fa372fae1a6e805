'use client';
import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * A `next/link` that prefetches when the learner shows intent (pointer over it, focus, touch)
 * instead of when it scrolls into view. For the header, on every page, and for lists of many
 * lessons (sidebar, course map, glossary): prefetching them on sight would download the code
 * and data of pages most visits never open. A page's one obvious next step (the pager, "Start
 * the course") keeps next/link's prefetch on sight.
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
