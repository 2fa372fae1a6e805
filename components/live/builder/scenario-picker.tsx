'use client';
import { useId, useState } from 'react';
import { primaryButton } from '@/components/quiz/styles';

/** A scenario the instructor may open as a builder round, e.g. `{ id: "order-saga", title: "Orders, payments and stock" }`. */
export type CatalogScenario = { id: string; title: string; capabilities: number };

type Props = { scenarios: CatalogScenario[]; busy: boolean; onOpen: (scenario: string) => void };

/** Open a builder round: every learner cuts the chosen scenario on their own device. */
export function ScenarioPicker({ scenarios, busy, onOpen }: Props) {
  const id = useId();
  const [scenario, setScenario] = useState(scenarios[0]?.id ?? '');
  if (!scenarios.length) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="grid gap-3">
      <h2 id={`${id}-h`} className="text-lg font-bold">
        Builder round
      </h2>
      <p className="text-sm">Every learner draws the service boundaries of one scenario; the screen shows where the class agrees.</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1 text-sm font-semibold">
          Scenario
          <select value={scenario} onChange={(e) => setScenario(e.target.value)} className="min-h-11 max-w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-2 font-normal">
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.capabilities} capabilities)
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={primaryButton} disabled={busy || !scenario} onClick={() => onOpen(scenario)}>
          Open builder round
        </button>
      </div>
    </section>
  );
}
