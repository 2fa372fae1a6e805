import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDeck } from '@/components/teach/deck';
import { SpeakerConsole } from '@/components/teach/speaker-console';
import { getLesson, lessonStaticParams } from '@/lib/content/lessons';
import { loadGuides } from '@/lib/teach/guides';
import { lessonBudget } from '@/lib/teach/plan';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: `${lesson.title} · Speaker console`, robots: { index: false } } : {};
}

export default async function ConsolePage({ params }: Props) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  const deck = await getDeck(lesson);
  const budget = lessonBudget(loadGuides(), lesson.slug);
  return (
    <SpeakerConsole
      slug={lesson.slug}
      lessonTitle={lesson.title}
      slides={deck.map(({ title, section, content, notes, question }) => ({ title, section, content, notes, question }))}
      budgetMinutes={budget?.minutes ?? null}
    />
  );
}
