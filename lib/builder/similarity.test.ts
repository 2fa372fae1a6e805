import { describe, expect, it } from 'vitest';
import { mojoDistance, mojoFM, pairwiseScore, type Partition } from './similarity';

/** Fewest Move/Join operations from a to b, by breadth-first search over partitions (tiny inputs only). */
function bruteMojo(a: Partition, b: Partition): number {
  const canon = (groups: string[][]) => groups.map((g) => [...g].sort().join(',')).filter(Boolean).sort().join('|');
  const groupsOf = (p: Partition) => {
    const m = new Map<string, string[]>();
    for (const [e, c] of Object.entries(p)) m.set(c, [...(m.get(c) ?? []), e]);
    return [...m.values()];
  };
  const target = canon(groupsOf(b));
  let frontier = [groupsOf(a)];
  const seen = new Set([canon(frontier[0]!)]);
  for (let steps = 0; ; steps++) {
    const next: string[][][] = [];
    for (const groups of frontier) {
      if (canon(groups) === target) return steps;
      const candidates: string[][][] = [];
      groups.forEach((g, i) =>
        g.forEach((e) => {
          const without = groups.map((h, k) => (k === i ? h.filter((x) => x !== e) : h));
          groups.forEach((_, j) => j !== i && candidates.push(without.map((h, k) => (k === j ? [...h, e] : h))));
          candidates.push([...without, [e]]);
        }),
      );
      for (let i = 0; i < groups.length; i++)
        for (let j = i + 1; j < groups.length; j++)
          candidates.push([...groups.filter((_, k) => k !== i && k !== j), [...groups[i]!, ...groups[j]!]]);
      for (const c of candidates) {
        const clean = c.filter((g) => g.length > 0);
        const key = canon(clean);
        if (!seen.has(key)) {
          seen.add(key);
          next.push(clean);
        }
      }
    }
    frontier = next;
  }
}

function randomPartition(elements: string[], clusters: number, seed: number): Partition {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Object.fromEntries(elements.map((e) => [e, `c${Math.floor(rnd() * clusters)}`]));
}

describe('mojoDistance', () => {
  it('is zero for the same partition under other cluster names', () => {
    expect(mojoDistance({ a: 'x', b: 'x', c: 'y' }, { a: '1', b: '1', c: '2' })).toBe(0);
  });

  it('counts one join to merge two clusters', () => {
    expect(mojoDistance({ a: 'x', b: 'y' }, { a: '1', b: '1' })).toBe(1);
  });

  it('counts one move to pull an element out', () => {
    expect(mojoDistance({ a: 'x', b: 'x', c: 'x' }, { a: '1', b: '1', c: '2' })).toBe(1);
  });

  it('matches an exhaustive search on 60 random pairs of small partitions', () => {
    const elements = ['a', 'b', 'c', 'd', 'e'];
    for (let seed = 1; seed <= 60; seed++) {
      const a = randomPartition(elements, 1 + (seed % 4), seed);
      const b = randomPartition(elements, 1 + ((seed * 7) % 4), seed * 31 + 7);
      expect(mojoDistance(a, b), JSON.stringify({ a, b })).toBe(bruteMojo(a, b));
    }
  });

  it('compares only the elements both partitions hold', () => {
    expect(mojoDistance({ a: 'x', b: 'x', z: 'q' }, { a: '1', b: '1' })).toBe(0);
  });
});

describe('mojoFM', () => {
  it('is 100 for a match and 0 for the farthest cut', () => {
    const b = { a: '1', b: '1', c: '1', d: '1' };
    expect(mojoFM({ a: 'x', b: 'x', c: 'x', d: 'x' }, b)).toBe(100);
    expect(mojoFM({ a: 'w', b: 'x', c: 'y', d: 'z' }, b)).toBe(0);
  });

  it('gives partial credit in between', () => {
    // One join away from a reference of two pairs; the farthest cut is 2 operations away.
    expect(mojoFM({ a: 'x', b: 'x', c: 'y', d: 'z' }, { a: '1', b: '1', c: '2', d: '2' })).toBe(50);
  });
});

describe('pairwiseScore', () => {
  it('scores precision, recall and F1 over element pairs', () => {
    // A groups {a,b,c}: pairs ab ac bc; B groups {a,b},{c}: pair ab.
    const s = pairwiseScore({ a: 'x', b: 'x', c: 'x' }, { a: '1', b: '1', c: '2' });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it('gives F1 0 for all singletons against a reference with pairs', () => {
    expect(pairwiseScore({ a: 'x', b: 'y' }, { a: '1', b: '1' })).toEqual({ precision: 1, recall: 0, f1: 0 });
  });

  it('agrees fully when neither side groups anything', () => {
    expect(pairwiseScore({ a: 'x', b: 'y' }, { a: '1', b: '2' }).f1).toBe(1);
  });
});
