import * as v from 'valibot';
import type { Certainty, QuizProgress } from './progress';
import { scoreQuestion } from './registry';
import { responseSchemas } from './responses';
import type { Question } from './schema';
import type { Score } from './score';

type Restorable = { key: string; quizId: string; question: Question };
type RestoredEntry = { response: unknown; certainty: Certainty | null; score: Score };

/**
 * The saved last answers worth showing again, graded afresh by today's question (the stored
 * score is not trusted: the question may have changed). A saved response that no longer fits
 * its question is skipped, never shown half-broken.
 */
export function restoredEntries(items: Restorable[], progress: QuizProgress): Record<string, RestoredEntry> {
  const out: Record<string, RestoredEntry> = {};
  for (const item of items) {
    const last = progress.quizzes[item.quizId]?.questions[item.question.id]?.last;
    if (!last) continue;
    const parsed = v.safeParse(responseSchemas[item.question.type], last.response);
    if (!parsed.success) continue;
    const score = scoreQuestion(item.question, parsed.output);
    if (score.type === 'graded') out[item.key] = { response: parsed.output, certainty: last.certainty, score };
  }
  return out;
}
