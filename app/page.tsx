import Link from 'next/link';
import { CourseMap } from '@/components/layout/course-map';
import { ContinueLink, CourseProgressLine } from '@/components/progress/continue-link';
import { COURSE_PROMISE, COURSE_TITLE } from '@/content/course';
import { loadCourse } from '@/lib/content/lessons';

export default function HomePage() {
  const { modules, lessons } = loadCourse();
  const first = lessons[0]!;
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const outline = modules.map((m) => ({ id: m.id, title: m.title, lessons: m.items.map((l) => ({ slug: l.slug, title: l.title, number: l.number })) }));
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:py-16">
      <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">{COURSE_TITLE}</h1>
      <p className="mt-2 text-lg font-medium text-[var(--muted)]">Where to draw a service boundary, and when not to draw one.</p>
      <p className="mt-6 max-w-prose text-lg leading-relaxed">{COURSE_PROMISE}</p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <ContinueLink modules={outline}>
          <Link
            href={`/lessons/${first.slug}`}
            className="no-print inline-flex h-12 items-center rounded-md bg-[var(--accent)] px-6 font-semibold text-[var(--accent-ink)] hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
          >
            Start the course
          </Link>
        </ContinueLink>
        <p className="text-[var(--muted)]">
          {modules.length} modules · {lessons.length} lessons · about {Math.round(minutes / 5) * 5 || minutes} minutes of reading
        </p>
      </div>
      <section aria-labelledby="map-heading" className="mt-14">
        <div className="mb-6 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <h2 id="map-heading" className="text-2xl font-bold">
            Course map
          </h2>
          <CourseProgressLine slugs={lessons.map((l) => l.slug)} />
        </div>
        <CourseMap modules={modules} />
      </section>
    </main>
  );
}
