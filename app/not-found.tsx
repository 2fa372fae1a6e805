import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found', description: 'This page does not exist. The course map lists every lesson.' };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-[var(--accent)]">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page is not part of the course</h1>
      <p className="mt-4 text-[var(--muted)]">The address may be mistyped, or the lesson may have moved. Every lesson is on the course map.</p>
      <Link href="/" className="mt-8 inline-flex h-12 items-center rounded-md bg-[var(--accent)] px-6 font-semibold text-[var(--accent-ink)]">
        Go to the course map
      </Link>
    </main>
  );
}
