import type { TrueFalseQuestion } from './schema';
import type { TrueFalseResponse } from './responses';
import { graded, type Score } from './score';
import { validateTrueFalse } from './validate-true-false';

/** Two points: one for the verdict, one for the reason; each wrong part brings its own note. */
export function scoreTrueFalse(question: TrueFalseQuestion, response: TrueFalseResponse | null): Score {
  const invalid = validateTrueFalse(question, response);
  if (invalid || !response) return invalid!;
  const feedback: string[] = [];
  let earned = 0;
  if (response.verdict === question.answer.verdict) earned += 1;
  else feedback.push(question.verdictFeedback);
  if (response.reason === question.answer.reason) earned += 1;
  else {
    const reason = question.reasons.find((r) => r.id === response.reason);
    if (reason?.feedback) feedback.push(reason.feedback);
  }
  return graded(earned, 2, feedback);
}
