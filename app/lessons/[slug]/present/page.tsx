import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDeck } from '@/components/teach/deck';
import { Presenter } from '@/components/teach/presenter';
import { getLesson, lessonStaticParams } from '@/lib/content/lessons';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: `${lesson.title} · Slides`, robots: { index: false } } : {};
}

export default async function PresentPage({ params }: Props) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  const deck = await getDeck(lesson);
  return <Presenter slug={lesson.slug} lessonTitle={lesson.title} slides={deck.map(({ title, section, content, question }) => ({ title, section, content, question }))} />;
}
