import type { WidgetProps } from './types';
import { ChoiceGroup } from './choice-group';

const VERDICTS = [
  { id: 'true', text: 'True' },
  { id: 'false', text: 'False' },
];

/** A verdict and the reason for it; each earns a point. */
export function TrueFalse({ question, response, onChange, disabled }: WidgetProps<'true-false'>) {
  const current = response ?? { verdict: null, reason: null };
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        legend={question.prompt}
        options={VERDICTS}
        selected={current.verdict === null ? [] : [String(current.verdict)]}
        onSelect={(id) => onChange({ ...current, verdict: id === 'true' })}
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
