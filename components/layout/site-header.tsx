import { COURSE_TITLE } from '@/content/course';
import { SearchButton } from '@/components/search/search-button';
import { IntentLink } from '@/components/ui/intent-link';
import { ThemeToggle } from './theme-toggle';

/** The site's sections, in the header on every page. */
const SITE_LINKS = [
  { href: '/', label: 'Lessons' },
  { href: '/builder', label: 'Builder' },
  { href: '/review', label: 'Review' },
  { href: '/glossary', label: 'Glossary' },
  { href: '/teach', label: 'Teach' },
  { href: '/progress', label: 'Progress' },
];

export function SiteHeader() {
  // On phones the row is tighter so all six links fit from 360 px without scrolling sideways.
  const links = (narrow: boolean) =>
    SITE_LINKS.map((link) => (
      <li key={link.href}>
        <IntentLink
          href={link.href}
          className={`inline-flex h-10 items-center rounded-md font-medium hover:bg-[var(--panel)] ${narrow ? 'px-1 text-[0.8125rem] min-[400px]:px-2 min-[400px]:text-sm' : 'px-2.5 text-sm'}`}
        >
          {link.label}
        </IntentLink>
      </li>
    ));
  return (
    <header className="sticky top-0 z-30 border-b border-[var(--line)] bg-[var(--page)]/95 backdrop-blur">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-[var(--accent)] focus:px-3 focus:py-2 focus:text-[var(--accent-ink)]"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-3 px-4">
        <IntentLink href="/" className="flex shrink-0 items-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden="true" className="inline-grid h-7 w-7 place-items-center rounded bg-[var(--accent)] text-sm text-[var(--accent-ink)]">
            SB
          </span>
          <span className="hidden min-[400px]:inline">{COURSE_TITLE}</span>
          <span className="sr-only min-[400px]:hidden">{COURSE_TITLE}</span>
        </IntentLink>
        <nav aria-label="Site" className="no-print hidden md:block">
          <ul className="flex items-center gap-1">{links(false)}</ul>
        </nav>
        <div className="no-print flex items-center gap-2">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
      <nav aria-label="Site" className="no-print border-t border-[var(--line)] md:hidden">
        <ul className="mx-auto flex max-w-7xl justify-between overflow-x-auto px-2 min-[480px]:justify-start min-[480px]:gap-1">{links(true)}</ul>
      </nav>
    </header>
  );
}
