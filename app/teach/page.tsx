import type { Metadata } from 'next';
import Link from 'next/link';
import { primaryLink, secondaryLink, sectionHeading, textLink } from '@/components/teach/styles';
import { loadScenarios } from '@/lib/builder/scenarios';
import { getLesson, loadCourse } from '@/lib/content/lessons';
import { loadGuides } from '@/lib/teach/guides';
import { plannedLessons } from '@/lib/teach/plan';

export const metadata: Metadata = {
  title: 'Teach',
  description: 'Session plans for each module, slides with a speaker console, class polls and the builder on the big screen.',
};

export default function TeachPage() {
  const guides = new Map(loadGuides().map((g) => [g.module, g]));
  const { modules } = loadCourse();
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-4xl font-bold tracking-tight">Teach this course</h1>
      <p className="mt-3 max-w-prose text-lg leading-relaxed">
        One session plan per module: an agenda with timings, objectives, discussion prompts, an exercise and the misconceptions to
        expect. Present any lesson as slides with a speaker console, run a class poll from any quiz question, and put a builder
        scenario on the big screen beside its reference design.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/teach/live" className={primaryLink}>
          Start live session
        </Link>
        <Link href="/teach/poll" className={secondaryLink}>
          Run a class poll
        </Link>
        <Link href="#builder" className={secondaryLink}>
          Builder on the big screen
        </Link>
      </div>

      <h2 className={sectionHeading}>Session plans</h2>
      <ol className="grid gap-4 sm:grid-cols-2">
        {modules.map((mod, i) => {
          // loadGuides() refuses a module without a session plan, so every module has one.
          const guide = guides.get(mod.id)!;
          const first = plannedLessons(guide)[0] ?? mod.lessons[0];
          return (
            <li key={mod.id} className="flex flex-col gap-3 rounded-lg border border-[var(--line)] p-5">
              <h3 className="text-xl font-bold">
                <span className="text-[var(--muted)]">Module {i + 1}. </span>
                {mod.title}
              </h3>
              <p className="text-[var(--muted)]">{mod.summary}</p>
              <p>
                {guide.minutes} minutes · {guide.agenda.length} agenda items · exercise: {guide.exercise.title}
              </p>
              <div className="mt-auto flex flex-wrap gap-2">
                <Link href={`/teach/${mod.id}`} className={secondaryLink} aria-label={`Session plan: ${mod.title}`}>
                  Session plan
                </Link>
                {first ? (
                  <Link href={`/lessons/${first}/present/console`} className={primaryLink} aria-label={`Start presenting ${mod.title}: ${getLesson(first)?.title ?? first}`}>
                    Start presenting
                  </Link>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>

      <h2 id="builder" className={sectionHeading}>
        Builder on the big screen
      </h2>
      <p className="mb-3 max-w-prose">Open a scenario full screen with a reference design beside it, or paste a learner&apos;s share link to discuss their design.</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {loadScenarios().map((s) => (
          <li key={s.id}>
            <Link href={`/teach/builder/${s.id}`} className={textLink}>
              {s.title}
            </Link>
            <span className="text-[var(--muted)]"> · {s.summary}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
