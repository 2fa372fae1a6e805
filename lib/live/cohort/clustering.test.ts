import { describe, expect, it } from 'vitest';
import { coAssignment } from './co-assignment';
import { averageLinkage, consensusGroups, groupAgreement, groupsToPartition, seriate } from './clustering';

/** A class of `n` learners who all draw `groups`, under names of their own. */
const classOf = (n: number, groups: string[][]) =>
  Array.from({ length: n }, (_, k) => Object.fromEntries(groups.flatMap((g, i) => g.map((c) => [c, `learner${k}-svc${i}`]))));

describe('seriate', () => {
  it('puts the capabilities the class keeps together next to each other', () => {
    // Interleaved ids: a block order of (a, c, e) and (b, d) must come out contiguous.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const m = coAssignment(ids, classOf(4, [['a', 'c', 'e'], ['b', 'd']]));
    const order = seriate(m);
    expect(order).toHaveLength(5);
    const pos = (x: string) => order.indexOf(x);
    const span = (xs: string[]) => Math.max(...xs.map(pos)) - Math.min(...xs.map(pos));
    expect(span(['a', 'c', 'e'])).toBe(2);
    expect(span(['b', 'd'])).toBe(1);
  });

  it('gives the same order for the same class whatever the service names', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const one = seriate(coAssignment(ids, [{ a: 'x', b: 'y', c: 'x', d: 'y' }]));
    const two = seriate(coAssignment(ids, [{ a: 'Orders', b: 'Pay', c: 'Orders', d: 'Pay' }]));
    expect(one).toEqual(two);
  });

  it('orients merged blocks so the strongest pair meets at the seam', () => {
    const ids = ['a', 'b', 'c', 'd'];
    // a-b always together, c-d always together, b and c together in half the class.
    const m = coAssignment(ids, [
      { a: '1', b: '1', c: '2', d: '2' },
      { a: '1', b: '1', c: '1', d: '1' },
    ]);
    const order = seriate(m);
    const pos = (x: string) => order.indexOf(x);
    expect(Math.abs(pos('a') - pos('b'))).toBe(1);
    expect(Math.abs(pos('c') - pos('d'))).toBe(1);
  });
});

describe('consensusGroups', () => {
  it('recovers the cut a unanimous class drew', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const groups = consensusGroups(coAssignment(ids, classOf(3, [['a', 'c', 'e'], ['b', 'd']])));
    expect(groups.map((g) => [...g].sort())).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
  });

  it('follows the majority: a pair together in 2 of 3 cuts is one service, one in 1 of 3 is not', () => {
    const ids = ['a', 'b', 'c'];
    const m = coAssignment(ids, [
      { a: '1', b: '1', c: '2' },
      { a: '1', b: '1', c: '2' },
      { a: '1', b: '1', c: '1' },
    ]);
    expect(consensusGroups(m).map((g) => [...g].sort())).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps an even split apart: half the class is not a majority', () => {
    const m = coAssignment(['a', 'b'], [{ a: '1', b: '1' }, { a: '1', b: '2' }]);
    expect(consensusGroups(m)).toEqual([['a'], ['b']]);
  });

  it('uses average linkage, not single linkage: one strong link does not chain two blocks', () => {
    const ids = ['a', 'b', 'c', 'd'];
    // a-b and c-d always together; b-c together in 3 of 4 cuts, the other cross pairs never.
    const base = { a: '1', b: '1', c: '2', d: '2' };
    const m = coAssignment(ids, [base, { ...base }, { ...base }, { ...base }]);
    m.share[1]![2] = m.share[2]![1] = 0.75;
    expect(consensusGroups(m).map((g) => [...g].sort())).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('leaves a capability nobody placed on its own', () => {
    const m = coAssignment(['a', 'b', 'c'], [{ a: '1', b: '1' }]);
    expect(consensusGroups(m)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('groupAgreement and groupsToPartition', () => {
  it('averages the shares inside a group', () => {
    const m = coAssignment(['a', 'b', 'c'], [
      { a: '1', b: '1', c: '1' },
      { a: '1', b: '1', c: '2' },
    ]);
    expect(groupAgreement(m, ['a', 'b', 'c'])).toBeCloseTo((1 + 0.5 + 0.5) / 3);
    expect(groupAgreement(m, ['a'])).toBe(1);
  });

  it('names groups in order', () => {
    expect(groupsToPartition([['a', 'b'], ['c']])).toEqual({ a: 'group-1', b: 'group-1', c: 'group-2' });
  });

  it('records one merge fewer than capabilities when run to the end', () => {
    const m = coAssignment(['a', 'b', 'c'], classOf(2, [['a', 'b', 'c']]));
    expect(averageLinkage(m).merges).toHaveLength(2);
  });
});
