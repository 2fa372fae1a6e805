import { describe, expect, it } from 'vitest';
import { scoreDistribution } from './scores';

describe('scoreDistribution', () => {
  it('bins scores by tens with 100 in the top bin', () => {
    const d = scoreDistribution([0, 9, 10, 55, 99, 100]);
    expect(d.bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(d.bins[9]).toMatchObject({ from: 90, to: 100 });
  });

  it('gives the median, mean and range', () => {
    expect(scoreDistribution([40, 80, 60, 70])).toMatchObject({ count: 4, median: 65, mean: 62.5, min: 40, max: 80 });
    expect(scoreDistribution([5, 1, 3]).median).toBe(3);
  });

  it('clamps out-of-range values and drops non-numbers', () => {
    const d = scoreDistribution([-5, 120, Number.NaN]);
    expect(d.count).toBe(2);
    expect(d.bins[0]!.count).toBe(1);
    expect(d.bins[9]!.count).toBe(1);
  });

  it('has no statistics without scores', () => {
    expect(scoreDistribution([])).toMatchObject({ count: 0, median: null, mean: null });
  });
});
