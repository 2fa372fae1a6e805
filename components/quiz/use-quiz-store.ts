'use client';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { quizProgressSpec, type QuizProgress } from '@/lib/quiz/progress';

/**
 * Quiz progress for components: the stored data, a plain-words notice when it could not be read,
 * and `save` to apply a pure update. Grading never depends on any of it. Storage that is blocked
 * or full is said once for the whole page, by the site's storage notice.
 */
export function useQuizStore() {
  const [read, record] = useStoredRecord(quizProgressSpec);

  let notice: string | null = null;
  if (read.status === 'corrupt') {
    notice =
      `Your saved quiz answers could not be read (${read.message.replace(/\.$/, '')}), so your quizzes start fresh. ` +
      (read.backupKey ? `A copy of the old data was kept in this browser under “${read.backupKey}”.` : 'The old data is left as it was until your next answer.');
  } else if (read.status === 'future') {
    notice = `${read.message} Your answers here are graded but not saved, so the newer data stays safe.`;
  }

  const save = (update: (progress: QuizProgress) => QuizProgress) => {
    record?.update(update);
  };

  return { progress: read.data, record, notice, save };
}
