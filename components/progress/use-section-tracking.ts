'use client';
import { useEffect, type RefObject } from 'react';
import type { StoredRecord } from '@/lib/storage/browser-store';
import { visit, type ReadingProgress } from '@/lib/progress/record';

/**
 * A heading whose top is above this line is the one being read: a third of the way down, and
 * never above where a jump to `#section` puts a heading (scroll padding plus scroll margin).
 */
const readingLine = () => Math.max(200, window.innerHeight * 0.33);
const SETTLE_MS = 400;

/**
 * Remembers the lesson and the section heading the learner has reached, for "Continue where you
 * left off". It reads the article's own headings (the ones "On this page" links to) on load and
 * after scrolling settles, and writes only when the place changes.
 */
export function useSectionTracking(slug: string, anchor: RefObject<HTMLElement | null>, record: StoredRecord<ReadingProgress> | null) {
  useEffect(() => {
    const article = anchor.current?.closest('article');
    if (!record || !article) return;
    const headings = [...article.querySelectorAll<HTMLElement>('.prose > h2[id], .prose > h3[id]')];
    const save = () => {
      let current: HTMLElement | null = null;
      const line = readingLine();
      for (const h of headings) {
        if (h.getBoundingClientRect().top > line) break;
        current = h;
      }
      const place = { slug, section: current?.id ?? null, heading: current?.textContent?.trim().slice(0, 200) ?? null };
      const before = record.read().data;
      const next = visit(before, place, new Date().toISOString());
      if (next !== before) record.update(() => next);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SETTLE_MS);
    };
    // After the browser has jumped to a #section in the address.
    timer = setTimeout(save, SETTLE_MS);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [slug, anchor, record]);
}
