import * as v from 'valibot';
import type { RecordSpec } from '@/lib/storage/versioned';

/**
 * The console's session timer per lesson (`sb:presenter`), kept in the browser so a reload of
 * the console does not reset the clock mid-session. Pure reducers; the hook ticks the display.
 */
const timerSchema = v.strictObject({
  /** When the running stretch began (epoch ms), or null while paused, e.g. `1767261600000`. */
  startedAt: v.nullable(v.number()),
  /** Time counted before the running stretch, in ms, e.g. `600000` for ten minutes. */
  bankedMs: v.pipe(v.number(), v.minValue(0)),
});
export type SessionTimer = v.InferOutput<typeof timerSchema>;

const presenterSchema = v.strictObject({ timers: v.record(v.pipe(v.string(), v.maxLength(80)), timerSchema) });
type PresenterRecord = v.InferOutput<typeof presenterSchema>;

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
