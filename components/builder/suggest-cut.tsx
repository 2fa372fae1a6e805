'use client';
import { useState } from 'react';
import { actions, designFromServices, type DesignAction } from '@/lib/builder/design-actions';
import type { Design, Scenario } from '@/lib/builder/model';
import { suggestCut } from '@/lib/builder/suggest';
import { buttonClass } from './ui';
import { useReveal } from './use-reveal';

type Shown = { design: Design; score: number; reasons: string[]; steps: string[] };

/** "Suggest a cut": the cut the evaluation judges best, each service explained, loadable into the canvas. */
export function SuggestCut({ scenario, dispatch }: { scenario: Scenario; dispatch: (action: DesignAction) => void }) {
  const [suggestion, setSuggestion] = useState<Shown | null>(null);
  const panel = useReveal<HTMLDivElement>(suggestion !== null);
  const suggest = () => {
    const result = suggestCut(scenario);
    // Rebuilt through the builder's own actions: its colours, ids and a tidy layout; the call styles come along.
    const services = result.design.services.map((s) => ({ name: s.name, capabilities: Object.keys(result.design.placement).filter((c) => result.design.placement[c] === s.id) }));
    setSuggestion({ design: { ...designFromServices(scenario, services), modes: { ...result.design.modes } }, score: result.evaluation.score, reasons: result.reasons, steps: result.steps });
  };
  const events = suggestion ? Object.entries(suggestion.design.modes).filter(([, m]) => m === 'async') : [];
  const callName = (id: string) => {
    const x = scenario.interactions.find((i) => i.id === id);
    const name = (c: string) => scenario.capabilities.find((k) => k.id === c)?.name ?? c;
    return x ? `${name(x.from)} → ${name(x.to)}` : id;
  };
  return (
    <div className="flex flex-col gap-2">
      <button type="button" className={buttonClass} aria-expanded={suggestion !== null} onClick={() => (suggestion ? setSuggestion(null) : suggest())}>
        Suggest a cut
      </button>
      {suggestion ? (
        <div ref={panel} className="scroll-mt-2 rounded-md border border-[var(--line)] p-3 text-sm">
          <h3 className="font-bold">
            A suggested cut: {suggestion.design.services.length} {suggestion.design.services.length === 1 ? 'service' : 'services'}, score {suggestion.score}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {suggestion.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
          {events.length ? <p className="mt-2">Made events: {events.map(([id]) => callName(id)).join(', ')}.</p> : null}
          <h4 className="mt-2 font-semibold">How it was found</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-5">
            {suggestion.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          <button type="button" className={`${buttonClass} mt-2`} onClick={() => dispatch(actions.replace(suggestion.design))}>
            Try the suggested cut on the canvas
          </button>
        </div>
      ) : null}
    </div>
  );
}
