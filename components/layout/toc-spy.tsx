'use client';
import { useEffect } from 'react';
import { currentSection } from '@/lib/content/current-section';

/** The reading line, just under the sticky header (html's scroll-padding-top is 4.5rem). */
const LINE = 96;

/**
 * Marks the "On this page" link of the section being read (`aria-current="location"`) in every
 * copy of the list (phone and desktop), as the learner scrolls. Renders nothing.
 */
export function TocSpy({ ids }: { ids: string[] }) {
  useEffect(() => {
    let frame = 0;
    let last: string | null = null;
    const update = () => {
      frame = 0;
      const headings = ids.flatMap((id) => {
        const el = document.getElementById(id);
        return el && el.checkVisibility() ? [{ id, top: el.getBoundingClientRect().top }] : [];
      });
      const current = currentSection(headings, LINE);
      if (current === last) return;
      last = current;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="On this page"] a')) {
        if (link.hash === `#${current}`) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ids]);
  return null;
}
