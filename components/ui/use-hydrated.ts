'use client';
import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * False while the server's HTML is on screen, true once React runs in the browser. Controls
 * that only work after hydration are disabled until then, so an early click is never lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}
