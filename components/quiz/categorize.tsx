import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { markedRow, MarkNote } from './item-mark';
import type { WidgetProps } from './types';

const ITEM = 'application/x-sb-quiz-item';
const UNSORTED = '';

/** Sort items into categories: drag a card onto a category, or choose its category from the card's list. */
export function Categorize({ question, response, onChange, disabled, marks }: WidgetProps<'categorize'>) {
  const id = useId();
  const placements = response?.placements ?? {};
  const [over, setOver] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // A card moves to its new category's box when its list changes: keep keyboard focus on that list.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(`${id}-${refocus.current}`)?.focus();
    refocus.current = null;
  });
  const place = (item: string, category: string) => {
    const next = { ...placements };
    if (category) next[item] = category;
    else delete next[item];
    onChange({ placements: next });
  };
  const zones = [{ id: UNSORTED, label: 'To sort' }, ...question.categories];
  const onDrop = (e: DragEvent, zone: string) => {
    e.preventDefault();
    setOver(null);
    setDragging(false);
    const item = e.dataTransfer.getData(ITEM);
    if (question.items.some((i) => i.id === item)) place(item, zone);
  };

  return (
    <fieldset disabled={disabled} data-dragging={dragging || undefined} className="min-w-0 data-[dragging]:[&_select]:pointer-events-none">
      <legend className="mb-2 font-semibold">{question.prompt}</legend>
      <p className="mb-3 text-sm text-[var(--muted)]">
        Drag each card into a category, or choose its category from the list on the card. One point per card in its right category.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {zones.map((zone) => {
          const items = question.items.filter((i) => (placements[i.id] ?? UNSORTED) === zone.id);
          if (zone.id === UNSORTED && items.length === 0) return null;
          return (
            <div
              key={zone.id || 'unsorted'}
              role="group"
              aria-labelledby={`${id}-zone-${zone.id || 'unsorted'}`}
              onDragOver={(e) => {
                e.preventDefault();
                setOver(zone.id);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => onDrop(e, zone.id)}
              data-over={over === zone.id || undefined}
              className={`min-h-24 min-w-0 rounded-md border border-dashed border-[var(--muted)] p-3 data-[over]:border-solid data-[over]:border-[var(--accent)] data-[over]:bg-[var(--panel)] ${zone.id === UNSORTED ? 'md:col-span-2' : ''}`}
            >
              <p id={`${id}-zone-${zone.id || 'unsorted'}`} className="mb-2 font-semibold">
                {zone.label} <span className="font-normal text-[var(--muted)]">({items.length})</span>
              </p>
              <ul className="grid gap-2">
                {items.map((item) => (
                  <li
                    key={item.id}
                    draggable={!disabled}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(ITEM, item.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragging(true);
                    }}
                    onDragEnd={() => setDragging(false)}
                    data-mark={marks?.[item.id]?.verdict}
                    className={`grid gap-2 rounded-md border border-[var(--line)] bg-[var(--page)] p-2 sm:grid-cols-[1fr_auto] sm:items-center ${markedRow} [&:not([draggable=false])]:cursor-grab`}
                  >
                    <span>
                      {item.text}
                      <MarkNote mark={marks?.[item.id]} />
                    </span>
                    <label className="sr-only" htmlFor={`${id}-${item.id}`}>
                      Category for “{item.text}”
                    </label>
                    <select
                      id={`${id}-${item.id}`}
                      value={placements[item.id] ?? UNSORTED}
                      onChange={(e) => {
                        refocus.current = item.id;
                        place(item.id, e.target.value);
                      }}
                      className="h-10 min-w-0 rounded-md border border-[var(--muted)] bg-[var(--page)] px-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
                    >
                      <option value={UNSORTED}>Move to…</option>
                      {question.categories.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
