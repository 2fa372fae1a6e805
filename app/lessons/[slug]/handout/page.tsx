import '@/components/teach/slide.css';
import '@/components/teach/question-card.css';
import '@/components/teach/controls.css';
import '@/components/teach/handout.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { mdxComponents } from '@/components/mdx/registry';
import { Handout } from '@/components/teach/handout';
import { SlideDiagram } from '@/components/teach/slide-diagram';
import { getLesson, lessonStaticParams } from '@/lib/content/lessons';
import { compileLesson } from '@/lib/content/mdx';
import { handoutParts } from '@/lib/teach/split-slides';
import { loadQuizData, quizIds } from '@/lib/quiz/load';
import { lessonOfQuiz } from '@/lib/quiz/sections';
import { loadGuides } from '@/lib/teach/guides';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: `${lesson.title} · Handout`, description: `Printable handout for ${lesson.title}: takeaways, diagrams, a worksheet and its answer key.` } : {};
}

/** The printable handout of a lesson (components/teach/handout.tsx), with its parts compiled here. */
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

  const materials = loadGuides().flatMap((g) => g.materials.filter((m) => m.lesson === lesson.slug));

  return <Handout lesson={lesson} takeaways={takeaways} diagrams={diagrams} questions={questions} materials={materials} />;
}
