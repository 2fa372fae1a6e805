'use client';
import type { DesignAction } from '@/lib/builder/design-actions';
import type { Design, Scenario } from '@/lib/builder/model';
import { MoveMenu } from './move-menu';
import type { Selection } from './selection';
import { ServiceEditor } from './service-editor';

type Props = { scenario: Scenario; design: Design; selection: Selection; dispatch: (action: DesignAction) => void };

/** What is selected, and what can be done with it without dragging. */
export function Inspector({ scenario, design, selection, dispatch }: Props) {
  const service = selection?.kind === 'service' ? design.services.find((s) => s.id === selection.id) : undefined;
  const capability = selection?.kind === 'capability' ? scenario.capabilities.find((c) => c.id === selection.id) : undefined;
  const dataName = (id: string) => scenario.data.find((d) => d.id === id)?.name ?? id;

  if (service) {
    return (
      <section aria-label="Selected service" className="flex flex-wrap items-end gap-3">
        <ServiceEditor key={service.id} service={service} dispatch={dispatch} />
      </section>
    );
  }
  if (capability) {
    const home = design.services.find((s) => s.id === design.placement[capability.id]);
    return (
      <section aria-label="Selected capability" className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm">
            <strong>{capability.name}</strong> <span className="text-[var(--muted)]">· {home ? `in ${home.name}` : 'in the palette'}</span>
          </p>
          <p className="text-xs text-[var(--muted)]">
            {capability.description}
            {capability.writes.length ? ` Writes ${capability.writes.map(dataName).join(', ')}.` : ''}
          </p>
        </div>
        <MoveMenu capability={capability.id} design={design} dispatch={dispatch} />
      </section>
    );
  }
  return (
    <p className="text-sm text-[var(--muted)]">
      Select a capability (click it, or Tab to it) to move it with <strong>Move to…</strong>; select a service to rename, recolour or delete it.
    </p>
  );
}
