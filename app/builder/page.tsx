import type { Metadata } from 'next';
import Link from 'next/link';
import { BestScore } from '@/components/builder/best-score';
import { loadScenarios } from '@/lib/builder/scenarios';

export const metadata: Metadata = {
  title: 'Service-boundary builder',
  description: 'Cut a system into services on a canvas and see, live, what each cut costs and buys.',
};

export default function BuilderIndexPage() {
  const scenarios = loadScenarios();
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Service-boundary builder</h1>
      <p className="mt-3 max-w-prose text-lg leading-relaxed">
        Each scenario is a system with its business capabilities, the calls between them, the data each one writes and the
        team around it. Drag the capabilities into services; the builder explains, as you go, what the cut costs and what it buys.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {scenarios.map((s) => (
          <li key={s.id} className="flex flex-col gap-2 rounded-lg border border-[var(--line)] p-4">
            <h2 className="text-xl font-bold">
              <Link href={`/builder/${s.id}`} className="text-[var(--accent)] underline-offset-2 hover:underline">
                {s.title}
              </Link>
            </h2>
            <p className="text-sm leading-relaxed">{s.summary}</p>
            <p className="text-sm text-[var(--muted)]">
              {s.capabilities.length} capabilities · team of {s.context.teamSize} · {s.context.devopsCapacity} DevOps capacity
            </p>
            <BestScore scenarioId={s.id} />
          </li>
        ))}
      </ul>
    </main>
  );
}
