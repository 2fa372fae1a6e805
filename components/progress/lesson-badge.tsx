'use client';
import { readingProgressSpec } from '@/lib/progress/record';
import { quizProgressSpec } from '@/lib/quiz/progress';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { percent } from './format';

/**
 * A lesson's progress on the course map: read, and its quiz best. Empty in the server HTML (the
 * page stays static); filled in after hydration from this browser's records.
 */
export function LessonBadge({ slug }: { slug: string }) {
  const [reading] = useStoredRecord(readingProgressSpec);
  const [quiz] = useStoredRecord(quizProgressSpec);
  const read = !!reading.data.lessons[slug];
  const best = quiz.data.quizzes[slug]?.best;
  if (!read && !best) return null;
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {read ? (
        <span className="rounded-full border border-emerald-700 px-2 text-xs font-semibold leading-5 text-emerald-800 dark:border-emerald-400 dark:text-emerald-200">
          <span aria-hidden="true">✓ </span>Read
        </span>
      ) : null}
      {best ? (
        <span className="rounded-full border border-[var(--line)] px-2 text-xs font-semibold leading-5">Quiz best {percent(best)}</span>
      ) : null}
    </span>
  );
}

/** "2 of 4 lessons read" for a module on the course map, once anything in it is read. */
export function ModuleProgress({ slugs }: { slugs: string[] }) {
  const [reading] = useStoredRecord(readingProgressSpec);
  const read = slugs.filter((s) => reading.data.lessons[s]).length;
  if (read === 0) return null;
  return (
    <span className="ml-2 whitespace-nowrap text-sm font-semibold text-[var(--muted)]">
      {read === slugs.length ? 'All lessons read' : `${read} of ${slugs.length} lessons read`}
    </span>
  );
}
