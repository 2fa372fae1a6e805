import { useId } from 'react';
import type { WidgetProps } from './types';

/** A number typed with its unit shown beside the field. */
export function Numeric({ question, response, onChange, disabled }: WidgetProps<'numeric'>) {
  const id = useId();
  const unit = question.answer.unit;
  return (
    <div className="grid gap-3">
      <p id={`${id}-prompt`} className="font-semibold">
        {question.prompt}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="font-medium">
          Your answer{unit ? ` (${unit})` : ''}
        </label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-describedby={`${id}-prompt`}
          value={response?.value ?? ''}
          onChange={(e) => onChange({ value: e.target.value })}
          disabled={disabled}
          className="h-11 w-40 rounded-md border border-[var(--muted)] bg-[var(--page)] px-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] [&[disabled]]:opacity-80"
        />
        {unit ? <span aria-hidden="true">{unit}</span> : null}
      </div>
    </div>
  );
}
