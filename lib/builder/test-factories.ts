/**
 * Small factories for the builder's unit tests: each test states only what matters to it.
 * Not used by the site.
 */
import type { Capability, Design, Interaction, Scenario } from './model';

export function makeCapability(id: string, over: Partial<Capability> = {}): Capability {
  return { id, name: id[0]!.toUpperCase() + id.slice(1), description: `The ${id} capability.`, writes: [], scaling: 'steady', ...over };
}

export function makeInteraction(from: string, to: string, over: Partial<Interaction> = {}): Interaction {
  return { id: `${from}-${to}`, from, to, kind: 'sync', weight: 1, switchable: true, label: `${from} calls ${to}`, ...over };
}

/** A scenario with sensible defaults: a medium team of 8 with medium DevOps capacity. */
export function makeScenario(over: Partial<Scenario> = {}): Scenario {
  const capabilities = over.capabilities ?? ['a', 'b', 'c'].map((id) => makeCapability(id));
  return {
    id: 'test',
    title: 'Test scenario',
    summary: 'A scenario built for a unit test.',
    lessons: ['drawing-service-boundaries'],
    context: { teamSize: 8, stage: 'medium', devopsCapacity: 'medium', traffic: 'Moderate', trafficLevel: 'medium', constraints: [] },
    capabilities,
    data: [],
    interactions: [],
    criticalRequests: [],
    references: [{ id: 'ref', title: 'Reference', rationale: 'Why.', services: [{ name: 'All', capabilities: capabilities.map((c) => c.id) }] }],
    ...over,
  };
}

/** A design from named groups: `designOf({ Shop: ["cart", "checkout"], Billing: ["billing"] })`. */
export function designOf(groups: Record<string, string[]>, modes: Design['modes'] = {}, scenarioId = 'test'): Design {
  const design: Design = { scenarioId, services: [], placement: {}, modes };
  Object.entries(groups).forEach(([name, caps], i) => {
    const id = `svc-${i + 1}`;
    design.services.push({ id, name, color: 'teal' });
    for (const c of caps) design.placement[c] = id;
  });
  return design;
}

/** Every capability in its own service, named after it. */
export function oneServiceEach(scenario: Scenario): Design {
  return designOf(Object.fromEntries(scenario.capabilities.map((c) => [c.name, [c.id]])), {}, scenario.id);
}

/** Every capability in one service. */
export function allInOne(scenario: Scenario, name = 'Everything'): Design {
  return designOf({ [name]: scenario.capabilities.map((c) => c.id) }, {}, scenario.id);
}
