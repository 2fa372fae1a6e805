import 'server-only';
import { EventBus } from './bus';
import { readConfig, type LiveConfig } from './config';
import { DeadlineTimers, deadlinesIn } from './deadlines';
import { FailureLimiter } from './rate-limit';
import { noCommand } from './room';
import type { LiveStore } from './store/types';

/** Everything one server process shares: the store, the event bus, the limiter, timers. */
export type LiveRuntime = {
  config: LiveConfig;
  store: LiveStore;
  bus: EventBus;
  limiter: FailureLimiter;
  /** Sessions with a tally waiting to be sent (coalesced to about 4 a second). */
  tallies: Map<string, ReturnType<typeof setTimeout>>;
  /** A timer per running countdown, so its round closes at the server's deadline. */
  deadlines: DeadlineTimers;
};

const KEY = Symbol.for('service-boundaries.live');
type Holder = { [KEY]?: Promise<LiveRuntime> };

async function openStore(config: LiveConfig): Promise<LiveStore> {
  if (config.databaseUrl) {
    const { openPgStore } = await import('./store/pg');
    return openPgStore(config.databaseUrl);
  }
  const { openPgliteStore } = await import('./store/pglite');
  return openPgliteStore(config.dataDir);
}

async function start(): Promise<LiveRuntime> {
  const config = readConfig();
  const store = await openStore(config);
  // At the deadline any command closes the round (room.expireDue); the timer runs one.
  const deadlines = new DeadlineTimers((code) => void store.mutate(code, {}, Date.now(), noCommand).catch(() => {}));
  const bus = new EventBus(store, (events) => {
    for (const d of deadlinesIn(events)) deadlines.arm(d);
  });
  const runtime: LiveRuntime = { config, store, bus, limiter: new FailureLimiter(20, 60_000), tallies: new Map(), deadlines };
  // Countdowns that were running when this process (or another instance) stopped.
  for (const d of await store.openDeadlines().catch(() => [])) deadlines.arm(d);
  const sweep = () => {
    const cutoff = Date.now() - config.retentionHours * 3_600_000;
    store.sweep(cutoff, cutoff).catch(() => {});
  };
  sweep();
  setInterval(sweep, 15 * 60_000).unref();
  return runtime;
}

/**
 * The process's one live runtime. Pinned on `globalThis` because Next may evaluate a module
 * more than once (next.js #65350), and PGlite must be opened once per folder.
 */
export function live(): Promise<LiveRuntime> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = start().catch((err) => {
      delete holder[KEY];
      throw err;
    });
  }
  return holder[KEY];
}
