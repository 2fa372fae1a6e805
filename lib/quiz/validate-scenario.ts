import type { ScenarioQuestion } from './schema';
import type { ScenarioResponse } from './responses';
import { incomplete, type Incomplete } from './score';

/** Can this scenario answer be graded? It needs an architecture and a reason. */
export function validateScenario(question: ScenarioQuestion, response: ScenarioResponse | null): Incomplete | null {
  if (!response?.choice) return incomplete('Choose the architecture you would recommend.');
  if (!response.reason) return incomplete('Choose the reason for your recommendation.');
  if (!question.choices.some((c) => c.id === response.choice) || !question.reasons.some((r) => r.id === response.reason)) {
    return incomplete('Part of that answer is not among the options; choose again.');
  }
  return null;
}
