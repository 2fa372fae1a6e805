'use client';
import { useCountdown } from './use-live-room';

/** Seconds left by the server's deadline; "Time is up" at zero. Announced once at the end only. */
export function Countdown({ deadline, clockOffset }: { deadline: number | null; clockOffset: number }) {
  const left = useCountdown(deadline, clockOffset);
  if (left === null) return null;
  const seconds = Math.ceil(left / 1000);
  return (
    <p className="text-lg font-semibold tabular-nums" aria-live={seconds === 0 ? 'polite' : 'off'}>
      {seconds > 0 ? `${seconds} s left` : 'Time is up'}
    </p>
  );
}
