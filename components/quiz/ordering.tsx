import { useEffect, useRef, useState, type DragEvent } from 'react';
import { markedRow, MarkNote } from './item-mark';
import type { WidgetProps } from './types';

const ITEM = 'application/x-sb-quiz-item';

/**
 * Put items in order by dragging, by keyboard, or by single clicks on the Move buttons
 * (WCAG 2.2 SC 2.5.7: dragging is never the only way). Each move is announced.
 */
export function Ordering({ question, response, onChange, disabled, marks }: WidgetProps<'ordering'>) {
  // The presented question arrives shuffled, so its order is where an untouched answer starts.
  const order = response?.order ?? question.items.map((i) => i.id);
  const textOf = (id: string) => question.items.find((i) => i.id === id)?.text ?? id;
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusAfterMove || !list.current) return;
    // A moved item's button may now be disabled (top or bottom): fall back to its other button.
    const [id, dir] = focusAfterMove.split('|');
    const buttons = [...list.current.querySelectorAll<HTMLButtonElement>('button[data-item]')].filter((b) => b.dataset.item === id && !b.disabled);
    (buttons.find((b) => b.dataset.dir === dir) ?? buttons[0])?.focus();
  }, [focusAfterMove, order]);

  function move(id: string, to: number) {
    const next = order.filter((x) => x !== id);
    const index = Math.max(0, Math.min(next.length, to));
    next.splice(index, 0, id);
    onChange({ order: next });
    setAnnouncement(`“${textOf(id)}” moved to position ${index + 1} of ${order.length}.`);
  }

  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    const id = e.dataTransfer.getData(ITEM) || dragging;
    setDragging(null);
    if (id && order.includes(id)) move(id, to);
  };

  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className="mb-2 font-semibold">{question.prompt}</legend>
      <p className="mb-3 text-sm text-[var(--muted)]">Drag the items into order, or use the Move up and Move down buttons. One point per item in its right place.</p>
      <ol ref={list} className="grid gap-2">
        {order.map((id, index) => (
          <li
            key={id}
            draggable={!disabled}
            onDragStart={(e) => {
              e.dataTransfer.setData(ITEM, id);
              e.dataTransfer.effectAllowed = 'move';
              setDragging(id);
            }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, index)}
            data-dragging={dragging === id || undefined}
            data-mark={marks?.[id]?.verdict}
            className={`flex min-h-12 items-center gap-2 rounded-md border border-[var(--line)] bg-[var(--page)] px-2 py-2 data-[dragging]:opacity-50 sm:gap-3 sm:px-3 ${markedRow} [&:not([draggable=false])]:cursor-grab`}
          >
            {/* The grip means nothing on a phone (no drag there): its room goes to the text. */}
            <span aria-hidden="true" className="hidden select-none text-[var(--muted)] sm:inline">
              ⠿
            </span>
            <span className="w-6 shrink-0 font-semibold tabular-nums">{index + 1}.</span>
            <span className="min-w-0 grow">
              {textOf(id)}
              <MarkNote mark={marks?.[id]} />
            </span>
            <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
              <MoveButton label={`Move “${textOf(id)}” up`} glyph="↑" item={`${id}|up`} disabled={index === 0} onClick={() => { move(id, index - 1); setFocusAfterMove(`${id}|up`); }} />
              <MoveButton label={`Move “${textOf(id)}” down`} glyph="↓" item={`${id}|down`} disabled={index === order.length - 1} onClick={() => { move(id, index + 1); setFocusAfterMove(`${id}|down`); }} />
            </span>
          </li>
        ))}
      </ol>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}

function MoveButton({ label, glyph, item, disabled, onClick }: { label: string; glyph: string; item: string; disabled: boolean; onClick: () => void }) {
  const [id, dir] = item.split('|');
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-item={id}
      data-dir={dir}
      disabled={disabled}
      onClick={onClick}
      className="grid size-10 place-items-center rounded-md border border-[var(--line)] text-lg hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] [&[disabled]]:opacity-40"
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
