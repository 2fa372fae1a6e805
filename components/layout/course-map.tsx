import { IntentLink } from '@/components/ui/intent-link';
import type { Lesson } from '@/lib/content/lessons';
import type { CourseModule } from '@/content/course';
import { LessonBadge, ModuleProgress } from '@/components/progress/lesson-badge';

type Props = { modules: (CourseModule & { items: Lesson[] })[] };

/** The course map: modules in order, each lesson with its one-line summary and reading time. */
export function CourseMap({ modules }: Props) {
  return (
    <ol className="space-y-10">
      {modules.map((mod, m) => (
        <li key={mod.id} aria-labelledby={`module-${mod.id}`}>
          <h3 id={`module-${mod.id}`} className="text-xl font-semibold">
            <span className="text-[var(--muted)]">Module {m + 1}.</span> {mod.title}
          </h3>
          <p className="mt-1 text-[var(--muted)]">
            {mod.summary}
            <ModuleProgress slugs={mod.items.map((l) => l.slug)} />
          </p>
          <ol className="mt-4 divide-y divide-[var(--line)] rounded-lg border border-[var(--line)]">
            {mod.items.map((lesson) => (
              <li key={lesson.slug} className="p-4 sm:flex sm:items-baseline sm:justify-between sm:gap-6">
                <div>
                  <IntentLink href={`/lessons/${lesson.slug}`} className="font-medium text-[var(--accent)] underline-offset-4 hover:underline">
                    {lesson.number}. {lesson.title}
                  </IntentLink>
                  <p className="mt-1 text-sm text-[var(--muted)]">{lesson.summary}</p>
                </div>
                <div className="mt-2 flex shrink-0 flex-wrap items-center gap-2 text-sm text-[var(--muted)] sm:mt-0 sm:justify-end">
                  <LessonBadge slug={lesson.slug} />
                  <span>{lesson.minutes} min read</span>
                </div>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
