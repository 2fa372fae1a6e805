import type { MatchingQuestion } from './schema';
import type { MatchingResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this matching be graded? Every left-hand item needs a known target. */
export function validateMatching(question: MatchingQuestion, response: MatchingResponse | null): Incomplete | null {
  const matches = response?.matches ?? {};
  const targets = new Set(question.targets.map((t) => t.id));
  const pairs = new Set(question.pairs.map((p) => p.id));
  if (Object.entries(matches).some(([pair, target]) => !pairs.has(pair) || !targets.has(target))) {
    return incomplete('Part of that answer is not among the options; match again.');
  }
  const done = question.pairs.filter((p) => matches[p.id]).length;
  if (done < question.pairs.length) return incomplete(`Match every item first (${done} of ${question.pairs.length} matched).`);
  return null;
}
