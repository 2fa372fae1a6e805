import { describe, expect, it } from 'vitest';
import { decode } from '@/lib/storage/versioned';
import { STOPPED, elapsedMs, pauseTimer, presenterSpec, startTimer, withTimer } from './timer';

describe('session timer', () => {
  it('counts only while running and keeps the count across a pause', () => {
    const running = startTimer(STOPPED, 1_000);
    expect(elapsedMs(running, 61_000)).toBe(60_000);
    const paused = pauseTimer(running, 61_000);
    expect(elapsedMs(paused, 999_999)).toBe(60_000);
    expect(elapsedMs(startTimer(paused, 100_000), 110_000)).toBe(70_000);
  });

  it('ignores a second start and a pause of a stopped timer', () => {
    const running = startTimer(STOPPED, 5);
    expect(startTimer(running, 50)).toBe(running);
    expect(pauseTimer(STOPPED, 50)).toBe(STOPPED);
  });

  it('stores one timer per lesson and reads back what it wrote', () => {
    const record = withTimer(withTimer(presenterSpec.empty(), 'a', startTimer(STOPPED, 1)), 'b', STOPPED);
    expect(decode(presenterSpec, JSON.stringify({ v: 1, data: record }))).toEqual({ status: 'ok', data: record, migrated: false });
    expect(decode(presenterSpec, JSON.stringify({ v: 1, data: { timers: { a: { startedAt: 'x' } } } })).status).toBe('corrupt');
  });
});
