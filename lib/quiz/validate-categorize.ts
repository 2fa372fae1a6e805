import type { CategorizeQuestion } from './schema';
import type { CategorizeResponse } from './responses';
import type { Incomplete } from './score';
import { validateMapping } from './validate-mapping';

/** Can this sorting be graded? Every item needs a known category. */
export function validateCategorize(question: CategorizeQuestion, response: CategorizeResponse | null): Incomplete | null {
  return validateMapping(
    response?.placements ?? {},
    question.items.map((i) => i.id),
    question.categories.map((c) => c.id),
    { redo: 'sort', verb: 'Place', done: 'placed' },
  );
}
