import type { TocEntry } from '@/lib/content/mdx-plugins';

/** "On this page": the lesson's h2/h3 headings as anchor links. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <h2 className="mb-2 font-semibold">On this page</h2>
      <ol className="space-y-1.5">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${entry.id}`} className="text-[var(--muted)] hover:text-[var(--accent)] hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
