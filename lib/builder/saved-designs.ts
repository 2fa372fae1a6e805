import * as v from 'valibot';
import type { RecordSpec } from '@/lib/storage/versioned';
import { emptyDesign } from './design-actions';
import { checkDesign } from './design-schema';
import type { Design, Scenario } from './model';

/**
 * The builder's saved data (`sb:builder`): each scenario's latest design and the learner's best
 * score. Designs are kept as they were stored and checked one scenario at a time when opened, so
 * one damaged design never costs the learner the others.
 */
export type SavedBuilder = {
  /** Scenario id → the last design, e.g. `{ "flash-sale": { scenarioId: "flash-sale", … } }`. */
  designs: Record<string, unknown>;
  /** Scenario id → best score out of 100, e.g. `{ "flash-sale": 82 }`. */
  best: Record<string, number>;
};

export const builderRecord: RecordSpec<SavedBuilder> = {
  key: 'sb:builder',
  version: 1,
  schema: v.object({
    designs: v.record(v.string(), v.unknown()),
    best: v.record(v.string(), v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  }),
  empty: () => ({ designs: {}, best: {} }),
};

export type OpenedDesign = { design: Design; problem?: string };

/** The design to open for a scenario: the saved one when it still fits the scenario, else a fresh one with a reason. */
export function openSavedDesign(saved: SavedBuilder, scenario: Scenario): OpenedDesign {
  const stored = saved.designs[scenario.id];
  if (stored === undefined) return { design: emptyDesign(scenario.id) };
  const checked = checkDesign(scenario, stored);
  if (checked.success) return { design: checked.data };
  return {
    design: emptyDesign(scenario.id),
    problem: `Your saved design for this scenario could not be opened (${checked.error.replace(/\.$/, '')}), so you start from an empty canvas. Your next change replaces it.`,
  };
}

/** Saves a design and raises the best score, never lowering it (two tabs cannot erase progress). */
export function saveDesign(saved: SavedBuilder, design: Design, score: number | undefined): SavedBuilder {
  const best = { ...saved.best };
  if (score !== undefined && score > (best[design.scenarioId] ?? -1)) best[design.scenarioId] = Math.round(score);
  return { designs: { ...saved.designs, [design.scenarioId]: design }, best };
}
