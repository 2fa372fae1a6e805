import type { Scenario } from '@/lib/builder/model';
import type { BuilderRoundSummary } from '@/lib/live/cohort/round-summary';
import { CutCard } from './cut-card';
import { percent } from './names';

function agreementNotes(c: NonNullable<BuilderRoundSummary['consensus']>): string[] {
  return c.design.services.map((s, i) => {
    const size = Object.values(c.design.placement).filter((svc) => svc === s.id).length;
    return size > 1 ? `Kept together by ${percent(c.agreement[i] ?? 0)} of the class on average` : '';
  });
}

/**
 * The class consensus (the cut the co-assignment implies) beside every reference design, each
 * scored by the builder's own evaluation, so the room sees where its shared answer stands.
 */
export function ConsensusAndReferences({ scenario, summary, level = 3 }: { scenario: Scenario; summary: Pick<BuilderRoundSummary, 'consensus' | 'references'>; level?: 3 | 4 | 5 }) {
  const score = (n: number) => <span className="font-semibold tabular-nums">Score {n} / 100</span>;
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      {summary.consensus ? (
        <CutCard
          level={level}
          scenario={scenario}
          design={summary.consensus.design}
          title="Class consensus"
          aside={score(summary.consensus.evaluation.score)}
          notes={agreementNotes(summary.consensus)}
        />
      ) : (
        <p className="text-[var(--muted)]">The consensus appears with the first submission.</p>
      )}
      {summary.references.map((r) => (
        <CutCard key={r.id} level={level} scenario={scenario} design={r.design} title={`Reference: ${r.title}`} aside={score(r.evaluation.score)} />
      ))}
    </div>
  );
}
