'use client';
import { useEffect, useState } from 'react';
import { currentSection } from '@/lib/content/current-section';

/**
 * The reading line, in px from the top of the viewport: where a heading lands when its link is
 * followed (html's scroll-padding-top plus the heading's scroll-margin-top), and a little more.
 */
function readingLine(heading: HTMLElement): number {
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const margin = parseFloat(getComputedStyle(heading).scrollMarginTop) || 0;
  return Math.round(padding + margin + 16);
}

/**
 * The heading of the copy of this page that is on screen: lessons kept hidden by `<Activity>`
 * (display:none) may hold headings with the same ids.
 */
function visibleHeading(id: string): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(`[id="${CSS.escape(id)}"]`)) {
    if (el.checkVisibility()) return el;
  }
  return null;
}

/**
 * The id of the section being read, among `ids` (the page's headings in order): null until the
 * page has been measured. An IntersectionObserver whose root ends at the reading line tells when
 * a heading crosses it; only then are the headings measured again.
 */
export function useCurrentSection(ids: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join('\n');
  useEffect(() => {
    const headings = key.split('\n').flatMap((id) => visibleHeading(id) ?? []);
    if (headings.length === 0) return;
    const line = readingLine(headings[0]!);
    const update = () => setCurrent(currentSection(headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })), line));
    const observer = new IntersectionObserver(update, { rootMargin: `-${line}px 0px 0px 0px`, threshold: [0, 1] });
    for (const h of headings) observer.observe(h);
    return () => observer.disconnect();
  }, [key]);
  return current;
}
