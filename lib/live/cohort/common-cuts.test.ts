import { describe, expect, it } from 'vitest';
import { commonCuts, cutKey, groupsOf } from './common-cuts';

describe('cutKey', () => {
  it('is the same for one partition under different service names and colours', () => {
    expect(cutKey({ cart: 'Shop', checkout: 'Shop', pay: 'Money' })).toBe(cutKey({ pay: 'svc-1', checkout: 'svc-2', cart: 'svc-2' }));
    expect(cutKey({ cart: 'Shop', checkout: 'Shop', pay: 'Money' })).toBe('cart,checkout|pay');
  });

  it('differs when one capability moves or is left unplaced', () => {
    const base = cutKey({ a: '1', b: '1', c: '2' });
    expect(cutKey({ a: '1', b: '2', c: '2' })).not.toBe(base);
    expect(cutKey({ a: '1', b: '1' })).not.toBe(base);
  });

  it('orders groups by their first capability id', () => {
    expect(groupsOf({ z: '1', b: '2', a: '1' })).toEqual([['a', 'z'], ['b']]);
  });
});

describe('commonCuts', () => {
  it('counts each distinct cut once, most drawn first, with who drew it', () => {
    const cuts = commonCuts([
      { participant: 'p1', cut: { a: 'x', b: 'y' } },
      { participant: 'p2', cut: { a: 'Orders', b: 'Orders' } },
      { participant: 'p3', cut: { a: 'one', b: 'two' } },
      { participant: 'p4', cut: { b: 'B', a: 'A' } },
    ]);
    expect(cuts.map((c) => [c.key, c.count])).toEqual([
      ['a|b', 3],
      ['a,b', 1],
    ]);
    expect(cuts[0]!.participants).toEqual(['p1', 'p3', 'p4']);
  });

  it('breaks ties by which cut came first and caps the list', () => {
    const subs = ['a', 'b', 'c', 'd'].map((svc, i) => ({ participant: `p${i}`, cut: i % 2 ? { a: svc, b: svc } : { a: svc, b: `${svc}2` } }));
    expect(commonCuts(subs).map((c) => c.key)).toEqual(['a|b', 'a,b']);
    expect(commonCuts(subs, 1)).toHaveLength(1);
  });

  it('returns nothing for no submissions', () => {
    expect(commonCuts([])).toEqual([]);
  });
});
