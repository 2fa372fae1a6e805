import * as v from 'valibot';
import type { RecordSpec } from '@/lib/storage/versioned';

/**
 * What the browser keeps about quizzes (`sb:quiz`): per question the first, the best and the
 * last attempt (with its response, so a reload restores it) and how sure the learner was.
 * The reducers are pure and merge monotonically: an attempt never lowers the best.
 */

export const CERTAINTIES = ['low', 'medium', 'high'] as const;
/** How sure the learner said they were before checking: `"low"` is a guess, `"high"` is sure. */
export type Certainty = (typeof CERTAINTIES)[number];
export const CERTAINTY_LABELS: Record<Certainty, string> = { low: 'Guessing', medium: 'Fairly sure', high: 'Sure' };

const nonNegative = v.pipe(v.number(), v.minValue(0));
const positive = v.pipe(v.number(), v.gtValue(0));
const isoTime = v.pipe(v.string(), v.maxLength(40));

const attemptFields = {
  earned: nonNegative,
  total: positive,
  certainty: v.nullable(v.picklist(CERTAINTIES)),
  /** ISO time, e.g. `"2025-03-01T10:00:00.000Z"`. */
  at: isoTime,
};
const attemptSchema = v.object(attemptFields);
/** One graded check, e.g. `{ earned: 1, total: 2, certainty: "high", at: "2025-03-01T10:00:00.000Z" }`. */
export type Attempt = v.InferOutput<typeof attemptSchema>;

const questionProgressSchema = v.object({
  /** How many times the learner checked this question. */
  attempts: v.pipe(v.number(), v.integer(), v.minValue(1)),
  first: attemptSchema,
  best: attemptSchema,
  /** The latest check, with the response as entered (validated again when restored). */
  last: v.object({ ...attemptFields, response: v.unknown() }),
});
type QuestionProgress = v.InferOutput<typeof questionProgressSchema>;

const runSchema = v.object({ earned: nonNegative, total: positive, at: isoTime });
/** One finished pass through a quiz, e.g. `{ earned: 7, total: 10, at: "…" }`. */
type RunResult = v.InferOutput<typeof runSchema>;

const quizRecordSchema = v.object({
  questions: v.record(v.string(), questionProgressSchema),
  /** Finished passes (summary reached). */
  runs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  best: v.nullable(runSchema),
  last: v.nullable(runSchema),
});
type QuizRecord = v.InferOutput<typeof quizRecordSchema>;

const quizProgressSchema = v.object({ quizzes: v.record(v.string(), quizRecordSchema) });
export type QuizProgress = v.InferOutput<typeof quizProgressSchema>;

export const quizProgressSpec: RecordSpec<QuizProgress> = {
  key: 'sb:quiz',
  version: 1,
  schema: quizProgressSchema,
  migrations: {},
  empty: () => ({ quizzes: {} }),
};

const emptyQuiz = (): QuizRecord => ({ questions: {}, runs: 0, best: null, last: null });
const ratio = (a: { earned: number; total: number }) => a.earned / a.total;

/** Adds one graded check of a question. The first attempt is kept forever; the best only improves. */
export function recordAttempt(
  progress: QuizProgress,
  quizId: string,
  questionId: string,
  attempt: Attempt & { response: unknown },
): QuizProgress {
  const quiz = progress.quizzes[quizId] ?? emptyQuiz();
  const before = quiz.questions[questionId];
  const { response, ...result } = attempt;
  const next: QuestionProgress = before
    ? {
        attempts: before.attempts + 1,
        first: before.first,
        best: ratio(result) > ratio(before.best) ? result : before.best,
        last: { ...result, response },
      }
    : { attempts: 1, first: result, best: result, last: { ...result, response } };
  return { quizzes: { ...progress.quizzes, [quizId]: { ...quiz, questions: { ...quiz.questions, [questionId]: next } } } };
}

/**
 * Forgets the saved attempts of one quiz's questions that the quiz no longer has (a rewritten
 * question gets a new id, so its old attempts describe a question nobody can see). Other
 * quizzes are left alone: a page knows only its own quiz. Unchanged progress comes back as is.
 */
export function dropRemovedQuestions(progress: QuizProgress, quizId: string, questionIds: readonly string[]): QuizProgress {
  const quiz = progress.quizzes[quizId];
  if (!quiz) return progress;
  const keep = new Set(questionIds);
  const kept = Object.entries(quiz.questions).filter(([id]) => keep.has(id));
  if (kept.length === Object.keys(quiz.questions).length) return progress;
  return { quizzes: { ...progress.quizzes, [quizId]: { ...quiz, questions: Object.fromEntries(kept) } } };
}

/** Adds one finished pass through a quiz. */
export function recordRun(progress: QuizProgress, quizId: string, run: RunResult): QuizProgress {
  const quiz = progress.quizzes[quizId] ?? emptyQuiz();
  const best = !quiz.best || ratio(run) > ratio(quiz.best) ? run : quiz.best;
  return { quizzes: { ...progress.quizzes, [quizId]: { ...quiz, runs: quiz.runs + 1, best, last: run } } };
}

/** Why a question is due for review; the order is the priority. */
const REVIEW_REASONS = ['confident-wrong', 'missed', 'unsure'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

type ReviewEntry = { quizId: string; questionId: string; reason: ReviewReason; last: Attempt; attempts: number };

/**
 * The questions worth practising again, across every quiz: the latest attempt was not fully
 * right, or was right by a guess. Sure-and-wrong comes first (the most useful thing to
 * relearn), then the other misses, then lucky guesses; the longest unseen first within each.
 * Questions that no longer exist (`exists` says no) are skipped.
 */
export function reviewQueue(progress: QuizProgress, exists: (quizId: string, questionId: string) => boolean): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  for (const [quizId, quiz] of Object.entries(progress.quizzes)) {
    for (const [questionId, q] of Object.entries(quiz.questions)) {
      if (!exists(quizId, questionId)) continue;
      const right = q.last.earned === q.last.total;
      const reason: ReviewReason | null = !right ? (q.last.certainty === 'high' ? 'confident-wrong' : 'missed') : q.last.certainty === 'low' ? 'unsure' : null;
      if (reason) entries.push({ quizId, questionId, reason, last: q.last, attempts: q.attempts });
    }
  }
  return entries.sort((a, b) => REVIEW_REASONS.indexOf(a.reason) - REVIEW_REASONS.indexOf(b.reason) || a.last.at.localeCompare(b.last.at));
}
