import type { MultipleQuestion } from './schema';
import type { MultipleResponse } from './responses';
import { graded, type Score } from './score';
import { validateMultiple } from './validate-multiple';

/** The partial-credit rule, stated to the learner beside every select-all question. */
export const MULTIPLE_CREDIT_RULE =
  'Partial credit: one point for each right option you select, minus one for each wrong one, never below zero.';

/**
 * Scores by {@link MULTIPLE_CREDIT_RULE}, out of the number of right options, so selecting
 * everything earns nothing more than selecting nothing wrong.
 */
export function scoreMultiple(question: MultipleQuestion, response: MultipleResponse | null): Score {
  const invalid = validateMultiple(question, response);
  if (invalid || !response) return invalid!;
  const selected = new Set(response.selected);
  const key = new Set(question.answer);
  let hits = 0;
  let misses = 0;
  const feedback: string[] = [];
  for (const choice of question.choices) {
    if (selected.has(choice.id) && key.has(choice.id)) hits += 1;
    else if (selected.has(choice.id)) {
      misses += 1;
      if (choice.feedback) feedback.push(choice.feedback);
    } else if (key.has(choice.id)) {
      feedback.push(choice.feedback ?? `You left out “${choice.text}”, which also applies.`);
    }
  }
  return graded(Math.max(0, hits - misses), key.size, feedback);
}
