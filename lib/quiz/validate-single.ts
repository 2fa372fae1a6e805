import type { SingleQuestion } from './schema';
import type { SingleResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this single-choice response be graded? `null` when it can. */
export function validateSingle(question: SingleQuestion, response: SingleResponse | null): Incomplete | null {
  if (!response?.selected) return incomplete('Choose an answer first.');
  if (!question.choices.some((c) => c.id === response.selected)) return incomplete('That answer is not one of the options; choose again.');
  return null;
}
