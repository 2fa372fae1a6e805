'use client';
import { useCallback, useState } from 'react';

/**
 * Text for the builder's live region. The region itself is rendered empty at load (regions
 * inserted together with their text are often not announced); a repeated message gets a
 * trailing no-break space toggled so screen readers speak it again.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => setMessage((current) => (current === next ? `${next}\u00a0` : next)), []);
  return [message, announce];
}
