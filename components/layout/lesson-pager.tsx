import Link from 'next/link';

type Target = { slug: string; title: string } | undefined;

/** Previous / next lesson links at the foot of a lesson. */
export function LessonPager({ prev, next }: { prev: Target; next: Target }) {
  return (
    <nav aria-label="Lesson navigation" className="mt-14 grid gap-4 border-t border-[var(--line)] pt-6 sm:grid-cols-2">
      {prev ? (
        <Link href={`/lessons/${prev.slug}`} rel="prev" className="rounded-lg border border-[var(--line)] p-4 hover:border-[var(--accent)]">
          <span className="block text-sm text-[var(--muted)]">Previous lesson</span>
          <span className="font-medium text-[var(--accent)]">← {prev.title}</span>
        </Link>
      ) : (
        <Link href="/" className="rounded-lg border border-[var(--line)] p-4 hover:border-[var(--accent)]">
          <span className="block text-sm text-[var(--muted)]">Back to</span>
          <span className="font-medium text-[var(--accent)]">← Course map</span>
        </Link>
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} rel="next" className="rounded-lg border border-[var(--line)] p-4 text-right hover:border-[var(--accent)] sm:col-start-2">
          <span className="block text-sm text-[var(--muted)]">Next lesson</span>
          <span className="font-medium text-[var(--accent)]">{next.title} →</span>
        </Link>
      ) : (
        <Link href="/" className="rounded-lg border border-[var(--line)] p-4 text-right hover:border-[var(--accent)] sm:col-start-2">
          <span className="block text-sm text-[var(--muted)]">You have finished the course</span>
          <span className="font-medium text-[var(--accent)]">Course map →</span>
        </Link>
      )}
    </nav>
  );
}
