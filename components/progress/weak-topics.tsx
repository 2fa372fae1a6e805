import Link from 'next/link';
import type { WeakTopic } from '@/lib/progress/summary';

/** The sections behind the most missed quiz questions, each linking back to the lesson section. */
export function WeakTopics({ topics }: { topics: WeakTopic[] }) {
  if (topics.length === 0) {
    return <p>Nothing to revisit yet. When you miss a quiz question, the section that teaches it shows up here.</p>;
  }
  return (
    <>
      <ol className="grid gap-2">
        {topics.map((t) => (
          <li key={t.section} className="rounded-md border border-[var(--line)] px-4 py-3">
            <Link href={t.href} className="font-medium text-[var(--accent)] underline underline-offset-2">
              {t.sectionTitle}
            </Link>
            <span className="text-[var(--muted)]"> in {t.lessonTitle}</span>
            <p className="mt-1 text-sm">
              {t.missed} of {t.answered} {t.answered === 1 ? 'question' : 'questions'} on it not fully right
              {t.sureButWrong > 0 ? `, ${t.sureButWrong} of them while sure` : ''}.
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <Link href="/review" className="font-medium text-[var(--accent)] underline underline-offset-2">
          Practise the questions you missed
        </Link>
      </p>
    </>
  );
}
