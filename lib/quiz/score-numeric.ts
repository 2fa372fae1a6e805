import type { NumericQuestion } from './schema';
import type { NumericResponse } from './responses';
import { graded, type Score } from './score';
import { parseNumber, validateNumeric } from './validate-numeric';

/** One point within the tolerance; a known wrong value brings the misconception behind it. */
export function scoreNumeric(question: NumericQuestion, response: NumericResponse | null): Score {
  const invalid = validateNumeric(response);
  if (invalid || !response) return invalid!;
  const value = parseNumber(response.value)!;
  if (Math.abs(value - question.answer.value) <= question.answer.tolerance) return graded(1, 1);
  const mistake = question.mistakes.find((m) => Math.abs(value - m.value) <= m.tolerance);
  return graded(0, 1, mistake ? [mistake.feedback] : []);
}
