import { z } from 'zod/mini';
import type { RecordSpec } from '@/lib/storage/versioned';

/**
 * The console's session timer per lesson (`sb:presenter`), kept in the browser so a reload of
 * the console does not reset the clock mid-session. Pure reducers; the hook ticks the display.
 */
const timerSchema = z.strictObject({
  /** When the running stretch began (epoch ms), or null while paused, e.g. `1767261600000`. */
  startedAt: z.nullable(z.number()),
  /** Time counted before the running stretch, in ms, e.g. `600000` for ten minutes. */
  bankedMs: z.number().check(z.nonnegative()),
});
export type SessionTimer = z.infer<typeof timerSchema>;

const presenterSchema = z.strictObject({ timers: z.record(z.string().check(z.maxLength(80)), timerSchema) });
export type PresenterRecord = z.infer<typeof presenterSchema>;

export const presenterSpec: RecordSpec<PresenterRecord> = {
  key: 'sb:presenter',
  version: 1,
  schema: presenterSchema,
  empty: () => ({ timers: {} }),
};

export const STOPPED: SessionTimer = { startedAt: null, bankedMs: 0 };

export const elapsedMs = (t: SessionTimer, now: number) => t.bankedMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));

export const startTimer = (t: SessionTimer, now: number): SessionTimer => (t.startedAt === null ? { ...t, startedAt: now } : t);

export const pauseTimer = (t: SessionTimer, now: number): SessionTimer => (t.startedAt === null ? t : { startedAt: null, bankedMs: elapsedMs(t, now) });

export const withTimer = (record: PresenterRecord, slug: string, timer: SessionTimer): PresenterRecord => ({ timers: { ...record.timers, [slug]: timer } });
