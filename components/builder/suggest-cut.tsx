'use client';
import { useState } from 'react';
import { actions, designFromServices, type DesignAction } from '@/lib/builder/design-actions';
import type { Design, Scenario } from '@/lib/builder/model';
import { suggestCut } from '@/lib/builder/suggest';
import { buttonClass } from './ui';
import { useReveal } from './use-reveal';

type Suggestion = { design: Design; steps: string[] };

/** "Suggest a cut": a proposal from clustering the coupling graph, each step explained, loadable into the canvas. */
export function SuggestCut({ scenario, dispatch }: { scenario: Scenario; dispatch: (action: DesignAction) => void }) {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const panel = useReveal<HTMLDivElement>(suggestion !== null);
  const suggest = () => {
    const result = suggestCut(scenario);
    // Rebuilt through the builder's own actions: its colours, ids and a tidy layout.
    const services = result.design.services.map((s) => ({ name: s.name, capabilities: Object.keys(result.design.placement).filter((c) => result.design.placement[c] === s.id) }));
    setSuggestion({ design: designFromServices(scenario, services), steps: result.steps });
  };
  return (
    <div className="flex flex-col gap-2">
      <button type="button" className={buttonClass} aria-expanded={suggestion !== null} onClick={() => (suggestion ? setSuggestion(null) : suggest())}>
        Suggest a cut
      </button>
      {suggestion ? (
        <div ref={panel} className="scroll-mt-2 rounded-md border border-[var(--line)] p-3 text-sm">
          <h3 className="font-bold">A suggested cut: {suggestion.design.services.length} services</h3>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {suggestion.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
          <ul className="mt-2 list-disc pl-5">
            {suggestion.design.services.map((s) => (
              <li key={s.id}>
                <strong>{s.name}:</strong>{' '}
                {scenario.capabilities
                  .filter((c) => suggestion.design.placement[c.id] === s.id)
                  .map((c) => c.name)
                  .join(', ')}
              </li>
            ))}
          </ul>
          <button type="button" className={`${buttonClass} mt-2`} onClick={() => dispatch(actions.replace(suggestion.design))}>
            Try the suggested cut on the canvas
          </button>
        </div>
      ) : null}
    </div>
  );
}
