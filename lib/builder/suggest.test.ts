import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { PANEL, panelDesign } from './panel';
import { loadScenarios } from './scenarios';
import { couplingGraph, modularity, scalingFactor, suggestCut } from './suggest';
import { allInOne, makeCapability as cap, makeInteraction as call, makeScenario, oneServiceEach } from './test-factories';

const groupsOf = (d: ReturnType<typeof suggestCut>['design']) => {
  const m = new Map<string, string[]>();
  for (const [c, s] of Object.entries(d.placement)) m.set(s, [...(m.get(s) ?? []), c].sort());
  return [...m.values()].sort((x, y) => x[0]!.localeCompare(y[0]!));
};

describe('couplingGraph', () => {
  it('weighs calls by frequency, async half, and adds shared data and change coupling', () => {
    const s = makeScenario({
      capabilities: [cap('a', { writes: ['d'], changesWith: ['b'] }), cap('b', { writes: ['d'] }), cap('c')],
      data: [{ id: 'd', name: 'Data' }],
      interactions: [call('a', 'b', { weight: 3 }), call('b', 'c', { weight: 2, kind: 'async' })],
    });
    const ties = couplingGraph(s);
    expect(ties.find((t) => t.a === 'a' && t.b === 'b')?.weight).toBe(3 + 2 + 2);
    expect(ties.find((t) => t.a === 'b' && t.b === 'c')?.weight).toBe(1);
  });

  it('weakens ties between different scaling profiles, GPU most', () => {
    expect(scalingFactor('steady', 'steady')).toBe(1);
    expect(scalingFactor('gpu', 'steady')).toBe(0.2);
    expect(scalingFactor('spiky', 'steady')).toBe(0.5);
  });
});

describe('suggestCut', () => {
  // Two tight triangles joined by one light call: the textbook two-community graph.
  const s = makeScenario({
    capabilities: ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => cap(id, { changesWith: [] })),
    interactions: [
      call('a', 'b', { weight: 3 }), call('b', 'c', { weight: 3 }), call('c', 'a', { weight: 3 }),
      call('x', 'y', { weight: 3 }), call('y', 'z', { weight: 3 }), call('z', 'x', { weight: 3 }),
      call('c', 'x', { weight: 0.5 }),
    ],
  });

  it('is deterministic', () => {
    expect(suggestCut(s)).toEqual(suggestCut(s));
  });

  it('splits accelerator work off the rest when traffic is not light', () => {
    const gpu = makeScenario({ ...s, capabilities: s.capabilities.map((c) => (c.id === 'c' ? { ...c, scaling: 'gpu' as const } : c)) });
    expect(groupsOf(suggestCut(gpu).design)).toContainEqual(['c']);
  });

  const scenarios = loadScenarios();
  for (const sc of scenarios) {
    describe(sc.id, () => {
      const result = suggestCut(sc);
      it('proposes no cut with a problem finding, at least as good as every cut of the expert panel', () => {
        expect(result.evaluation.findings.filter((f) => f.severity === 'problem').map((f) => f.title)).toEqual([]);
        const entry = PANEL.find((p) => p.scenario === sc.id)!;
        for (const cut of entry.cuts) expect(result.evaluation.score, cut.id).toBeGreaterThanOrEqual(evaluate(sc, panelDesign(sc, cut)).score);
        expect(result.evaluation.score).toBeGreaterThan(Math.min(evaluate(sc, allInOne(sc)).score, evaluate(sc, oneServiceEach(sc)).score));
      });

      it('names services as a person would and explains each in words', () => {
        for (const svc of result.design.services) expect(svc.name).not.toMatch(/\+\d|svc-|modularity|resolution/);
        expect(new Set(result.design.services.map((x) => x.name)).size).toBe(result.design.services.length);
        expect(result.reasons).toHaveLength(result.design.services.length);
        for (const r of [...result.reasons, ...result.steps]) expect(r).not.toMatch(/modularity|resolution|\+0\.|undefined|NaN/);
        expect(result.steps.at(-1)).toMatch(/references score/);
      });
    });
  }

  it('explains why the small models share a service', () => {
    const chat = suggestCut(scenarios.find((x) => x.id === 'chatqna-pipeline')!);
    const small = chat.design.services.find((x) => x.name === 'Small models');
    expect(small).toBeDefined();
    expect(chat.reasons.join(' ')).toMatch(/Small models: .*Embedding.* use small accelerators/);
    expect(chat.reasons.join(' ')).toMatch(/LLM serving stands alone: it needs large accelerators/);
  });
});

describe('modularity', () => {
  it('is 0 for one group and negative for all singletons', () => {
    const ties = [{ a: 'a', b: 'b', weight: 1, reasons: [] }];
    expect(modularity(ties, new Map([['a', 0], ['b', 0]]))).toBeCloseTo(0);
    expect(modularity(ties, new Map([['a', 0], ['b', 1]]))).toBeLessThan(0);
  });
});
