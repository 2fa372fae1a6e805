/**
 * Benchmark, not a timed test: evaluates a synthetic 60-capability design many times and writes
 * the median to bench/builder-eval.json as `{ "evalMedianMs": … }`. It asserts only that the
 * evaluation ran. Run: npx vitest run scripts/bench/builder-eval.test.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { evaluate } from '@/lib/builder/evaluate';
import type { Capability, Design, Interaction, Scenario, ScalingProfile } from '@/lib/builder/model';

const CAPS = 60;
const RUNS = 400;

function syntheticScenario(): Scenario {
  const profiles: ScalingProfile[] = ['steady', 'spiky', 'gpu', 'batch'];
  const capabilities: Capability[] = Array.from({ length: CAPS }, (_, i) => ({
    id: `cap-${i}`,
    name: `Capability ${i}`,
    description: `Synthetic capability ${i}.`,
    writes: [`data-${Math.floor(i / 2)}`],
    scaling: profiles[i % 7 === 0 ? 2 : i % 5 === 0 ? 1 : i % 11 === 0 ? 3 : 0]!,
    changesWith: i % 3 === 0 && i + 1 < CAPS ? [`cap-${i + 1}`] : undefined,
  }));
  const interactions: Interaction[] = [];
  for (let i = 0; i < CAPS; i++) {
    for (const j of [i + 1, i + 7, i * 3 + 2]) {
      if (j < CAPS && j !== i) interactions.push({ id: `x-${i}-${j}`, from: `cap-${i}`, to: `cap-${j}`, kind: j % 4 === 0 ? 'async' : 'sync', weight: 1 + (j % 3), switchable: true, label: `Call ${i} to ${j}` });
    }
  }
  return {
    id: 'bench',
    title: 'Benchmark',
    summary: 'A synthetic scenario for timing the evaluation.',
    lessons: ['drawing-service-boundaries'],
    context: { teamSize: 30, stage: 'large', devopsCapacity: 'medium', traffic: 'High', trafficLevel: 'high', constraints: [] },
    capabilities,
    data: Array.from({ length: CAPS / 2 }, (_, i) => ({ id: `data-${i}`, name: `Data ${i}` })),
    interactions,
    criticalRequests: Array.from({ length: 5 }, (_, r) => ({ id: `req-${r}`, name: `Request ${r}`, path: Array.from({ length: 6 }, (_, k) => `cap-${r * 10 + k}`) })),
    references: [3, 6, 12].map((size) => ({
      id: `ref-${size}`,
      title: `Groups of ${size}`,
      rationale: 'Synthetic reference.',
      services: Array.from({ length: CAPS / size }, (_, g) => ({ name: `S${g}`, capabilities: Array.from({ length: size }, (_, k) => `cap-${g * size + k}`) })),
    })),
  };
}

function syntheticDesign(): Design {
  const services = Array.from({ length: 12 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}`, color: 'teal' }));
  const placement = Object.fromEntries(Array.from({ length: CAPS }, (_, i) => [`cap-${i}`, `svc-${(i * 5) % 12}`]));
  return { scenarioId: 'bench', services, placement, modes: { 'x-3-4': 'async' } };
}

it('measures evaluate() on a 60-capability design', () => {
  const scenario = syntheticScenario();
  const design = syntheticDesign();
  for (let i = 0; i < 50; i++) evaluate(scenario, design); // warm up the JIT
  const times: number[] = [];
  let last = evaluate(scenario, design);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = evaluate(scenario, design);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const result = {
    evalMedianMs: Math.round(times[Math.floor(RUNS / 2)]! * 1000) / 1000,
    evalP95Ms: Math.round(times[Math.floor(RUNS * 0.95)]! * 1000) / 1000,
    runs: RUNS,
    capabilities: CAPS,
    interactions: scenario.interactions.length,
  };
  mkdirSync(path.join(process.cwd(), 'bench'), { recursive: true });
  writeFileSync(path.join(process.cwd(), 'bench', 'builder-eval.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
  expect(last.metrics.placed).toBe(CAPS);
  expect(last.findings.length).toBeGreaterThan(0);
}, 120_000);
