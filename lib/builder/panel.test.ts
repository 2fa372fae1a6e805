import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Scenario } from './model';
import { PANEL, PANEL_MARGIN, panelDesign, withContext, type PanelCut, type PanelPair } from './panel';
import { loadScenarios } from './scenarios';

const scenarios = new Map(loadScenarios().map((s) => [s.id, s]));

function scoreOf(scenario: Scenario, cuts: PanelCut[], id: string): number {
  const cut = cuts.find((c) => c.id === id);
  if (!cut) throw new Error(`${scenario.id}: the panel has no cut "${id}"`);
  return evaluate(scenario, panelDesign(scenario, cut)).score;
}

function checkPairs(scenario: Scenario, cuts: PanelCut[], pairs: PanelPair[]) {
  for (const [better, worse, why] of pairs) {
    it(`${better} > ${worse}: ${why}`, () => {
      const b = scoreOf(scenario, cuts, better);
      const w = scoreOf(scenario, cuts, worse);
      expect(b - w, `${better} ${b} vs ${worse} ${w}`).toBeGreaterThanOrEqual(PANEL_MARGIN);
    });
  }
}

describe('the expert panel', () => {
  it('covers every scenario with at least six cuts, the monolith, one service per capability and every reference', () => {
    expect(PANEL.map((p) => p.scenario).sort()).toEqual([...scenarios.keys()].sort());
    for (const entry of PANEL) {
      const s = scenarios.get(entry.scenario)!;
      expect(entry.cuts.length, entry.scenario).toBeGreaterThanOrEqual(6);
      const shapes = entry.cuts.map((c) => panelDesign(s, c)).map((d) => d.services.length);
      expect(shapes, `${entry.scenario}: a monolith`).toContain(1);
      expect(shapes, `${entry.scenario}: one service per capability`).toContain(s.capabilities.length);
      for (const ref of s.references) expect(entry.cuts.some((c) => c.reference === ref.id) || entry.scenario === 'streaming-platform', `${entry.scenario}: ${ref.id}`).toBe(true);
      expect(entry.pairs.length).toBeGreaterThanOrEqual(4);
    }
  });

  for (const entry of PANEL) {
    const scenario = scenarios.get(entry.scenario)!;
    describe(entry.scenario, () => {
      checkPairs(scenario, entry.cuts, entry.pairs);
      for (const v of entry.variants) {
        describe(`variant: ${v.title}`, () => checkPairs(withContext(scenario, v.context), [...entry.cuts, ...(v.cuts ?? [])], v.pairs));
      }
    });
  }
});
