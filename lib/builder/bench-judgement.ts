/**
 * Figures for `npm run bench` on the builder's judgement: evaluate() on a 60-capability design,
 * "Suggest a cut" on every scenario, and how the references and the expert panel grade.
 * Pure apart from the clock; scripts/bench/builder-judgement.mjs prints what it returns. Wall-clock
 * figures suffer when the machine is busy, so CPU time is reported beside them.
 */
import { evaluate } from './evaluate';
import type { Capability, Design, Interaction, Scenario } from './model';
import { PANEL, PANEL_MARGIN, panelDesign, withContext } from './panel';
import { designFromReference } from './reference-design';
import { suggestCut } from './suggest';

/** A synthetic 60-capability scenario that exercises every dimension: accelerators, teams, regulated data, invariants, constraints. */
export function judgementBenchScenario(n = 60): Scenario {
  const profiles = ['steady', 'spiky', 'gpu', 'batch'] as const;
  const capabilities: Capability[] = Array.from({ length: n }, (_, i) => ({
    id: `cap-${i}`,
    name: `Capability ${i}`,
    description: `Synthetic capability ${i}.`,
    writes: [`data-${Math.floor(i / 2)}`],
    scaling: profiles[i % 7 === 0 ? 2 : i % 5 === 0 ? 1 : i % 11 === 0 ? 3 : 0]!,
    latencyMs: 5 + (i % 9) * 10,
    ...(i % 14 === 0 ? { accelerator: 'large' as const } : {}),
    ...(i % 13 === 0 ? { dataClass: 'regulated' as const } : {}),
    ...(i % 3 === 0 && i + 1 < n ? { changesWith: [`cap-${i + 1}`] } : {}),
  }));
  const interactions: Interaction[] = [];
  for (let i = 0; i < n; i++) {
    for (const j of [i + 1, i + 7, i * 3 + 2]) {
      if (j < n && j !== i) interactions.push({ id: `x-${i}-${j}`, from: `cap-${i}`, to: `cap-${j}`, kind: j % 4 === 0 ? 'async' : 'sync', weight: 1 + (j % 3), switchable: true, label: `Call ${i} to ${j}` });
    }
  }
  const teams = Array.from({ length: 6 }, (_, t) => ({ id: `team-${t}`, name: `Team ${t}`, people: 5, owns: capabilities.filter((_, i) => i % 6 === t).map((c) => c.id) }));
  return {
    id: 'bench',
    title: 'Benchmark',
    summary: 'A synthetic scenario for timing the evaluation.',
    lessons: ['drawing-service-boundaries'],
    context: {
      teamSize: 30,
      stage: 'large',
      devopsCapacity: 'medium',
      traffic: 'High',
      trafficLevel: 'high',
      teams,
      constraints: [
        { text: 'Regulated data stays in one deployable.', check: { kind: 'regulated-in-one-deployable' } },
        { text: 'Teams release alone.', check: { kind: 'teams-release-alone' } },
        { text: 'Capability 0 never waits on 30.', check: { kind: 'never-waits', capability: 'cap-0', on: ['cap-30'] } },
        { text: 'At most 20 deployables.', check: { kind: 'max-deployables', count: 20 } },
      ],
    },
    capabilities,
    data: Array.from({ length: n / 2 }, (_, i) => ({ id: `data-${i}`, name: `Data ${i}` })),
    interactions,
    criticalRequests: Array.from({ length: 5 }, (_, r) => ({ id: `req-${r}`, name: `Request ${r}`, path: [`cap-${r * 10}`, `cap-${r * 10 + 1}`, `cap-${r * 10 + 2}`], budgetMs: 300 })),
    invariants: [{ id: 'inv', text: 'Capabilities 1 to 4 agree.', capabilities: ['cap-1', 'cap-2', 'cap-3', 'cap-4'], eventual: true }],
    references: [3, 6, 12].map((size) => ({
      id: `ref-${size}`,
      title: `Groups of ${size}`,
      rationale: 'Synthetic reference.',
      services: Array.from({ length: n / size }, (_, g) => ({ name: `S${g}`, capabilities: Array.from({ length: size }, (_, k) => `cap-${g * size + k}`) })),
    })),
  };
}

export function judgementBenchDesign(n = 60): Design {
  const services = Array.from({ length: 12 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}`, color: 'teal' }));
  const placement = Object.fromEntries(Array.from({ length: n }, (_, i) => [`cap-${i}`, `svc-${(i * 5) % 12}`]));
  return { scenarioId: 'bench', services, placement, modes: { 'x-3-4': 'async' } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

export function measureJudgement(scenarios: Scenario[], runs = { evaluate: 400, suggest: 5 }) {
  const scenario = judgementBenchScenario();
  const design = judgementBenchDesign();
  for (let i = 0; i < 50; i++) evaluate(scenario, design);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs.evaluate; i++) {
    const t0 = performance.now();
    evaluate(scenario, design);
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const suggest = scenarios.map((s) => {
    const t: number[] = [];
    const c: number[] = [];
    let score = 0;
    for (let i = 0; i < runs.suggest; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      score = suggestCut(s).evaluation.score;
      const used = process.cpuUsage(c0);
      c.push((used.user + used.system) / 1000);
      t.push(performance.now() - t0);
    }
    return { scenario: s.id, capabilities: s.capabilities.length, medianMs: Math.round(median(t)), cpuMedianMs: Math.round(median(c)), score };
  });
  const largest = [...suggest].sort((a, b) => b.capabilities - a.capabilities || b.medianMs - a.medianMs)[0];
  const references = scenarios.flatMap((s) =>
    s.references.map((r) => {
      const e = evaluate(s, designFromReference(s, r.id)!);
      return { scenario: s.id, reference: r.id, score: e.score, problems: e.findings.filter((f) => f.severity === 'problem').length };
    }),
  );
  let pairs = 0;
  let ordered = 0;
  let minMargin = Infinity;
  for (const entry of PANEL) {
    const base = scenarios.find((s) => s.id === entry.scenario);
    if (!base) continue;
    for (const [sc, cuts, list] of [[base, entry.cuts, entry.pairs] as const, ...entry.variants.map((v) => [withContext(base, v.context), [...entry.cuts, ...(v.cuts ?? [])], v.pairs] as const)]) {
      const score = (id: string) => evaluate(sc, panelDesign(sc, cuts.find((c) => c.id === id)!)).score;
      for (const [better, worse] of list) {
        const margin = score(better) - score(worse);
        pairs++;
        if (margin >= PANEL_MARGIN) ordered++;
        minMargin = Math.min(minMargin, margin);
      }
    }
  }
  return {
    evaluate60: { medianMs: round(times[Math.floor(times.length / 2)]!), cpuMeanMs: round((cpu.user + cpu.system) / 1000 / runs.evaluate), p95Ms: round(times[Math.floor(times.length * 0.95)]!), runs: runs.evaluate, capabilities: scenario.capabilities.length, interactions: scenario.interactions.length },
    suggest,
    suggestLargest: largest,
    references: { count: references.length, minScore: Math.min(...references.map((r) => r.score)), withProblems: references.filter((r) => r.problems > 0).length },
    panel: { pairs, ordered, minMargin },
  };
}
