'use client';
import { useEffect, useRef } from 'react';
import { EARLY_READY_ATTR } from '@/lib/theme/early-controls';

/**
 * Marks a control as ready once React has hydrated it and its handlers run (an effect runs
 * after both), so the inline early-controls script stops answering it. Returns the ref to put
 * on the control.
 */
export function useEarlyHandover<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    element?.setAttribute(EARLY_READY_ATTR, '');
    return () => element?.removeAttribute(EARLY_READY_ATTR);
  }, []);
  return ref;
}
