import type { Lesson } from '@/lib/content/lessons';

/** Module, title, reading time and the learning objectives from the lesson's metadata. */
export function LessonHeader({ lesson }: { lesson: Lesson }) {
  return (
    <header className="mb-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-[var(--accent)]">
        {lesson.moduleTitle} · Lesson {lesson.number}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{lesson.title}</h1>
      <p className="mt-2 text-[var(--muted)]">{lesson.minutes} min read</p>
      <p className="no-print mt-1 flex gap-4 text-sm">
        <a href={`/lessons/${lesson.slug}/present`} className="font-medium text-[var(--accent)] underline underline-offset-2">Present</a>
        <a href={`/lessons/${lesson.slug}/handout`} className="font-medium text-[var(--accent)] underline underline-offset-2">Handout</a>
      </p>
      <section aria-labelledby="objectives-heading" className="mt-6 rounded-lg border border-[var(--line)] p-5">
        <h2 id="objectives-heading" className="font-semibold">
          Learning objectives
        </h2>
        <p className="mt-1 text-sm text-[var(--muted)]">After this lesson you can:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
    </header>
  );
}
