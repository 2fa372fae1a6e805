/**
 * The one result every grader returns. `incomplete` means "not answered enough to grade",
 * never "wrong"; the message tells the learner what is missing.
 */
export type Score =
  | { type: 'incomplete'; message: string }
  | {
      type: 'graded';
      /** Points earned, e.g. `1`. */
      earned: number;
      /** Points available, e.g. `2`. */
      total: number;
      /** Misconception notes specific to what was entered; empty when fully right. */
      feedback: string[];
    };

export type Incomplete = Extract<Score, { type: 'incomplete' }>;
export type Graded = Extract<Score, { type: 'graded' }>;

export const incomplete = (message: string): Incomplete => ({ type: 'incomplete', message });

export const graded = (earned: number, total: number, feedback: string[] = []): Graded => ({ type: 'graded', earned, total, feedback });

/** Fully right: every point earned. */
export const isCorrect = (score: Score | null | undefined): boolean => score?.type === 'graded' && score.earned === score.total;
