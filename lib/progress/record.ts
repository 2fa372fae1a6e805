import * as v from 'valibot';
import type { RecordSpec } from '@/lib/storage/versioned';

/**
 * What the browser keeps about reading (`sb:progress`): which lessons the learner finished and
 * when, where they were last, and the name they want on their certificate. The reducers are
 * pure; marking a lesson read keeps the first date, so a second pass never moves it.
 */

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(120));
/** ISO time, e.g. `"2025-03-01T10:00:00.000Z"`. */
const isoTime = v.pipe(v.string(), v.maxLength(40));

const lessonReadSchema = v.object({
  readAt: isoTime,
  /** `"end"`: the learner scrolled to the end; `"marked"`: they pressed "Mark as done". */
  via: v.picklist(['end', 'marked']),
});
/** One finished lesson, e.g. `{ readAt: "2025-03-01T10:00:00.000Z", via: "end" }`. */
type LessonRead = v.InferOutput<typeof lessonReadSchema>;

const lastVisitSchema = v.object({
  /** e.g. `"migration-strategies"` */
  slug,
  /** The heading id the learner had scrolled to, e.g. `"the-big-bang"`; null at the top. */
  section: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  /** That heading's text, e.g. `"The big bang"`, so the home page can name it. */
  heading: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  at: isoTime,
});
/** Where the learner was last, for "Continue where you left off". */
type LastVisit = v.InferOutput<typeof lastVisitSchema>;

const readingProgressSchema = v.object({
  /** Lesson slug → when it was finished. */
  lessons: v.record(slug, lessonReadSchema),
  last: v.nullable(lastVisitSchema),
  /** The name the learner typed for their certificate, e.g. `"Ada Lovelace"`; stays in this browser. */
  certificateName: v.pipe(v.string(), v.maxLength(120)),
});
export type ReadingProgress = v.InferOutput<typeof readingProgressSchema>;

export const readingProgressSpec: RecordSpec<ReadingProgress> = {
  key: 'sb:progress',
  version: 1,
  schema: readingProgressSchema,
  migrations: {},
  empty: () => ({ lessons: {}, last: null, certificateName: '' }),
};

/** Marks a lesson read. A lesson already read keeps its first date and how it was finished. */
export function markRead(progress: ReadingProgress, lesson: string, via: LessonRead['via'], at: string): ReadingProgress {
  if (progress.lessons[lesson]) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lesson]: { readAt: at, via } } };
}

/** Undoes "Mark as done" (or an accidental scroll to the end). */
export function markUnread(progress: ReadingProgress, lesson: string): ReadingProgress {
  if (!progress.lessons[lesson]) return progress;
  const lessons = { ...progress.lessons };
  delete lessons[lesson];
  return { ...progress, lessons };
}

/** Remembers where the learner is. Returns the same object when nothing changed, so no write is needed. */
export function visit(progress: ReadingProgress, place: Omit<LastVisit, 'at'>, at: string): ReadingProgress {
  const last = progress.last;
  if (last && last.slug === place.slug && last.section === place.section && last.heading === place.heading) return progress;
  return { ...progress, last: { ...place, at } };
}

export function setCertificateName(progress: ReadingProgress, name: string): ReadingProgress {
  return { ...progress, certificateName: name.slice(0, 120) };
}
