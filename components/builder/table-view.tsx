'use client';
import { actions, nextServiceId, type DesignAction } from '@/lib/builder/design-actions';
import { callsOf } from '@/lib/builder/analysis';
import type { Design, Scenario } from '@/lib/builder/model';
import { ServiceEditor } from './service-editor';
import { fieldClass } from './ui';

type Props = { scenario: Scenario; design: Design; dispatch: (action: DesignAction) => void };

const NEW = '__new__';
const PALETTE = '';

/** The whole exercise without the canvas: one row per capability, its service as a select. */
export function TableView({ scenario, design, dispatch }: Props) {
  const dataName = (id: string) => scenario.data.find((d) => d.id === id)?.name ?? id;
  const capName = (id: string) => scenario.capabilities.find((c) => c.id === id)?.name ?? id;
  const crossing = callsOf(scenario, design).filter((c) => c.crosses);

  const place = (capability: string, value: string) => {
    if (value === NEW) dispatch(actions.createService(nextServiceId(design), '', { capabilities: [capability] }));
    else dispatch(actions.moveCapability(capability, value === PALETTE ? null : value));
  };

  return (
    <div className="flex flex-col gap-6 p-1">
      <div className="table-frame" tabIndex={0} role="region" aria-label="Capabilities and their services">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-bold">Capabilities</caption>
          <thead>
            <tr className="border-b border-[var(--line)] text-left">
              <th scope="col" className="py-2 pr-3">Capability</th>
              <th scope="col" className="py-2 pr-3">Service</th>
              <th scope="col" className="py-2 pr-3">Writes</th>
              <th scope="col" className="py-2">Load</th>
            </tr>
          </thead>
          <tbody>
            {scenario.capabilities.map((c) => (
              <tr key={c.id} className="border-b border-[var(--line)] align-top">
                <th scope="row" className="py-2 pr-3 text-left font-semibold">
                  {c.name}
                  <span className="block text-xs font-normal text-[var(--muted)]">{c.description}</span>
                </th>
                <td className="py-2 pr-3">
                  <select aria-label={`Service for ${c.name}`} className={fieldClass} value={design.placement[c.id] ?? PALETTE} onChange={(e) => place(c.id, e.target.value)}>
                    <option value={PALETTE}>Not placed (palette)</option>
                    {design.services.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                    <option value={NEW}>A new service</option>
                  </select>
                </td>
                <td className="py-2 pr-3">{c.writes.map(dataName).join(', ') || '—'}</td>
                <td className="py-2">{c.scaling}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="table-services">
        <h3 id="table-services" className="mb-2 font-bold">Services</h3>
        {design.services.length === 0 ? <p className="text-sm text-[var(--muted)]">No services yet. Use “New service”, or pick “A new service” for a capability above.</p> : null}
        <ul className="flex flex-col gap-3">
          {design.services.map((s) => (
            <li key={s.id}>
              <ServiceEditor service={s} dispatch={dispatch} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="table-calls">
        <h3 id="table-calls" className="mb-2 font-bold">Calls that cross a service boundary</h3>
        {crossing.length === 0 ? <p className="text-sm text-[var(--muted)]">No call crosses a boundary yet.</p> : null}
        <ul className="flex flex-col gap-2">
          {crossing.map(({ interaction: i, mode, switchable }) => {
            const name = `${capName(i.from)} → ${capName(i.to)}`;
            return (
              <li key={i.id} className="flex flex-wrap items-center gap-3 text-sm">
                <span className="min-w-0 flex-1">
                  <strong>{name}</strong> <span className="text-[var(--muted)]">({i.label})</span>
                </span>
                {switchable ? (
                  <select aria-label={`Style of ${name}`} className={fieldClass} value={mode} onChange={(e) => dispatch(actions.setMode(i.id, e.target.value as 'sync' | 'async'))}>
                    <option value="sync">synchronous call</option>
                    <option value="async">asynchronous event</option>
                  </select>
                ) : (
                  <span>{mode === 'sync' ? 'synchronous call' : 'asynchronous event'} (fixed by the scenario)</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
