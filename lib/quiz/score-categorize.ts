import type { CategorizeQuestion } from './schema';
import type { CategorizeResponse } from './responses';
import { graded, type Score } from './score';
import { validateCategorize } from './validate-categorize';

/** One point per item in its right category; a misplaced item brings its note. */
export function scoreCategorize(question: CategorizeQuestion, response: CategorizeResponse | null): Score {
  const invalid = validateCategorize(question, response);
  if (invalid || !response) return invalid!;
  let earned = 0;
  const feedback: string[] = [];
  for (const item of question.items) {
    if (response.placements[item.id] === item.category) earned += 1;
    else if (item.feedback) feedback.push(item.feedback);
  }
  return graded(earned, question.items.length, feedback);
}
