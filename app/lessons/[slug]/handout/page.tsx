import '@/components/presenter/slide.css';
import '@/components/presenter/question-card.css';
import '@/components/presenter/controls.css';
import '@/components/presenter/handout.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { mdxComponents } from '@/components/mdx/registry';
import { PrintButton } from '@/components/presenter/print-button';
import { QuestionCard } from '@/components/presenter/question-card';
import { SlideDiagram } from '@/components/presenter/slide-diagram';
import { getLesson, loadCourse } from '@/lib/content/lessons';
import { compileLesson } from '@/lib/content/mdx';
import { answerLines } from '@/lib/presenter/answer-key';
import { handoutParts } from '@/lib/presenter/split-slides';
import { loadQuizData, quizIds } from '@/lib/quiz/load';
import { lessonOfQuiz } from '@/lib/quiz/sections';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: `${lesson.title} · Handout`, description: `Printable handout for ${lesson.title}: takeaways, diagrams, a worksheet and its answer key.` } : {};
}

/** A printable handout: objectives, takeaways, the diagrams, a worksheet of the lesson's quiz questions, and the key on its own page. */
export default async function HandoutPage({ params }: Props) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  const file = `content/lessons/${lesson.slug}.mdx`;
  const parts = handoutParts(lesson.body);
  const components = { ...mdxComponents, Diagram: SlideDiagram };
  const takeaways = parts.takeaways ? (await compileLesson(file, parts.takeaways, components)).content : null;
  const diagrams = parts.diagrams.length ? (await compileLesson(file, parts.diagrams.join('\n\n'), components)).content : null;
  const questions = quizIds()
    .filter((id) => lessonOfQuiz(id) === lesson.slug)
    .flatMap((id) => loadQuizData(id).items.map((item) => item.question));

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

      {questions.length ? (
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
        </section>
      ) : null}
    </main>
  );
}
