'use client';
import { setTheme } from '@/lib/theme/theme';
import { EARLY_ATTR } from '@/lib/theme/early-controls';
import { useEarlyHandover } from '@/components/ui/use-early-handover';
import { useTheme } from './use-theme';

/**
 * The header's theme switch: a toggle button named "Dark theme", showing "on" or "off" beside it.
 * The sign and the word follow the page's `dark` class through CSS, so they are right before
 * hydration too, when the inline early-controls script answers the button.
 */
export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === 'dark';
  const ref = useEarlyHandover<HTMLButtonElement>();
  return (
    <button
      ref={ref}
      type="button"
      {...{ [EARLY_ATTR]: 'theme' }}
      aria-pressed={dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className="inline-flex h-10 items-center gap-2 rounded-md border border-[var(--line)] px-3 text-sm font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
    >
      <span aria-hidden="true">
        <span className="dark:hidden">☀</span>
        <span className="hidden dark:inline">☾</span>
      </span>
      {/* A toggle: its name stays "Dark theme" (aria-pressed says on or off); the eye reads the state. */}
      <span className="sr-only sm:not-sr-only">
        Dark theme
        <span aria-hidden="true">
          : <span className="dark:hidden">off</span>
          <span className="hidden dark:inline">on</span>
        </span>
      </span>
    </button>
  );
}
