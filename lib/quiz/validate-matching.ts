import type { MatchingQuestion } from './schema';
import type { MatchingResponse } from './responses';
import type { Incomplete } from './score';
import { validateMapping } from './validate-mapping';

/** Can this matching be graded? Every left-hand item needs a known target. */
export function validateMatching(question: MatchingQuestion, response: MatchingResponse | null): Incomplete | null {
  return validateMapping(
    response?.matches ?? {},
    question.pairs.map((p) => p.id),
    question.targets.map((t) => t.id),
    { redo: 'match', verb: 'Match', done: 'matched' },
  );
}
