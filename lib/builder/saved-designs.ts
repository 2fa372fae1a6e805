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
  /**
   * Scenario id → the design set aside when a share link was opened over the learner's own, so
   * both are kept, e.g. `{ "flash-sale": { design: {…}, whose: "own" } }`. Optional: records
   * written before it existed have none.
   */
  kept?: Record<string, KeptDesign>;
};

/** A design set aside: the learner's own, or the one a share link brought. */
type KeptDesign = { design: unknown; whose: 'own' | 'shared' };

export const builderRecord: RecordSpec<SavedBuilder> = {
  key: 'sb:builder',
  version: 1,
  schema: v.object({
    designs: v.record(v.string(), v.unknown()),
    best: v.record(v.string(), v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    kept: v.optional(v.record(v.string(), v.object({ design: v.unknown(), whose: v.picklist(['own', 'shared']) }))),
  }),
  empty: () => ({ designs: {}, best: {} }),
};

type OpenedDesign = { design: Design; problem?: string };

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
  return { ...saved, designs: { ...saved.designs, [design.scenarioId]: design }, best };
}

/** Sets a design aside for its scenario (replacing an earlier one). */
export function keepAside(saved: SavedBuilder, design: Design, whose: KeptDesign['whose']): SavedBuilder {
  return { ...saved, kept: { ...saved.kept, [design.scenarioId]: { design, whose } } };
}

/** Forgets the design set aside for a scenario. */
export function forgetKept(saved: SavedBuilder, scenarioId: string): SavedBuilder {
  if (!saved.kept?.[scenarioId]) return saved;
  return { ...saved, kept: Object.fromEntries(Object.entries(saved.kept).filter(([id]) => id !== scenarioId)) };
}

/** The design set aside for a scenario, when it still fits the scenario. */
export function keptDesign(saved: SavedBuilder, scenario: Scenario): { design: Design; whose: KeptDesign['whose'] } | null {
  const kept = saved.kept?.[scenario.id];
  if (!kept) return null;
  const checked = checkDesign(scenario, kept.design);
  return checked.success ? { design: checked.data, whose: kept.whose } : null;
}
