import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
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
    capabilities: ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => cap(id)),
    interactions: [
      call('a', 'b', { weight: 3 }), call('b', 'c', { weight: 3 }), call('c', 'a', { weight: 3 }),
      call('x', 'y', { weight: 3 }), call('y', 'z', { weight: 3 }), call('z', 'x', { weight: 3 }),
      call('c', 'x', { weight: 0.5 }),
    ],
  });

  it('finds the two communities of a barbell graph', () => {
    expect(groupsOf(suggestCut(s).design)).toEqual([['a', 'b', 'c'], ['x', 'y', 'z']]);
  });

  it('reports the modularity it reached and explains each step', () => {
    const { design, steps, modularity: q } = suggestCut(s);
    expect(q).toBeGreaterThan(0.4);
    expect(steps[0]).toMatch(/coupling graph: 6 capabilities, 7 ties/);
    expect(steps.some((t) => /joins/.test(t))).toBe(true);
    expect(steps.at(-1)).toMatch(/Result: 2 services/);
    expect(design.services.every((svc) => svc.name.length > 0)).toBe(true);
  });

  it('is deterministic', () => {
    expect(suggestCut(s)).toEqual(suggestCut(s));
  });

  it('splits GPU work off its cluster', () => {
    const gpu = makeScenario({ ...s, capabilities: s.capabilities.map((c) => (c.id === 'c' ? { ...c, scaling: 'gpu' as const } : c)) });
    expect(groupsOf(suggestCut(gpu).design)).toContainEqual(['c']);
  });

  it('merges the most tied groups while the team has more services than its rules allow', () => {
    const islands = makeScenario({ capabilities: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cap(id)), context: { ...s.context, devopsCapacity: 'low' } });
    const { design } = suggestCut({ ...islands, interactions: [call('a', 'b', { weight: 4 }), call('c', 'd', { weight: 4 }), call('e', 'f', { weight: 4 }), call('b', 'c'), call('d', 'e', { weight: 0.2 })] });
    expect(design.services).toHaveLength(3);
    expect(groupsOf(design)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    const lowCapacity = makeScenario({ ...islands, context: { ...islands.context, devopsCapacity: 'low', teamSize: 2 } });
    const merged = suggestCut({ ...lowCapacity, interactions: [call('a', 'b', { weight: 4 }), call('c', 'd', { weight: 4 }), call('e', 'f', { weight: 4 }), call('b', 'c'), call('d', 'e', { weight: 0.2 })] });
    expect(merged.design.services).toHaveLength(2);
    expect(groupsOf(merged.design)).toEqual([['a', 'b', 'c', 'd'], ['e', 'f']]);
    expect(merged.steps.some((t) => /team of 2 should run at most 2 services, so merge A, B with C, D, the pair with the strongest remaining tie/.test(t))).toBe(true);
  });

  it('scores better than the monolith and one service each on most scenarios', () => {
    const scenarios = loadScenarios();
    const wins = scenarios.filter((sc) => {
      const e = evaluate(sc, suggestCut(sc).design).score;
      return e > Math.min(evaluate(sc, allInOne(sc)).score, evaluate(sc, oneServiceEach(sc)).score);
    });
    expect(wins.length).toBeGreaterThanOrEqual(scenarios.length - 1);
  });
});

describe('modularity', () => {
  it('is 0 for one group and negative for all singletons', () => {
    const ties = [{ a: 'a', b: 'b', weight: 1, reasons: [] }];
    expect(modularity(ties, new Map([['a', 0], ['b', 0]]))).toBeCloseTo(0);
    expect(modularity(ties, new Map([['a', 0], ['b', 1]]))).toBeLessThan(0);
  });
});
