import { designFromServices } from './design-actions';
import type { Design, Scenario } from './model';

/**
 * A synthetic large system for the drag benchmark (`/builder/bench`, a route only in the benchmark's build):
 * `services × perService` capabilities with calls inside and between groups, and a design that
 * puts them all on the canvas: 30 services of 4 capabilities = 150 nodes by default.
 */
const BENCH_SCENARIO_ID = 'bench';

export function makeBenchScenario(services = 30, perService = 4): Scenario {
  const n = services * perService;
  const capabilities = Array.from({ length: n }, (_, i) => ({
    id: `cap-${i + 1}`,
    name: `Capability ${i + 1}`,
    description: `Synthetic capability ${i + 1} for the benchmark.`,
    writes: [`data-${Math.floor(i / perService) + 1}`],
    scaling: (['steady', 'spiky', 'batch', 'gpu'] as const)[i % 4]!,
  }));
  const interactions = capabilities.flatMap((c, i) => {
    const next = capabilities[(i + 1) % n]!;
    const far = capabilities[(i + perService * 3 + 1) % n]!;
    return [
      { id: `${c.id}-${next.id}`, from: c.id, to: next.id, kind: 'sync' as const, weight: 1, switchable: true, label: 'Synthetic call' },
      ...(i % 3 === 0 ? [{ id: `${c.id}-${far.id}`, from: c.id, to: far.id, kind: 'async' as const, weight: 0.5, switchable: true, label: 'Synthetic event' }] : []),
    ];
  });
  return {
    id: BENCH_SCENARIO_ID,
    title: 'Benchmark: a large synthetic system',
    summary: `A generated system of ${n} capabilities in ${services} groups, for measuring the canvas.`,
    lessons: [],
    context: { teamSize: 40, stage: 'large', devopsCapacity: 'high', traffic: 'synthetic', constraints: [] },
    capabilities,
    data: Array.from({ length: services }, (_, i) => ({ id: `data-${i + 1}`, name: `Data ${i + 1}` })),
    interactions,
    criticalRequests: [],
    references: [],
  };
}

/** The benchmark's design: every capability placed, one service per group. */
export function makeBenchDesign(scenario: Scenario, perService = 4): Design {
  const groups: { name: string; capabilities: string[] }[] = [];
  scenario.capabilities.forEach((c, i) => {
    const g = Math.floor(i / perService);
    (groups[g] ??= { name: `Service ${g + 1}`, capabilities: [] }).capabilities.push(c.id);
  });
  return designFromServices(scenario, groups);
}
