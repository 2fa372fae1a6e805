'use client';
import { useState } from 'react';
import { actions, designFromServices, type DesignAction } from '@/lib/builder/design-actions';
import type { Scenario } from '@/lib/builder/model';
import { buttonClass } from './ui';
import { useReveal } from './use-reveal';

/** "Show a reference design": the scenario's good answers with why, each loadable into the canvas (undoable). */
export function ReferenceDesigns({ scenario, dispatch }: { scenario: Scenario; dispatch: (action: DesignAction) => void }) {
  const [shown, setShown] = useState(false);
  const panel = useReveal<HTMLDivElement>(shown);
  if (scenario.references.length === 0) return null;
  return (
    <div ref={panel} className="flex scroll-mt-2 flex-col gap-2">
      <button type="button" className={buttonClass} aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        Show a reference design
      </button>
      {shown
        ? scenario.references.map((ref) => (
            <article key={ref.id} className="rounded-md border border-[var(--line)] p-3 text-sm">
              <h3 className="font-bold">{ref.title}</h3>
              <p className="mt-1">{ref.rationale}</p>
              <ul className="mt-2 list-disc pl-5">
                {ref.services.map((s) => (
                  <li key={s.name}>
                    <strong>{s.name}:</strong> {s.capabilities.map((c) => scenario.capabilities.find((x) => x.id === c)?.name ?? c).join(', ')}
                  </li>
                ))}
              </ul>
              <button type="button" className={`${buttonClass} mt-2`} onClick={() => dispatch(actions.replace({ ...designFromServices(scenario, ref.services), modes: { ...ref.modes } }))}>
                Try “{ref.title}” on the canvas
              </button>
            </article>
          ))
        : null}
    </div>
  );
}
