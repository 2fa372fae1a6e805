import { describe, expect, it } from 'vitest';
import { coAssignment, splitPairs } from './co-assignment';

const ids = ['a', 'b', 'c'];

describe('coAssignment', () => {
  it('counts the share of submissions that put each pair in one service', () => {
    const m = coAssignment(ids, [
      { a: 's1', b: 's1', c: 's2' },
      { a: 'x', b: 'y', c: 'y' },
      { a: 'p', b: 'p', c: 'p' },
      { a: 'one', b: 'one', c: 'two' },
    ]);
    expect(m.submissions).toBe(4);
    expect(m.together[0]![1]).toBe(3);
    expect(m.share[0]![1]).toBe(0.75);
    expect(m.share[1]![2]).toBe(0.5);
    expect(m.share[0]![2]).toBe(0.25);
    expect(m.share[2]![0]).toBe(0.25);
    expect(m.share[1]![1]).toBe(1);
  });

  it('leaves a capability nobody placed out of every pair instead of counting it as apart', () => {
    const m = coAssignment(ids, [{ a: 's', b: 's' }, { a: 's', b: 's', c: 's' }]);
    expect(m.both[0]![2]).toBe(1);
    expect(m.share[0]![2]).toBe(1);
    expect(m.share[0]![1]).toBe(1);
    const none = coAssignment(ids, [{ a: 's', b: 's' }]);
    expect(none.share[2]![2]).toBeNull();
    expect(none.share[0]![2]).toBeNull();
  });

  it('ignores capabilities the scenario does not have', () => {
    const m = coAssignment(ids, [{ a: 's', zzz: 's' }]);
    expect(m.both[0]![0]).toBe(1);
    expect(m.ids).toEqual(ids);
  });

  it('gives an empty class a matrix of nulls', () => {
    const m = coAssignment(ids, []);
    expect(m.submissions).toBe(0);
    expect(m.share.flat().every((s) => s === null)).toBe(true);
  });
});

describe('splitPairs', () => {
  it('lists the pairs nearest a 50/50 split first and skips the agreed ones', () => {
    const m = coAssignment(ids, [
      { a: '1', b: '1', c: '1' },
      { a: '1', b: '1', c: '2' },
      { a: '1', b: '1', c: '2' },
      { a: '1', b: '1', c: '1' },
    ]);
    const pairs = splitPairs(m);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['a-c', 'b-c']);
    expect(pairs[0]!.share).toBe(0.5);
  });
});
