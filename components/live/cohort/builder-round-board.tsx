import type { Scenario } from '@/lib/builder/model';
import type { BuilderRoundSummary } from '@/lib/live/cohort/round-summary';
import { CommonCuts } from './common-cuts';
import { ConsensusAndReferences } from './consensus-and-references';
import { HeatMap } from './heat-map';
import { capabilityNamer, percent } from './names';
import { ScoreChart } from './score-chart';
import './cohort.css';

type Props = {
  scenario: Scenario;
  summary: BuilderRoundSummary;
  /** Learners in the room, for "12 of 30 submitted"; absent in the report. */
  present?: number;
  /** Opens one submission full-screen (the host's projector only). */
  onOpen?: (participant: string) => void;
  /** The level of the board's own headings: 3 under the projector's h2, 4 inside a report round. */
  headingLevel?: 3 | 4;
  /** Makes heading ids unique when a page shows several rounds, e.g. `"round-3"`. */
  idPrefix?: string;
};

/** Everything the room's cuts say, in one picture: count, scores, heat map, common cuts, consensus beside the references. */
export function BuilderRoundBoard({ scenario, summary, present, onOpen, headingLevel = 3, idPrefix = 'cohort' }: Props) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const name = capabilityNamer(scenario);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-xl font-semibold" aria-live="off">
        {present === undefined ? `${summary.submissions} cuts submitted` : `${summary.submissions} of ${present} submitted`}
      </p>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label="Co-assignment">
          <HeatMap scenario={scenario} matrix={summary.matrix} order={summary.order} blocks={summary.consensus?.design.placement} />
          {summary.split.length ? (
            <div className="mt-3">
              <H className="text-lg font-bold">Where the class is split</H>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {summary.split.map((p) => (
                  <li key={`${p.a}-${p.b}`}>
                    {name(p.a)} and {name(p.b)}: together in {percent(p.share)} of the cuts
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
        <ScoreChart scores={summary.scores} title="Scores of the submitted cuts" />
      </div>
      <section aria-labelledby={`${idPrefix}-cuts`}>
        <H id={`${idPrefix}-cuts`} className="mb-2 text-xl font-bold">
          Most common cuts
        </H>
        <CommonCuts scenario={scenario} cuts={summary.cuts} submissions={summary.submissions} onOpen={onOpen} />
      </section>
      <section aria-labelledby={`${idPrefix}-consensus`}>
        <H id={`${idPrefix}-consensus`} className="mb-2 text-xl font-bold">
          The class consensus beside the references
        </H>
        <ConsensusAndReferences scenario={scenario} summary={summary} level={headingLevel === 3 ? 4 : 5} />
      </section>
    </div>
  );
}
