'use client';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { secondaryButton } from '@/components/quiz/styles';
import { useHydrated } from '@/components/ui/use-hydrated';
import { markRead, markUnread, readingProgressSpec } from '@/lib/progress/record';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { formatDay } from './format';
import { useSectionTracking } from './use-section-tracking';

/** How long the end of a lesson stays on screen before the lesson counts as read. */
const END_DWELL_MS = 1000;

/**
 * The end of a lesson: reaching it marks the lesson read; a button marks it done (or not) by
 * hand. It also remembers the section being read. Before hydration it shows the unread state,
 * as the server rendered it.
 */
export function LessonProgress({ slug }: { slug: string }) {
  const [read, record] = useStoredRecord(readingProgressSpec);
  const hydrated = useHydrated();
  const sentinel = useRef<HTMLDivElement>(null);
  // After "Mark as not done" the end is on screen: do not mark it read again during this visit.
  const undone = useRef(false);
  const [status, setStatus] = useState('');
  const done = read.data.lessons[slug];

  useSectionTracking(slug, sentinel, record);

  useEffect(() => {
    const target = sentinel.current;
    if (!record || !target || typeof IntersectionObserver === 'undefined') return;
    // The end must stay on screen for a moment: a fling past it does not count, and the button
    // does not change its label under a pointer that is about to press it.
    let dwell: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver((entries) => {
      clearTimeout(dwell);
      if (!entries.some((e) => e.isIntersecting)) return;
      dwell = setTimeout(() => {
        if (undone.current || record.read().data.lessons[slug]) return;
        const saved = record.update((p) => markRead(p, slug, 'end', new Date().toISOString()));
        if (saved.ok) setStatus('You reached the end: this lesson now counts as read.');
      }, END_DWELL_MS);
    });
    observer.observe(target);
    return () => {
      clearTimeout(dwell);
      observer.disconnect();
    };
  }, [record, slug]);

  // Progress saved by a newer version of the site is left untouched, so nothing here can change it.
  const frozen = read.status === 'future';
  const toggle = () => {
    if (!record || frozen) return;
    if (done) {
      undone.current = true;
      record.update((p) => markUnread(p, slug));
      setStatus('Marked as not done.');
    } else {
      record.update((p) => markRead(p, slug, 'marked', new Date().toISOString()));
      setStatus('Marked as done.');
    }
  };

  return (
    <>
      <div ref={sentinel} aria-hidden="true" className="h-px" />
      <div className="no-print mt-10 flex flex-wrap items-center gap-x-4 gap-y-3 rounded-lg border border-[var(--line)] bg-[var(--panel)] px-4 py-3">
        <p className="min-w-0 flex-1 basis-64">
          {frozen ? (
            `${read.message} So this page cannot mark lessons done; open the site in its newer version to keep your progress up to date.`
          ) : done ? (
            <>
              <span aria-hidden="true" className="mr-1 font-bold text-emerald-700 dark:text-emerald-300">
                ✓
              </span>
              You finished this lesson on {formatDay(done.readAt)}.{' '}
              <Link href="/progress" className="font-medium text-[var(--accent)] underline underline-offset-2">
                See your progress
              </Link>
            </>
          ) : (
            'Reaching the end of a lesson counts it as read. Finished another way? Mark it done.'
          )}
        </p>
        {/* Disabled until hydrated, so a click before React runs is never lost. */}
        <button type="button" className={secondaryButton} onClick={toggle} disabled={!hydrated || frozen}>
          {done ? 'Mark as not done' : 'Mark as done'}
        </button>
        <p role="status" className="sr-only">
          {status}
        </p>
      </div>
    </>
  );
}
