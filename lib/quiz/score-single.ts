import type { SingleQuestion } from './schema';
import type { SingleResponse } from './responses';
import { graded, type Score } from './score';
import { validateSingle } from './validate-single';

/** One point for the right choice; a wrong choice brings its misconception note. */
export function scoreSingle(question: SingleQuestion, response: SingleResponse | null): Score {
  const invalid = validateSingle(question, response);
  if (invalid || !response) return invalid!;
  if (response.selected === question.answer) return graded(1, 1);
  const chosen = question.choices.find((c) => c.id === response.selected);
  return graded(0, 1, chosen?.feedback ? [chosen.feedback] : []);
}
