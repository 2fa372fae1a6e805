'use client';
import { useId, useState } from 'react';
import type { Scenario } from '@/lib/builder/model';

/** A scenario's reference designs, one at a time, large enough to discuss beside a learner's canvas. */
export function ReferencePanel({ scenario }: { scenario: Scenario }) {
  const id = useId();
  const [refId, setRefId] = useState(scenario.references[0]?.id ?? '');
  const ref = scenario.references.find((r) => r.id === refId);
  const name = (cap: string) => scenario.capabilities.find((c) => c.id === cap)?.name ?? cap;
  if (!ref) return <p>This scenario has no reference design.</p>;
  return (
    <section aria-labelledby={`${id}-title`} className="reference-panel">
      <h2 id={`${id}-title`} className="text-xl font-bold">
        Reference design
      </h2>
      {scenario.references.length > 1 ? (
        <div className="mt-2">
          <label htmlFor={`${id}-pick`} className="block text-sm font-semibold">
            Show
          </label>
          <select id={`${id}-pick`} value={ref.id} onChange={(e) => setRefId(e.target.value)} className="reference-select">
            {scenario.references.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <h3 className="mt-3 text-lg font-bold">{ref.title}</h3>
      <p className="mt-1 leading-relaxed">{ref.rationale}</p>
      <ul className="reference-services">
        {ref.services.map((s) => (
          <li key={s.name}>
            <p className="font-bold">{s.name}</p>
            <ul>
              {s.capabilities.map((c) => (
                <li key={c}>{name(c)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
