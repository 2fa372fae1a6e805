'use client';
import type { Capability } from '@/lib/builder/model';
import type { Selection } from './selection';
import { usePaletteDrag } from './use-palette-drag';

type Props = { capabilities: Capability[]; selection: Selection; onSelect: (selection: Selection) => void };

/** Capabilities not yet in a service. Drag one onto the canvas, or select it and use "Move to…". */
export function Palette({ capabilities, selection, onSelect }: Props) {
  const startDrag = usePaletteDrag();
  return (
    <section aria-labelledby="palette-heading" className="flex min-h-0 flex-col gap-2">
      <h2 id="palette-heading" className="text-sm font-bold uppercase tracking-wide text-[var(--muted)]">
        Palette <span className="font-normal normal-case">({capabilities.length} to place)</span>
      </h2>
      {capabilities.length === 0 ? (
        <p className="text-sm text-[var(--muted)]">Every capability is in a service.</p>
      ) : (
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:flex-nowrap">
          {capabilities.map((c) => {
            const selected = selection?.id === c.id;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  aria-label={`Capability: ${c.name}`}
                  aria-pressed={selected}
                  title={c.description}
                  onPointerDown={(e) => startDrag(c.id, c.name, e)}
                  onClick={() => onSelect(selected ? null : { kind: 'capability', id: c.id })}
                  className={`min-h-10 w-full cursor-grab touch-none rounded-lg border px-3 py-2 text-left text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] active:cursor-grabbing ${
                    selected ? 'border-[var(--accent)] bg-[var(--panel)] ring-2 ring-[var(--accent)]' : 'border-[var(--cap-line)] bg-[var(--cap-bg)] hover:bg-[var(--panel)]'
                  }`}
                >
                  {c.name}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
