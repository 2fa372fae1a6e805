import Link from 'next/link';
import { COURSE_TITLE } from '@/content/course';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-[var(--line)] bg-[var(--page)]/95 backdrop-blur">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-[var(--accent)] focus:px-3 focus:py-2 focus:text-[var(--accent-ink)]"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden="true" className="inline-grid h-7 w-7 place-items-center rounded bg-[var(--accent)] text-sm text-[var(--accent-ink)]">
            SB
          </span>
          {COURSE_TITLE}
        </Link>
        <ThemeToggle />
      </div>
    </header>
  );
}
