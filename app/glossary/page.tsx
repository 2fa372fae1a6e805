import type { Metadata } from 'next';
import { IntentLink } from '@/components/ui/intent-link';
import { loadGlossary } from '@/lib/content/glossary';
import { loadCourse } from '@/lib/content/lessons';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Every term the course uses, defined in one sentence, with the lesson that teaches it.',
  openGraph: { title: 'Glossary', description: 'Every term the course uses, defined in one sentence.' },
};

export default function GlossaryPage() {
  const terms = loadGlossary();
  const titles = new Map(loadCourse().lessons.map((l) => [l.slug, l.title]));
  const letters = [...new Set(terms.map((t) => t.term[0]!.toUpperCase()))];
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Glossary</h1>
      <p className="mt-3 text-[var(--muted)]">
        {terms.length} terms, each with the lesson that teaches it. In lessons, the first use of a term is underlined with dots:
        hover, focus or tap it for its definition.
      </p>
      <nav aria-label="Glossary letters" className="no-print mt-6 flex flex-wrap gap-1">
        {letters.map((letter) => (
          <a key={letter} href={`#letter-${letter}`} className="inline-grid h-9 min-w-9 place-items-center rounded border border-[var(--line)] px-2 text-sm font-medium hover:border-[var(--accent)]">
            {letter}
          </a>
        ))}
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
          <h2 id={`letter-${letter}`} className="border-b border-[var(--line)] pb-1 text-xl font-bold">
            {letter}
          </h2>
          <dl className="mt-3 space-y-4">
            {terms
              .filter((t) => t.term[0]!.toUpperCase() === letter)
              .map((t) => (
                <div key={t.id} id={t.id} className="scroll-mt-20">
                  <dt className="font-semibold">
                    {t.term}
                    {t.aliases?.length ? <span className="font-normal text-[var(--muted)]"> (also: {t.aliases.join(', ')})</span> : null}
                  </dt>
                  <dd className="mt-1">
                    {t.definition}{' '}
                    <IntentLink href={`/lessons/${t.lesson}${t.anchor ? `#${t.anchor}` : ''}`} className="text-[var(--accent)] underline underline-offset-4">
                      Taught in: {titles.get(t.lesson) ?? t.lesson}
                    </IntentLink>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </main>
  );
}
