import type { TrueFalseQuestion } from './schema';
import type { TrueFalseResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this true/false-and-why response be graded? Both parts are needed. */
export function validateTrueFalse(question: TrueFalseQuestion, response: TrueFalseResponse | null): Incomplete | null {
  if (response?.verdict === null || response?.verdict === undefined) return incomplete('Say whether the statement is true or false.');
  if (!response.reason) return incomplete('Choose the reason why.');
  if (!question.reasons.some((r) => r.id === response.reason)) return incomplete('That reason is not one of the options; choose again.');
  return null;
}
