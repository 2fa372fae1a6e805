import type { Scenario } from '@/lib/builder/model';

/** Capability id → its display name, falling back to the id. */
export function capabilityNamer(scenario: Scenario): (id: string) => string {
  const names = new Map(scenario.capabilities.map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? id;
}

/** A share as a whole percentage, e.g. `0.456` → `"46%"`. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "1 learner", "3 learners". */
export const learners = (n: number) => `${n} ${n === 1 ? 'learner' : 'learners'}`;
