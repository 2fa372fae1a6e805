import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BuilderStage } from '@/components/teach/builder-stage';
import { getScenario, loadScenarios } from '@/lib/builder/scenarios';

type Props = { params: Promise<{ scenario: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadScenarios().map((s) => ({ scenario: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = getScenario((await params).scenario);
  return scenario ? { title: `${scenario.title} · Big screen`, description: scenario.summary } : {};
}

export default async function BigScreenBuilderPage({ params }: Props) {
  const scenario = getScenario((await params).scenario);
  if (!scenario) notFound();
  return (
    <main id="main" className="mx-auto flex w-full max-w-[120rem] flex-col gap-3 px-4 py-3 lg:h-[calc(100dvh-3.5rem)]">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="text-2xl font-bold tracking-tight">
          {scenario.title} <span className="text-base font-medium text-[var(--muted)]">on the big screen</span>
        </h1>
        <Link href="/teach#builder" className="text-sm text-[var(--accent)] underline">
          All scenarios
        </Link>
      </div>
      <p className="max-w-prose">{scenario.summary}</p>
      <BuilderStage scenario={scenario} />
    </main>
  );
}
