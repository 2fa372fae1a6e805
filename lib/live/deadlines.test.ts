import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineTimers, deadlinesIn } from './deadlines';
import type { LiveEvent } from './types';

const opened = (round: Record<string, unknown>, code = 'ABCDEF'): LiveEvent => ({ code, seq: 1, type: 'round-opened', audience: 'all', data: { round }, at: 0 });

describe('DeadlineTimers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once, just after the deadline', () => {
    const fired: string[] = [];
    const timers = new DeadlineTimers((code, roundId) => fired.push(`${code}/${roundId}`), 20);
    timers.arm({ code: 'ABCDEF', roundId: 'r_1', deadline: 31_000 }, 1_000);
    vi.advanceTimersByTime(30_019);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(['ABCDEF/r_1']);
    expect(timers.size).toBe(0);
  });

  it('arming the same round again keeps one timer; a new deadline replaces it', () => {
    const fired: number[] = [];
    const timers = new DeadlineTimers(() => fired.push(Date.now()), 0);
    const now = Date.now();
    timers.arm({ code: 'C', roundId: 'r', deadline: now + 100 }, now);
    timers.arm({ code: 'C', roundId: 'r', deadline: now + 100 }, now);
    expect(timers.size).toBe(1);
    timers.arm({ code: 'C', roundId: 'r', deadline: now + 300 }, now);
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([now + 300]);
  });

  it('fires at once for a deadline already past (a restart after it)', () => {
    const fired: string[] = [];
    const timers = new DeadlineTimers((_c, roundId) => fired.push(roundId), 0);
    timers.arm({ code: 'C', roundId: 'late', deadline: 500 }, 10_000);
    vi.advanceTimersByTime(0);
    expect(fired).toEqual(['late']);
  });
});

describe('deadlinesIn', () => {
  it('finds the countdowns opened by round-opened events only', () => {
    const events: LiveEvent[] = [
      opened({ id: 'r_1', status: 'open', deadline: 9000 }),
      opened({ id: 'r_2', status: 'open', deadline: null }),
      { ...opened({ id: 'r_3', status: 'open', deadline: 9000 }), type: 'round-closed' },
    ];
    expect(deadlinesIn(events)).toEqual([{ code: 'ABCDEF', roundId: 'r_1', deadline: 9000 }]);
  });
});
