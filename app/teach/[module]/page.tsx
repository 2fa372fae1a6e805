import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionPlan } from '@/components/teach/session-plan';
import { COURSE } from '@/content/course';
import { getGuide, loadGuides } from '@/lib/teach/guides';

type Props = { params: Promise<{ module: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadGuides().map((g) => ({ module: g.module }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { module: id } = await params;
  const mod = COURSE.find((m) => m.id === id);
  return mod ? { title: `Session plan: ${mod.title}`, description: mod.summary } : {};
}

export default async function ModulePlanPage({ params }: Props) {
  const { module: id } = await params;
  const guide = getGuide(id);
  const mod = COURSE.find((m) => m.id === id);
  if (!guide || !mod) notFound();
  return <SessionPlan guide={guide} mod={mod} />;
}
