import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Lesson } from '@/lib/content/lessons';
import { answerLines } from '@/lib/teach/answer-key';
import type { Question } from '@/lib/quiz/schema';
import type { Guide } from '@/lib/teach/guide-schema';
import { HandoutMaterialKeys, HandoutMaterials } from './handout-materials';
import { PrintButton } from './print-button';
import { QuestionCard } from './question-card';

type Props = {
  lesson: Lesson;
  /** The lesson's compiled `<Takeaways>` block, if it has one. */
  takeaways: ReactNode;
  /** The lesson's diagrams, compiled, if it has any. */
  diagrams: ReactNode;
  /** The questions of every quiz of the lesson, for the worksheet and its key. */
  questions: Question[];
  /** Class materials from the module's session plan that this lesson's handout prints. */
  materials?: Guide['materials'];
};

/** A printable handout: objectives, takeaways, the diagrams, a worksheet of the lesson's quiz questions, and the key on its own page. */
export function Handout({ lesson, takeaways, diagrams, questions, materials = [] }: Props) {
  return (
    <main id="main" className="handout mx-auto max-w-4xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-[var(--accent)]">
        {lesson.moduleTitle} · Lesson {lesson.number} · Handout
      </p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{lesson.title}</h1>
      <p className="mt-2 text-lg text-[var(--muted)]">{lesson.summary}</p>
      <div className="no-print mt-5 flex flex-wrap items-center gap-3">
        <PrintButton />
        <Link href={`/lessons/${lesson.slug}`} className="font-medium text-[var(--accent)] underline underline-offset-2">
          Back to the lesson
        </Link>
      </div>

      <section aria-labelledby="handout-objectives" className="handout-section">
        <h2 id="handout-objectives">After this lesson you can</h2>
        <ul>
          {lesson.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>

      {takeaways ? <div className="handout-section prose prose-slate max-w-none dark:prose-invert">{takeaways}</div> : null}

      {diagrams ? (
        <section aria-labelledby="handout-diagrams" className="handout-section handout-diagrams">
          <h2 id="handout-diagrams">Diagrams</h2>
          {diagrams}
        </section>
      ) : null}

      <HandoutMaterials materials={materials} />

      <section aria-labelledby="handout-worksheet" className="handout-section handout-worksheet">
        <h2 id="handout-worksheet">Worksheet</h2>
        {questions.length ? (
          <>
            <p className="text-[var(--muted)]">Answer each question in the space below it. The answer key is on a separate page.</p>
            <ol className="handout-questions">
              {questions.map((q) => (
                <li key={q.id}>
                  <QuestionCard question={q} answer={false} level={3} worksheet />
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p>This lesson has no quiz questions yet, so the worksheet is empty.</p>
        )}
      </section>

      {questions.length || materials.length ? (
        <section aria-labelledby="handout-key" className="handout-section handout-key">
          <h2 id="handout-key">Answer key</h2>
          <ol className="handout-questions">
            {questions.map((q) => (
              <li key={q.id}>
                <p className="font-semibold">{q.prompt}</p>
                <ul className="list-disc pl-6">
                  {answerLines(q).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p className="mt-1 text-[var(--muted)]">{q.explanation}</p>
              </li>
            ))}
          </ol>
          <HandoutMaterialKeys materials={materials} />
        </section>
      ) : null}
    </main>
  );
}
