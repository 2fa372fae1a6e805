'use client';
import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * A `next/link` that prefetches when the learner shows intent (pointer over it, focus, touch)
 * instead of when it scrolls into view. For the links on every page (the header): prefetching
 * them all on sight would download the code of pages most visits never open.
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
