import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs module without types
import { formatDelta, formatSpread, mark, median, meets, spread, summariseSamples, withinFloor } from './stats.mjs';

describe('bench stats', () => {
  it('takes the median of odd and even counts and ignores missing figures', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 7, undefined])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('gives the spread of runs and prints it only when the runs differ', () => {
    expect(spread([92, 88, 95])).toEqual({ min: 88, max: 95 });
    expect(formatSpread({ min: 88, max: 95 })).toBe('88–95');
    expect(formatSpread({ min: 90, max: 90 })).toBe('');
    expect(formatSpread(null)).toBe('');
  });

  it('formats the delta beside the previous run', () => {
    expect(formatDelta(95, 92)).toBe('+3');
    expect(formatDelta(140.2, 152.7)).toBe('−12.5');
    expect(formatDelta(10, 10)).toBe('±0');
    expect(formatDelta(10, undefined)).toBe('new');
    expect(formatDelta(undefined, 10)).toBe('');
  });

  it('checks targets that are a distance from the floor', () => {
    expect(withinFloor(91, 93, 2, 'atLeast')).toBe(true);
    expect(withinFloor(90, 93, 2, 'atLeast')).toBe(false);
    expect(withinFloor(392, 317, 75, 'atMost')).toBe(true);
    expect(withinFloor(393, 317, 75, 'atMost')).toBe(false);
    expect(withinFloor(100, undefined, 2, 'atLeast')).toBeNull();
    expect(meets(30, 30, 'atMost')).toBe(true);
    expect(meets(56, 55, 'atLeast')).toBe(true);
    expect(meets(54, 55, 'atLeast')).toBe(false);
    expect(mark(true)).toBe('✅');
    expect(mark(false)).toBe('❌');
    expect(mark(null)).toBe('–');
  });

  it('summarises Lighthouse samples with medians and spreads', () => {
    const s = summariseSamples([
      { performance: 90, tbtMs: 300, lcpMs: 2000, cls: 0 },
      { performance: 94, tbtMs: 200, lcpMs: 1800, cls: 0 },
      { performance: 92, tbtMs: 250, lcpMs: 2500, cls: 0 },
    ]);
    expect(s.performance).toBe(92);
    expect(s.tbtMs).toBe(250);
    expect(s.spread.performance).toEqual({ min: 90, max: 94 });
    expect(s.spread.lcpMs).toEqual({ min: 1800, max: 2500 });
    expect(s.runs).toBe(3);
  });
});
