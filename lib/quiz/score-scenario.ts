import type { ScenarioQuestion } from './schema';
import type { ScenarioResponse } from './responses';
import { graded, type Score } from './score';
import { validateScenario } from './validate-scenario';

/** Two points: the recommended architecture and the reason; each wrong part brings its note. */
export function scoreScenario(question: ScenarioQuestion, response: ScenarioResponse | null): Score {
  const invalid = validateScenario(question, response);
  if (invalid || !response) return invalid!;
  const feedback: string[] = [];
  let earned = 0;
  if (response.choice === question.answer.choice) earned += 1;
  else feedback.push(question.choices.find((c) => c.id === response.choice)?.feedback ?? '');
  if (response.reason === question.answer.reason) earned += 1;
  else feedback.push(question.reasons.find((r) => r.id === response.reason)?.feedback ?? '');
  return graded(earned, 2, feedback.filter(Boolean));
}
