import type { MatchingQuestion } from './schema';
import type { MatchingResponse } from './responses';
import { graded, type Score } from './score';
import { validateMatching } from './validate-matching';

/** One point per right pair; a wrong pair brings its note. */
export function scoreMatching(question: MatchingQuestion, response: MatchingResponse | null): Score {
  const invalid = validateMatching(question, response);
  if (invalid || !response) return invalid!;
  let earned = 0;
  const feedback: string[] = [];
  for (const pair of question.pairs) {
    if (response.matches[pair.id] === pair.answer) earned += 1;
    else if (pair.feedback) feedback.push(pair.feedback);
  }
  return graded(earned, question.pairs.length, feedback);
}
