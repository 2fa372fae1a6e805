'use client';
import { setTheme } from '@/lib/theme/theme';
import { useTheme } from './use-theme';

export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className="inline-flex h-10 items-center gap-2 rounded-md border border-[var(--line)] px-3 text-sm font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="sr-only sm:not-sr-only">Dark theme</span>
    </button>
  );
}
