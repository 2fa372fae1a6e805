import Link from 'next/link';
import { SessionMaterials } from './session-materials';
import { primaryLink, sectionHeading, textLink } from './styles';
import type { CourseModule } from '@/content/course';
import { getScenario } from '@/lib/builder/scenarios';
import { getLesson } from '@/lib/content/lessons';
import type { Guide } from '@/lib/teach/guide-schema';
import { plannedLessons, timedAgenda } from '@/lib/teach/plan';

type Props = { guide: Guide; mod: CourseModule };

/** A module's session plan for the instructor: agenda with timings, objectives, prompts, exercise. */
export function SessionPlan({ guide, mod }: Props) {
  const lessons = plannedLessons(guide);
  const first = lessons[0] ?? mod.lessons[0];
  const scenario = guide.exercise.scenario ? getScenario(guide.exercise.scenario) : undefined;

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-[var(--accent)]">
        <Link href="/teach" className="underline underline-offset-2">
          Teach
        </Link>{' '}
        · Session plan · {guide.minutes} minutes
      </p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{mod.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{mod.summary}</p>
      {first ? (
        <p className="mt-6">
          <Link href={`/lessons/${first}/present/console`} className={primaryLink}>
            Start presenting
          </Link>
          <span className="ml-3 text-[var(--muted)]">opens the speaker console for {getLesson(first)?.title ?? first}</span>
        </p>
      ) : null}

      <h2 className={sectionHeading}>Objectives</h2>
      <ul className="list-disc space-y-1 pl-6">
        {guide.objectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>

      <h2 className={sectionHeading}>Before the session</h2>
      <ul className="list-disc space-y-1 pl-6">
        {guide.preparation.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>

      <h2 className={sectionHeading}>Agenda</h2>
      <div className="table-frame" role="region" aria-label="Agenda" tabIndex={0}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Agenda with clock times from the start of the session</caption>
          <thead>
            <tr className="border-b-2 border-[var(--line)]">
              <th scope="col" className="py-2 pr-4">Time</th>
              <th scope="col" className="py-2 pr-4">Activity</th>
              <th scope="col" className="py-2">Materials</th>
            </tr>
          </thead>
          <tbody>
            {timedAgenda(guide).map((item) => {
              const lesson = item.lesson ? getLesson(item.lesson) : undefined;
              return (
                <tr key={`${item.start}-${item.activity}`} className="border-b border-[var(--line)] align-top">
                  <td className="py-3 pr-4 whitespace-nowrap tabular-nums">
                    {item.start}–{item.end}
                    <span className="block text-sm text-[var(--muted)]">{item.minutes} min</span>
                  </td>
                  <td className="py-3 pr-4">
                    <strong>{item.activity}</strong>
                    <p className="mt-1">{item.detail}</p>
                  </td>
                  <td className="py-3">
                    {lesson ? (
                      <ul className="space-y-1 text-sm">
                        <li>
                          <Link className={textLink} href={`/lessons/${lesson.slug}`}>
                            {lesson.title}
                          </Link>
                        </li>
                        <li>
                          <Link className={textLink} href={`/lessons/${lesson.slug}/present/console`} aria-label={`Present ${lesson.title}`}>
                            Present
                          </Link>
                          {' · '}
                          <Link className={textLink} href={`/lessons/${lesson.slug}/handout`} aria-label={`Handout for ${lesson.title}`}>
                            Handout
                          </Link>
                        </li>
                      </ul>
                    ) : (
                      <span className="text-sm text-[var(--muted)]">Room activity</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 className={sectionHeading}>Discussion prompts</h2>
      <ol className="list-decimal space-y-3 pl-6">
        {guide.prompts.map((p) => (
          <li key={p.question}>
            <p className="font-semibold">{p.question}</p>
            <p className="mt-1">
              <span className="text-[var(--muted)]">Listen for: </span>
              {p.lookFor}
            </p>
          </li>
        ))}
      </ol>

      <h2 className={sectionHeading}>Exercise: {guide.exercise.title}</h2>
      <p className="text-[var(--muted)]">{guide.exercise.minutes} minutes</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {guide.exercise.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <p className="mt-3">
        <strong>Debrief: </strong>
        {guide.exercise.debrief}
      </p>
      {scenario ? (
        <p className="mt-3">
          <Link className={textLink} href={`/teach/builder/${scenario.id}`}>
            Open {scenario.title} on the big screen
          </Link>
        </p>
      ) : null}

      <SessionMaterials guide={guide} />

      <h2 className={sectionHeading}>Common misconceptions</h2>
      <dl className="space-y-3">
        {guide.misconceptions.map((m) => (
          <div key={m.myth} className="rounded-lg border border-[var(--line)] p-4">
            <dt className="font-semibold">“{m.myth}”</dt>
            <dd className="mt-1">{m.correction}</dd>
          </div>
        ))}
      </dl>

      <h2 className={sectionHeading}>Lessons in this module</h2>
      <ul className="space-y-2">
        {mod.lessons.map((slug) => {
          const lesson = getLesson(slug);
          if (!lesson) return null;
          return (
            <li key={slug} className="flex flex-wrap items-baseline gap-x-3">
              <Link className={textLink} href={`/lessons/${slug}`}>
                {lesson.number}. {lesson.title}
              </Link>
              <Link className={textLink} href={`/lessons/${slug}/present`} aria-label={`Slides: ${lesson.title}`}>
                Slides
              </Link>
              <Link className={textLink} href={`/lessons/${slug}/present/console`} aria-label={`Speaker console: ${lesson.title}`}>
                Speaker console
              </Link>
              <Link className={textLink} href={`/lessons/${slug}/handout`} aria-label={`Handout: ${lesson.title}`}>
                Handout
              </Link>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
