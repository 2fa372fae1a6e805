import { emptyDesign } from './design-actions';
import type { Capability, Design, Interaction, Scenario } from './model';

/** Small factories for the UI-side builder tests: each test states only what it needs. */
export function makeCapability(id: string, extra: Partial<Capability> = {}): Capability {
  return { id, name: id[0]!.toUpperCase() + id.slice(1), description: `Does ${id}.`, writes: [], scaling: 'steady', ...extra };
}

export function makeInteraction(from: string, to: string, extra: Partial<Interaction> = {}): Interaction {
  return { id: `${from}-${to}`, from, to, kind: 'sync', weight: 1, switchable: true, label: `${from} calls ${to}`, ...extra };
}

export function makeScenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    id: 'shop',
    title: 'A small shop',
    summary: 'A shop.',
    lessons: [],
    context: { teamSize: 6, stage: 'startup', devopsCapacity: 'low', traffic: 'low', constraints: [] },
    capabilities: ['catalog', 'pricing', 'checkout', 'payments'].map((id) => makeCapability(id)),
    data: [],
    interactions: [makeInteraction('checkout', 'pricing'), makeInteraction('checkout', 'payments', { switchable: false })],
    criticalRequests: [],
    references: [],
    ...extra,
  };
}

export function makeDesign(extra: Partial<Design> = {}): Design {
  return { ...emptyDesign('shop'), ...extra };
}
