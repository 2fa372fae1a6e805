import type { WidgetProps } from './types';
import { ChoiceGroup } from './choice-group';

/** A short case as labelled facts, answered with an architecture and the reason for it. */
export function Scenario({ question, response, onChange, disabled }: WidgetProps<'scenario'>) {
  const current = response ?? { choice: null, reason: null };
  return (
    <div className="grid gap-5">
      <div className="rounded-md border border-[var(--line)] bg-[var(--panel)] p-4">
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-[var(--muted)]">The case</p>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {question.facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-semibold">{fact.label}</dt>
              <dd className="mb-1 sm:mb-0">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ChoiceGroup
        legend={question.prompt}
        options={question.choices}
        selected={current.choice ? [current.choice] : []}
        onSelect={(id) => onChange({ ...current, choice: id })}
        disabled={disabled}
      />
      <ChoiceGroup
        legend="Why?"
        options={question.reasons}
        selected={current.reason ? [current.reason] : []}
        onSelect={(id) => onChange({ ...current, reason: id })}
        disabled={disabled}
      />
    </div>
  );
}
