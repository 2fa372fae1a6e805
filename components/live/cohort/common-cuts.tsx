import type { Scenario } from '@/lib/builder/model';
import type { CommonCut } from '@/lib/live/cohort/common-cuts';
import { capabilityNamer, learners, percent } from './names';

type Props = {
  scenario: Scenario;
  cuts: CommonCut[];
  submissions: number;
  /** Opens one submission of that cut (the host's projector); absent in the report and for learners. */
  onOpen?: (participant: string) => void;
};

/** The cuts the class drew most, each with how many drew it and its services as lists of capabilities. */
export function CommonCuts({ scenario, cuts, submissions, onOpen }: Props) {
  const name = capabilityNamer(scenario);
  if (!cuts.length) return <p className="text-[var(--muted)]">No cut submitted yet.</p>;
  return (
    <ol className="flex flex-col gap-3">
      {cuts.map((cut, i) => (
        <li key={cut.key} className="cohort-card rounded-md border border-[var(--line)] bg-[var(--panel)] p-3">
          <p className="font-semibold">
            Cut {i + 1}: {learners(cut.count)} ({percent(submissions ? cut.count / submissions : 0)}), {cut.groups.length} {cut.groups.length === 1 ? 'service' : 'services'}
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Services of cut ${i + 1}`}>
            {cut.groups.map((g) => (
              <li key={g.join()} className="rounded border border-[var(--line)] bg-[var(--page)] px-2 py-1 text-sm">
                {g.map(name).join(' + ')}
              </li>
            ))}
          </ul>
          {onOpen ? (
            <button type="button" className="mt-2 min-h-11 rounded-md border border-[var(--line)] px-3 text-sm font-medium hover:bg-[var(--page)]" onClick={() => onOpen(cut.participants[0]!)}>
              Open one submission of cut {i + 1}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
