import { describe, expect, it } from 'vitest';
import { EventBus } from './bus';
import type { LiveStore } from './store/types';
import type { LiveEvent } from './types';

/** A store holding events in memory, announcing after each append, with slow reads on demand. */
function fakeStore() {
  const events: LiveEvent[] = [];
  const listeners = new Set<(code: string, events?: LiveEvent[]) => void>();
  let delay = 0;
  const reads = { count: 0 };
  const store = {
    onEvents: (l: (code: string, events?: LiveEvent[]) => void) => (listeners.add(l), () => listeners.delete(l)),
    eventsAfter: async (code: string, seq: number, limit = 1000) => {
      reads.count++;
      const snapshot = events.filter((e) => e.code === code && e.seq > seq).slice(0, limit);
      if (delay) await new Promise((r) => setTimeout(r, delay));
      return snapshot;
    },
  } as unknown as LiveStore;
  return {
    store,
    reads,
    slow: (ms: number) => (delay = ms),
    /** Stores an event and announces it, handing it over in memory when `handOver` (as the embedded store does). */
    append(type: string, audience: LiveEvent['audience'] = 'all', { handOver = false, announce = true } = {}) {
      const e: LiveEvent = { code: 'C', seq: events.length + 1, type, audience, data: {}, at: 0 };
      events.push(e);
      if (announce) for (const l of listeners) l('C', handOver ? [e] : undefined);
    },
  };
}

describe('EventBus', () => {
  it('replays what a stream missed, then delivers new events once, in order', async () => {
    const f = fakeStore();
    f.append('a');
    f.append('b');
    const bus = new EventBus(f.store);
    const got: number[] = [];
    bus.subscribe('C', { role: 'host' }, 1, (e) => got.push(e.seq));
    f.append('c');
    f.append('d');
    await expect.poll(() => got).toEqual([2, 3, 4]);
  });

  it('loses nothing announced while a stream is still catching up', async () => {
    const f = fakeStore();
    for (let i = 0; i < 5; i++) f.append('x');
    f.slow(20);
    const bus = new EventBus(f.store);
    const got: number[] = [];
    bus.subscribe('C', { role: 'host' }, 0, (e) => got.push(e.seq));
    for (let i = 0; i < 5; i++) {
      f.append('y');
      await new Promise((r) => setTimeout(r, 7));
    }
    await expect.poll(() => got, { timeout: 3000 }).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('shows a learner only what its audience allows', async () => {
    const f = fakeStore();
    const bus = new EventBus(f.store);
    const got: string[] = [];
    bus.subscribe('C', { role: 'participant', participantId: 'p' }, 0, (e) => got.push(e.type));
    f.append('host-only', 'host');
    f.append('mine', { participant: 'p' });
    f.append('theirs', { participant: 'q' });
    f.append('everyone');
    await expect.poll(() => got).toEqual(['mine', 'everyone']);
  });

  it('shows each batch it reads to its observer once, however many streams are open', async () => {
    const f = fakeStore();
    const seen: number[] = [];
    const bus = new EventBus(f.store, (events) => seen.push(...events.map((e) => e.seq)));
    bus.subscribe('C', { role: 'host' }, 0, () => {});
    bus.subscribe('C', { role: 'participant', participantId: 'p' }, 0, () => {});
    await new Promise((r) => setTimeout(r, 10));
    f.append('a');
    f.append('b');
    await expect.poll(() => seen).toEqual([1, 2]);
  });

  it('delivers events handed over in memory without reading them back, and reads the table after a gap', async () => {
    const f = fakeStore();
    const bus = new EventBus(f.store);
    const got: number[] = [];
    bus.subscribe('C', { role: 'host' }, 0, (e) => got.push(e.seq));
    f.append('a');
    await expect.poll(() => got).toEqual([1]);
    const before = f.reads.count;
    f.append('b', 'all', { handOver: true });
    f.append('c', 'all', { handOver: true });
    expect(got).toEqual([1, 2, 3]);
    expect(f.reads.count).toBe(before);
    // Seq 4 was never announced here: the hand-over of 5 does not follow on, so the bus reads 4 and 5.
    f.append('d', 'all', { announce: false });
    f.append('e', 'all', { handOver: true });
    await expect.poll(() => got).toEqual([1, 2, 3, 4, 5]);
    expect(f.reads.count).toBeGreaterThan(before);
  });

  it('stops delivering after unsubscribe', async () => {
    const f = fakeStore();
    const bus = new EventBus(f.store);
    const got: number[] = [];
    const off = bus.subscribe('C', { role: 'host' }, 0, (e) => got.push(e.seq));
    f.append('a');
    await expect.poll(() => got).toEqual([1]);
    off();
    f.append('b');
    await new Promise((r) => setTimeout(r, 30));
    expect(got).toEqual([1]);
    expect(bus.size).toBe(0);
  });
});
