import type { OrderingQuestion } from './schema';
import type { OrderingResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this ordering be graded? It must be untouched-free and hold each item exactly once. */
export function validateOrdering(question: OrderingQuestion, response: OrderingResponse | null): Incomplete | null {
  if (!response) return incomplete('Put the items in order first: they start shuffled.');
  const expected = new Set(question.items.map((i) => i.id));
  const given = new Set(response.order);
  if (response.order.length !== expected.size || given.size !== expected.size || [...given].some((id) => !expected.has(id))) {
    return incomplete('That order does not hold this question’s items; reorder them and check again.');
  }
  return null;
}
