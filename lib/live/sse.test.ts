import { describe, expect, it } from 'vitest';
import { EventBus } from './bus';
import { openEventStream, sseMessage } from './sse';
import type { LiveStore } from './store/types';
import type { LiveEvent } from './types';

/** A bus over a store that hands every stored event over in memory, as the embedded store does. */
function room() {
  const listeners = new Set<(code: string, events?: LiveEvent[]) => void>();
  const events: LiveEvent[] = [];
  const store = {
    onEvents: (l: (code: string, events?: LiveEvent[]) => void) => (listeners.add(l), () => listeners.delete(l)),
    eventsAfter: async (_code: string, seq: number) => events.filter((e) => e.seq > seq),
  } as unknown as LiveStore;
  const bus = new EventBus(store);
  return {
    bus,
    emit(e: LiveEvent) {
      events.push(e);
      for (const l of listeners) l('C', [e]);
    },
  };
}

async function readUntil(stream: ReadableStream<Uint8Array>, text: string) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let all = '';
  while (!all.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    all += new TextDecoder().decode(value);
  }
  reader.releaseLock();
  return chunks;
}

describe('openEventStream', () => {
  it('sends one event to every stream as the same encoded bytes, serialised once', async () => {
    const r = room();
    const aborts = [new AbortController(), new AbortController()];
    const streams = aborts.map((a) => openEventStream({ signal: a.signal, bus: r.bus, code: 'C', viewer: { role: 'host' }, lastEventId: 0, state: async () => { throw new Error('not asked'); } }));
    // Let both streams subscribe and catch up (nothing to catch up on).
    await new Promise((res) => setTimeout(res, 10));
    const reveal: LiveEvent = { code: 'C', seq: 1, type: 'round-revealed', audience: 'all', data: { roundId: 'r_1', reveal: { explanation: 'x' } }, at: 0 };
    const reading = streams.map((s) => readUntil(s.body!, 'round-revealed'));
    await new Promise((res) => setTimeout(res, 10));
    r.emit(reveal);
    const [a, b] = await Promise.all(reading);
    const last = (chunks: Uint8Array[]) => chunks[chunks.length - 1]!;
    expect(new TextDecoder().decode(last(a!))).toBe(sseMessage(1, 'round-revealed', reveal.data));
    expect(last(a!)).toBe(last(b!));
    for (const x of aborts) x.abort();
  });
});
