import type { CategorizeQuestion } from './schema';
import type { CategorizeResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this sorting be graded? Every item needs a known category. */
export function validateCategorize(question: CategorizeQuestion, response: CategorizeResponse | null): Incomplete | null {
  const placements = response?.placements ?? {};
  const items = new Set(question.items.map((i) => i.id));
  const categories = new Set(question.categories.map((c) => c.id));
  if (Object.entries(placements).some(([item, cat]) => !items.has(item) || !categories.has(cat))) {
    return incomplete('Part of that answer is not among the options; sort again.');
  }
  const done = question.items.filter((i) => placements[i.id]).length;
  if (done < question.items.length) return incomplete(`Place every item first (${done} of ${question.items.length} placed).`);
  return null;
}
