'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { readingProgressSpec } from '@/lib/progress/record';
import { continueTarget, type Catalogue } from '@/lib/progress/summary';
import { useStoredRecord } from '@/lib/storage/use-stored-record';

type Props = {
  modules: Catalogue['modules'];
  /** Shown as it is when the learner has not started: the server HTML, so the page stays static. */
  children: ReactNode;
};

const primary =
  'no-print inline-flex min-h-12 items-center rounded-md bg-[var(--accent)] px-6 font-semibold text-[var(--accent-ink)] hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]';

/** The home page's main button: "Start the course" for a newcomer, "Continue where you left off" for a returning learner. */
export function ContinueLink({ modules, children }: Props) {
  const [reading] = useStoredRecord(readingProgressSpec);
  const target = continueTarget({ modules }, reading.data);
  if (!target) return <>{children}</>;
  const where = target.heading ? `${target.number}. ${target.lessonTitle}, at “${target.heading}”` : `${target.number}. ${target.lessonTitle}`;
  return (
    <div className="grid gap-1">
      <Link href={target.href} className={primary}>
        {target.started ? 'Continue where you left off' : 'Continue with the next lesson'}
      </Link>
      <p className="text-sm text-[var(--muted)]">{where}</p>
    </div>
  );
}

/** "5 of 27 lessons read" beside the course map heading, linking to the progress page. */
export function CourseProgressLine({ slugs }: { slugs: string[] }) {
  const [reading] = useStoredRecord(readingProgressSpec);
  const read = slugs.filter((s) => reading.data.lessons[s]).length;
  return (
    <p className="text-sm text-[var(--muted)]">
      {read > 0 ? `${read} of ${slugs.length} lessons read. ` : null}
      <Link href="/progress" className="font-medium text-[var(--accent)] underline underline-offset-2">
        See your progress
      </Link>
    </p>
  );
}
