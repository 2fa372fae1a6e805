'use client';
import { useId, useState } from 'react';
import { evaluate } from '@/lib/builder/evaluate';
import type { Design, Scenario } from '@/lib/builder/model';
import { designFromReference } from '@/lib/builder/reference-design';
import { CutCard } from './cut-card';

type Props = {
  scenario: Scenario;
  design: Design;
  /** "Submission 3 of 24": what the room sees unless names are shown. */
  label: string;
  /** The learner's nickname, shown only after the instructor's explicit choice. */
  nickname: string | null;
  onClose: () => void;
  /** Step to the previous or next submission. */
  onStep?: (delta: -1 | 1) => void;
};

/**
 * One learner's cut on the big screen beside a reference design, for discussion. Anonymised by
 * default: "Show names" is a switch the instructor turns on deliberately, and it starts off for
 * every submission opened.
 */
export function SubmissionView({ scenario, design, label, nickname, onClose, onStep }: Props) {
  const id = useId();
  const [showName, setShowName] = useState(false);
  const [refId, setRefId] = useState(scenario.references[0]?.id ?? '');
  const reference = designFromReference(scenario, refId);
  const refTitle = scenario.references.find((r) => r.id === refId)?.title ?? '';
  const score = evaluate(scenario, design).score;
  const title = showName && nickname ? `${label}: ${nickname}` : label;
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${id}-title`} className="mr-auto text-2xl font-bold">
          {title}
        </h2>
        <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={showName} onChange={(e) => setShowName(e.target.checked)} className="size-5" />
          Show name
        </label>
        {onStep ? (
          <>
            <button type="button" className="min-h-11 rounded-md border border-[var(--line)] px-3 text-sm font-medium" onClick={() => onStep(-1)}>
              Previous submission
            </button>
            <button type="button" className="min-h-11 rounded-md border border-[var(--line)] px-3 text-sm font-medium" onClick={() => onStep(1)}>
              Next submission
            </button>
          </>
        ) : null}
        <button type="button" className="min-h-11 rounded-md bg-[var(--accent)] px-4 text-sm font-semibold text-[var(--accent-ink)]" onClick={onClose}>
          Back to the class
        </button>
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <CutCard scenario={scenario} design={design} title="This cut" aside={<span className="font-semibold">Score {score} / 100</span>} />
        {reference ? (
          <CutCard
            scenario={scenario}
            design={reference}
            title={`Reference: ${refTitle}`}
            aside={
              scenario.references.length > 1 ? (
                <span>
                  <label htmlFor={`${id}-ref`} className="sr-only">
                    Reference design to compare with
                  </label>
                  <select id={`${id}-ref`} value={refId} onChange={(e) => setRefId(e.target.value)} className="min-h-11 rounded-md border border-[var(--line)] bg-[var(--page)] px-2">
                    {scenario.references.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.title}
                      </option>
                    ))}
                  </select>
                </span>
              ) : null
            }
          />
        ) : null}
      </div>
    </section>
  );
}
