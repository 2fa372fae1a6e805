import type { LiveStore } from './store/types';
import { visibleTo, type LiveEvent, type Viewer } from './types';

type Subscriber = { viewer: Viewer; lastSent: number; send: (event: LiveEvent) => void; catchingUp: boolean; missed: boolean };

/**
 * Fans a session's stored events out to this process's open streams. When the store announces
 * new events for a session (from this instance or, on PostgreSQL, another), the bus reads them
 * once from the events table and hands each stream the ones it may see and has not had. A new
 * or reconnecting stream first catches up from its own last id, so nothing is skipped or doubled.
 */
export class EventBus {
  private readonly subs = new Map<string, Set<Subscriber>>();
  private readonly fetched = new Map<string, number>();
  private readonly pumping = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  /** `observe` sees every batch of events read for the process's streams once (the countdown timers read it). */
  constructor(
    private readonly store: LiveStore,
    private readonly observe?: (events: LiveEvent[]) => void,
  ) {
    store.onEvents((code, events) => this.announce(code, events));
  }

  /** Streams open in this process (for the bench's memory figures). */
  get size() {
    let n = 0;
    for (const set of this.subs.values()) n += set.size;
    return n;
  }

  /** Subscribes a stream that has every event up to `after`. Returns the unsubscribe. */
  subscribe(code: string, viewer: Viewer, after: number, send: (event: LiveEvent) => void): () => void {
    const sub: Subscriber = { viewer, lastSent: after, send, catchingUp: true, missed: false };
    let set = this.subs.get(code);
    if (!set) this.subs.set(code, (set = new Set()));
    set.add(sub);
    void this.catchUp(code, sub);
    return () => {
      set!.delete(sub);
      if (set!.size === 0 && this.subs.get(code) === set) {
        this.subs.delete(code);
        this.fetched.delete(code);
      }
    };
  }

  private deliver(sub: Subscriber, event: LiveEvent) {
    if (event.seq <= sub.lastSent) return;
    sub.lastSent = event.seq;
    if (visibleTo(event, sub.viewer)) sub.send(event);
  }

  private async catchUp(code: string, sub: Subscriber) {
    try {
      do {
        sub.missed = false;
        for (;;) {
          const events = await this.store.eventsAfter(code, sub.lastSent, 500);
          for (const e of events) this.deliver(sub, e);
          if (events.length < 500) break;
        }
      } while (sub.missed);
    } catch {
      // The store is unreachable: the next announcement or the client's reconnect retries.
    } finally {
      sub.catchingUp = false;
    }
  }

  private announce(code: string, events?: LiveEvent[]) {
    if (!this.subs.has(code)) return;
    if (events && this.handOver(code, events)) return;
    if (this.pumping.has(code)) {
      this.again.add(code);
      return;
    }
    const run = this.pump(code).finally(() => {
      this.pumping.delete(code);
      if (this.again.delete(code)) this.announce(code);
    });
    this.pumping.set(code, run);
  }

  /**
   * Events this process just stored, handed over in memory: delivered at once without reading
   * them back, when they follow on from what the bus last read (otherwise it reads the table).
   */
  private handOver(code: string, events: LiveEvent[]): boolean {
    const from = this.fetched.get(code);
    if (this.pumping.has(code) || from === undefined || events.length === 0 || events[0]!.seq !== from + 1) return false;
    this.fetched.set(code, events[events.length - 1]!.seq);
    this.observe?.(events);
    this.fanOut(code, events);
    return true;
  }

  private fanOut(code: string, events: LiveEvent[]) {
    for (const sub of this.subs.get(code) ?? []) {
      if (sub.catchingUp) {
        sub.missed = true;
        continue;
      }
      for (const e of events) this.deliver(sub, e);
    }
  }

  private async pump(code: string) {
    const set = this.subs.get(code);
    if (!set) return;
    let from = this.fetched.get(code);
    if (from === undefined) from = Math.min(...Array.from(set, (s) => s.lastSent));
    try {
      const events = await this.store.eventsAfter(code, from, 1000);
      if (events.length) {
        this.fetched.set(code, events[events.length - 1]!.seq);
        this.observe?.(events);
      }
      this.fanOut(code, events);
      if (events.length === 1000) this.again.add(code);
    } catch {
      this.again.add(code);
    }
  }
}
