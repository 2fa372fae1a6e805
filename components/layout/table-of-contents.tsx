'use client';
import type { TocEntry } from '@/lib/content/mdx-plugins';
import { useCurrentSection } from './use-current-section';

/** "On this page": the lesson's h2/h3 headings as anchor links, the section being read marked. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const current = useCurrentSection(entries.map((e) => e.id));
  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <h2 className="mb-2 font-semibold">On this page</h2>
      <ol className="space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
            <a
              href={`#${entry.id}`}
              aria-current={entry.id === current ? 'location' : undefined}
              className="-ml-2 block border-l-2 border-transparent pl-2 text-[var(--muted)] hover:text-[var(--accent)] hover:underline aria-[current=location]:border-[var(--accent)] aria-[current=location]:font-semibold aria-[current=location]:text-[var(--ink)]"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
