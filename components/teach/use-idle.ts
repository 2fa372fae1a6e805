'use client';
import { useEffect, useState } from 'react';

/** How long the pointer must rest before the presenter's controls fade, in milliseconds. */
const IDLE_AFTER_MS = 2500;

/**
 * True once the pointer has rested for IDLE_AFTER_MS; any pointer movement or touch
 * makes it false again. The presenter fades its control bar while idle (presenter.css).
 */
export function useIdle(timeout = IDLE_AFTER_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), timeout);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), timeout);
    };
    // Not keys: a clicker's page-down moves the slide and should not bring the bar back (Tab does, by focus).
    const events = ['pointermove', 'pointerdown', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, wake, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, wake));
    };
  }, [timeout]);
  return idle;
}
