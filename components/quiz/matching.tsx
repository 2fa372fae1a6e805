import { useId, useState, type DragEvent } from 'react';
import { markedRow, MarkNote } from './item-mark';
import type { WidgetProps } from './types';

const TARGET = 'application/x-sb-quiz-target';

/** Match each item to an answer: choose from its list (keyboard, single click) or drag an answer onto it. */
export function Matching({ question, response, onChange, disabled, marks }: WidgetProps<'matching'>) {
  const id = useId();
  const matches = response?.matches ?? {};
  const [over, setOver] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const set = (pair: string, target: string) => {
    const next = { ...matches };
    if (target) next[pair] = target;
    else delete next[pair];
    onChange({ matches: next });
  };
  const onDrop = (e: DragEvent, pair: string) => {
    e.preventDefault();
    setOver(null);
    setDragging(false);
    const target = e.dataTransfer.getData(TARGET);
    if (question.targets.some((t) => t.id === target)) set(pair, target);
  };

  return (
    <fieldset disabled={disabled} data-dragging={dragging || undefined} className="min-w-0 data-[dragging]:[&_select]:pointer-events-none">
      <legend className="mb-2 font-semibold">{question.prompt}</legend>
      <p className="mb-3 text-sm text-[var(--muted)]">Choose the match for each item, or drag an answer onto it. One point per right match.</p>
      <p id={`${id}-answers`} className="mb-1 text-sm font-semibold">
        Answers
      </p>
      <ul aria-labelledby={`${id}-answers`} className="mb-4 flex flex-wrap gap-2">
        {question.targets.map((t) => (
          <li
            key={t.id}
            draggable={!disabled}
            onDragStart={(e) => {
              e.dataTransfer.setData(TARGET, t.id);
              e.dataTransfer.effectAllowed = 'copy';
              setDragging(true);
            }}
            onDragEnd={() => setDragging(false)}
            className="rounded-full border border-[var(--line)] bg-[var(--panel)] px-3 py-1.5 text-sm [&:not([draggable=false])]:cursor-grab"
          >
            {t.text}
          </li>
        ))}
      </ul>
      <div className="grid gap-2">
        {question.pairs.map((pair) => (
          <div
            key={pair.id}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(pair.id);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => onDrop(e, pair.id)}
            data-over={over === pair.id || undefined}
            data-mark={marks?.[pair.id]?.verdict}
            className={`grid items-center gap-2 rounded-md border border-dashed border-[var(--muted)] p-3 data-[over]:border-solid data-[over]:border-[var(--accent)] data-[over]:bg-[var(--panel)] sm:grid-cols-[minmax(0,14rem)_1fr] ${markedRow}`}
          >
            <label htmlFor={`${id}-${pair.id}`} className="font-medium">
              {pair.prompt}
            </label>
            <select
              id={`${id}-${pair.id}`}
              value={matches[pair.id] ?? ''}
              onChange={(e) => set(pair.id, e.target.value)}
              className="h-11 w-full min-w-0 rounded-md border border-[var(--muted)] bg-[var(--page)] px-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
            >
              <option value="">Choose a match…</option>
              {question.targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.text}
                </option>
              ))}
            </select>
            {/* A phone's select cuts a long answer short: the whole chosen answer is written out under it. */}
            {matches[pair.id] ? (
              <p className="text-sm text-[var(--muted)] sm:col-start-2 sm:hidden" aria-hidden="true">
                {question.targets.find((t) => t.id === matches[pair.id])?.text}
              </p>
            ) : null}
            {marks?.[pair.id] ? (
              <div className="sm:col-start-2">
                <MarkNote mark={marks[pair.id]} />
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
