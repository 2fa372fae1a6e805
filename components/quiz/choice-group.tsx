import { useId, type ReactNode } from 'react';
import type { ItemMarks } from '@/lib/quiz/marks';
import { markedRow, MarkNote } from './item-mark';

type Option = { id: string; text: string };

type Props = {
  legend: ReactNode;
  options: readonly Option[];
  /** Checkboxes when true ("select all that apply"), else radios. */
  multiple?: boolean;
  selected: readonly string[];
  onSelect: (id: string, checked: boolean) => void;
  disabled: boolean;
  /** Text under the legend, e.g. the partial-credit rule. */
  note?: ReactNode;
  /** After a check, the verdict beside each option that has one. */
  marks?: ItemMarks | null;
};

/** A fieldset of radios or checkboxes with a legend: the shape every choice question shares. */
export function ChoiceGroup({ legend, options, multiple = false, selected, onSelect, disabled, note, marks }: Props) {
  const name = useId();
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className="mb-2 font-semibold">{legend}</legend>
      {note ? <p className="mb-3 text-sm text-[var(--muted)]">{note}</p> : null}
      <div className="grid gap-2">
        {options.map((option) => (
          <label
            key={option.id}
            data-mark={marks?.[option.id]?.verdict}
            className={`${markedRow} flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-[var(--line)] px-3 py-2 has-[:checked]:border-[var(--accent)] has-[:checked]:bg-[var(--panel)] has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--accent)] has-[:disabled]:cursor-default`}
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={selected.includes(option.id)}
              onChange={(e) => onSelect(option.id, e.target.checked)}
              className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
            />
            <span>
              {option.text}
              <MarkNote mark={marks?.[option.id]} />
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
