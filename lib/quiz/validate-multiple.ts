import type { MultipleQuestion } from './schema';
import type { MultipleResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this select-all-that-apply response be graded? `null` when it can. */
export function validateMultiple(question: MultipleQuestion, response: MultipleResponse | null): Incomplete | null {
  if (!response || response.selected.length === 0) return incomplete('Select at least one option.');
  const known = new Set(question.choices.map((c) => c.id));
  if (new Set(response.selected).size !== response.selected.length || response.selected.some((id) => !known.has(id))) {
    return incomplete('Part of that answer is not among the options; select again.');
  }
  return null;
}
