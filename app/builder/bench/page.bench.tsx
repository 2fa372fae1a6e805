import type { Metadata } from 'next';
import { BuilderEditor } from '@/components/builder/builder-editor';
import { makeBenchScenario } from '@/lib/builder/bench-scenario';

/**
 * The drag benchmark's fixture (scripts/bench/builder-fps.mjs): a 150-node canvas. A route only in
 * the benchmark's build (SB_BENCH_FIXTURES=1, see next.config.ts); production has no such page.
 */
export const metadata: Metadata = { title: 'Builder benchmark', robots: { index: false, follow: false } };

export default function BuilderBenchPage() {
  const scenario = makeBenchScenario();
  return (
    <main id="main" className="mx-auto flex w-full max-w-[110rem] flex-col gap-3 px-4 py-4 lg:h-[calc(100dvh-3.5rem)]">
      <h1 className="text-2xl font-bold tracking-tight">{scenario.title}</h1>
      <BuilderEditor scenario={scenario} />
    </main>
  );
}
