import { builderRecord } from '@/lib/builder/saved-designs';
import { quizProgressSpec } from '@/lib/quiz/progress';
import type { RecordSpec } from '@/lib/storage/versioned';
import { readingProgressSpec } from './record';

/** One kind of record the site keeps, with the words a learner would use for it. */
export type KnownRecord = {
  spec: RecordSpec<unknown>;
  /** What the record holds, in a sentence's middle, e.g. `"quiz answers"`. */
  label: string;
};

/**
 * Every `sb:*` record the site keeps: what an export contains, what an import may restore and
 * what "Reset progress" clears. A feature that stores something new adds one line here.
 */
export const KNOWN_RECORDS: KnownRecord[] = [
  { spec: readingProgressSpec as RecordSpec<unknown>, label: 'lessons read' },
  { spec: quizProgressSpec as RecordSpec<unknown>, label: 'quiz answers and scores' },
  { spec: builderRecord as RecordSpec<unknown>, label: 'builder designs and best scores' },
];
