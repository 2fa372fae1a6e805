import type { ReactNode } from 'react';
import type { Design, Scenario } from '@/lib/builder/model';
import { capabilityNamer } from './names';

type Props = {
  scenario: Scenario;
  design: Design;
  title: string;
  /** e.g. the score, beside the title. */
  aside?: ReactNode;
  /** One note per service, in order, e.g. how firmly the class holds it together. */
  notes?: string[];
  children?: ReactNode;
  /** Heading level of the title, to fit the page's outline. */
  level?: 3 | 4 | 5;
};

/** A cut as a card: each service by name with its capabilities; capabilities left unplaced listed after. */
export function CutCard({ scenario, design, title, aside, notes, children, level = 3 }: Props) {
  const H = `h${level}` as 'h3' | 'h4' | 'h5';
  const name = capabilityNamer(scenario);
  const unplaced = scenario.capabilities.filter((c) => !design.placement[c.id]);
  return (
    <section className="cohort-card rounded-md border border-[var(--line)] bg-[var(--panel)] p-3" aria-label={title}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <H className="text-lg font-bold">{title}</H>
        {aside}
      </div>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {design.services.map((s, i) => {
          const caps = scenario.capabilities.filter((c) => design.placement[c.id] === s.id).map((c) => c.id);
          return (
            <li key={s.id} className="rounded border border-[var(--line)] bg-[var(--page)] p-2">
              <p className="font-semibold break-words">{s.name}</p>
              <p className="text-sm">{caps.length ? caps.map(name).join(', ') : 'No capabilities'}</p>
              {notes?.[i] ? <p className="text-xs text-[var(--muted)]">{notes[i]}</p> : null}
            </li>
          );
        })}
      </ul>
      {unplaced.length ? <p className="mt-2 text-sm text-[var(--muted)]">Not placed: {unplaced.map((c) => c.name).join(', ')}</p> : null}
      {children}
    </section>
  );
}
