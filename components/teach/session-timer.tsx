'use client';
import { useEffect, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useNotReady } from './not-ready';
import { formatDuration, pace } from '@/lib/teach/plan';
import { STOPPED, elapsedMs, pauseTimer, presenterSpec, startTimer, withTimer } from '@/lib/teach/timer';
import { useStoredRecord } from '@/lib/storage/use-stored-record';

type Props = { slug: string; budgetMinutes: number | null };


/** Elapsed time for this lesson against the session plan's budget; survives a reload of the console. */
export function SessionTimer({ slug, budgetMinutes }: Props) {
  const [read, record] = useStoredRecord(presenterSpec);
  const timer = read.data.timers[slug] ?? STOPPED;
  const running = timer.startedAt !== null;
  const hydrated = useHydrated();
  const waiting = useNotReady();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [running]);

  // A timer saved by a newer version of the site is left untouched: say so instead of ignoring clicks.
  const frozen = read.status === 'future';
  const save = (next: typeof timer) => {
    setNow(Date.now());
    record?.update((r) => withTimer(r, slug, next));
  };
  // The server knows no clock: the time appears once the page runs in the browser.
  const elapsed = hydrated ? elapsedMs(timer, Math.max(now, timer.startedAt ?? 0)) : 0;
  const status = budgetMinutes ? pace(elapsed, budgetMinutes) : null;

  return (
    <div className="session-timer" role="group" aria-label="Session timer">
      <p className="session-timer-time" data-pace={status?.state}>
        <span className="sr-only">Elapsed: </span>
        <time dateTime={`PT${Math.floor(elapsed / 1000)}S`}>{formatDuration(elapsed)}</time>
      </p>
      <p className="session-timer-pace">{status ? status.label : 'No plan gives this lesson a time budget.'}</p>
      {frozen ? <p className="session-timer-pace">{read.message} So the timer cannot be started or reset on this page.</p> : null}
      <div className="session-timer-actions">
        <button type="button" className="presenter-button" disabled={frozen} {...waiting} onClick={() => save(running ? pauseTimer(timer, Date.now()) : startTimer(timer, Date.now()))}>
          {running ? 'Pause timer' : elapsed > 0 ? 'Resume timer' : 'Start timer'}
        </button>
        <button type="button" className="presenter-button" onClick={() => save(STOPPED)} disabled={frozen || (elapsed === 0 && !running)}>
          Reset timer
        </button>
      </div>
    </div>
  );
}
