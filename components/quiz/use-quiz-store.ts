'use client';
import { useState, useSyncExternalStore } from 'react';
import { defaultBackend } from '@/lib/storage/browser-store';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { quizProgressSpec, type QuizProgress } from '@/lib/quiz/progress';

let persistent: boolean | undefined;
/** Probed once per page: can this browser keep data after the page closes? */
const canPersist = () => (persistent ??= defaultBackend().persistent);
const noSubscribe = () => () => {};

/**
 * Quiz progress for components: the stored data, a plain-words notice when it could not be read
 * or cannot be saved, and `save` to apply a pure update. Grading never depends on any of it.
 */
export function useQuizStore() {
  const [read, record] = useStoredRecord(quizProgressSpec);
  const canSave = useSyncExternalStore(noSubscribe, canPersist, () => true);
  const [writeError, setWriteError] = useState<string | null>(null);

  let notice: string | null = null;
  if (read.status === 'corrupt') {
    notice =
      `Your saved quiz answers could not be read (${read.message.replace(/\.$/, '')}), so your quizzes start fresh. ` +
      (read.backupKey ? `A copy of the old data was kept in this browser under “${read.backupKey}”.` : 'The old data is left as it was until your next answer.');
  } else if (read.status === 'future') {
    notice = `${read.message} Your answers here are graded but not saved, so the newer data stays safe.`;
  } else if (!canSave) {
    notice = 'This browser is not letting the site save anything (private browsing, or storage is turned off). The quiz still grades your answers; they last until you leave this page.';
  } else if (writeError) {
    notice = writeError;
  }

  const save = (update: (progress: QuizProgress) => QuizProgress) => {
    if (!record) return;
    const result = record.update(update);
    if (!result.ok && result.message !== writeError) setWriteError(result.message);
  };

  return { progress: read.data, record, notice, save };
}
