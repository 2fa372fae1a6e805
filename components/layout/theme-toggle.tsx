'use client';
import { setTheme } from '@/lib/theme/theme';
import { useTheme } from './use-theme';

/** The header's theme switch: a toggle button named "Dark theme", showing "on" or "off" beside it. */
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
      {/* A toggle: its name stays "Dark theme" (aria-pressed says on or off); the eye reads the state. */}
      <span className="sr-only sm:not-sr-only">
        Dark theme<span aria-hidden="true">: {dark ? 'on' : 'off'}</span>
      </span>
    </button>
  );
}
