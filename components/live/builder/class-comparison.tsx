'use client';
import { EvaluationPanel } from '@/components/builder/evaluation-panel';
import { evaluate } from '@/lib/builder/evaluate';
import type { Design, Scenario } from '@/lib/builder/model';
import { designPartition } from '@/lib/builder/reference-design';
import { cutKey } from '@/lib/live/cohort/common-cuts';
import { compareWithClass } from '@/lib/live/cohort/round-summary';
import type { PublicBuilderSummary } from '@/lib/live/builder-round';
import { ConsensusAndReferences } from '../cohort/consensus-and-references';
import '../cohort/cohort.css';


/**
 * After the round: the learner's own cut with the evaluation they know from the builder, how
 * close it is to the class consensus and to each reference (and their scores), and how many
 * others drew the very same cut.
 */
export function ClassComparison({ scenario, summary, design }: { scenario: Scenario; summary: PublicBuilderSummary; design: Design | null }) {
  const evaluation = design ? evaluate(scenario, design) : null;
  const mine = design ? compareWithClass(scenario, design, summary) : null;
  const key = design ? cutKey(designPartition(design, scenario)) : null;
  const twins = key ? (summary.cuts.find((c) => c.key === key)?.count ?? 1) - 1 : 0;
  return (
    <div className="flex flex-col gap-4">
      {mine && evaluation ? (
        <>
          <section aria-labelledby="mine-vs-class" className="flex flex-col gap-2">
            <h2 id="mine-vs-class" className="text-xl font-bold">
              Your cut beside the class
            </h2>
            <p>
              {summary.submissions} cuts were submitted. {twins > 0 ? `${twins} other ${twins === 1 ? 'learner' : 'learners'} drew exactly your cut.` : 'Nobody else drew exactly your cut.'}
            </p>
            <div className="table-frame" tabIndex={0} role="region" aria-label="Your cut compared (scrolls)">
              <table className="w-full text-sm">
                <caption className="sr-only">Your score and how close your cut is to each design</caption>
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="py-1 pr-3">
                      Design
                    </th>
                    <th scope="col" className="py-1 pr-3 text-right">
                      Its score
                    </th>
                    <th scope="col" className="py-1 text-right">
                      How close yours is
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="border-t border-[var(--line)] font-semibold">
                    <th scope="row" className="py-1 pr-3 text-left">
                      Your cut
                    </th>
                    <td className="py-1 pr-3 text-right tabular-nums">{evaluation.score}</td>
                    <td className="py-1 text-right">–</td>
                  </tr>
                  {mine.against.map((a) => (
                    <tr key={a.id} className="border-t border-[var(--line)]">
                      <th scope="row" className="py-1 pr-3 text-left font-normal">
                        {a.id === 'consensus' ? a.title : `Reference: ${a.title}`}
                      </th>
                      <td className="py-1 pr-3 text-right tabular-nums">{a.score}</td>
                      <td className="py-1 text-right tabular-nums">{Math.round(a.closeness)}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="text-sm text-[var(--muted)]">How close: the share of capabilities that sit together the same way (MoJoFM); 100% is the same cut.</p>
          </section>
          <EvaluationPanel evaluation={evaluation} />
        </>
      ) : (
        <p>You did not submit a cut in this round. Here is what the class arrived at.</p>
      )}
      <ConsensusAndReferences scenario={scenario} summary={summary} />
    </div>
  );
}
