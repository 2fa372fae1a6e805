'use client';
import { setTheme } from '@/lib/theme/theme';
import { EARLY_ATTR } from '@/lib/theme/early-controls';
import { useEarlyHandover } from '@/components/ui/use-early-handover';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useTheme } from './use-theme';

/**
 * Before hydration the server cannot know the theme, so both signs are sent and the page's
 * `dark` class shows one through CSS (right even when the inline early-controls script switches
 * the theme); once React runs it renders just the one that applies.
 */
function Either({ dark, hydrated, off, on }: { dark: boolean; hydrated: boolean; off: string; on: string }) {
  if (hydrated) return dark ? on : off;
  return (
    <>
      <span className="dark:hidden">{off}</span>
      <span className="hidden dark:inline">{on}</span>
    </>
  );
}

/** The header's theme switch: a toggle button named "Dark theme", showing "on" or "off" beside it. */
export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === 'dark';
  const hydrated = useHydrated();
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
        <Either dark={dark} hydrated={hydrated} off="☀" on="☾" />
      </span>
      {/* A toggle: its name stays "Dark theme" (aria-pressed says on or off); the eye reads the state. */}
      <span className="sr-only sm:not-sr-only">
        Dark theme
        <span aria-hidden="true">
          : <Either dark={dark} hydrated={hydrated} off="off" on="on" />
        </span>
      </span>
    </button>
  );
}
