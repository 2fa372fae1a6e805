'use client';
import { useSyncExternalStore } from 'react';
import { currentTheme, subscribeTheme, type Theme } from '@/lib/theme/theme';

/** The page's theme; `light` during server rendering, the real one after hydration. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}
