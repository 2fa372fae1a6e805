import { useId } from 'react';
import { CERTAINTIES, CERTAINTY_LABELS, type Certainty } from '@/lib/quiz/progress';

type Props = { value: Certainty | null; onChange: (value: Certainty) => void; disabled: boolean };

/** "How sure are you?" before checking: the summary compares it with how the answers went. */
export function CertaintyPicker({ value, onChange, disabled }: Props) {
  const name = useId();
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className="mb-2 text-sm font-semibold">
        How sure are you? <span className="font-normal text-[var(--muted)]">(optional)</span>
      </legend>
      <div className="flex flex-wrap gap-2">
        {CERTAINTIES.map((level) => (
          <label
            key={level}
            className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-[var(--line)] px-3 text-sm has-[:checked]:border-[var(--accent)] has-[:checked]:bg-[var(--panel)] has-[:checked]:font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--accent)]"
          >
            <input type="radio" name={name} checked={value === level} onChange={() => onChange(level)} className="accent-[var(--accent)]" />
            {CERTAINTY_LABELS[level]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
