import type { OrderingQuestion } from './schema';
import type { OrderingResponse } from './responses';
import { graded, type Score } from './score';
import { validateOrdering } from './validate-ordering';

/** Authors list the items in the right order. */
const orderingAnswer = (question: OrderingQuestion): string[] => question.items.map((i) => i.id);

/** One point per item in its right place; each misplaced item may bring its own note. */
export function scoreOrdering(question: OrderingQuestion, response: OrderingResponse | null): Score {
  const invalid = validateOrdering(question, response);
  if (invalid || !response) return invalid!;
  const key = orderingAnswer(question);
  let earned = 0;
  const feedback: string[] = [];
  key.forEach((id, position) => {
    if (response.order[position] === id) earned += 1;
    else {
      const item = question.items.find((i) => i.id === id);
      if (item?.feedback) feedback.push(item.feedback);
    }
  });
  return graded(earned, key.length, feedback);
}
