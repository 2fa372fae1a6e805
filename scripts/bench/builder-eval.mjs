// Builder benchmark, not a test: evaluates a synthetic 60-capability design many times in a fresh
// process and prints the median and 95th percentile as one JSON line, which `npm run bench` keeps
// in bench/builder-eval.json and bench/results.json. Nothing else writes those files.
// Usage: node scripts/bench/builder-eval.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { evaluate } = await jiti.import(path.join(root, 'lib/builder/evaluate.ts'));

const CAPS = 60;
const RUNS = 400;

function syntheticScenario() {
  const profiles = ['steady', 'spiky', 'gpu', 'batch'];
  const capabilities = Array.from({ length: CAPS }, (_, i) => ({
    id: `cap-${i}`,
    name: `Capability ${i}`,
    description: `Synthetic capability ${i}.`,
    writes: [`data-${Math.floor(i / 2)}`],
    scaling: profiles[i % 7 === 0 ? 2 : i % 5 === 0 ? 1 : i % 11 === 0 ? 3 : 0],
    changesWith: i % 3 === 0 && i + 1 < CAPS ? [`cap-${i + 1}`] : undefined,
  }));
  const interactions = [];
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

function syntheticDesign() {
  const services = Array.from({ length: 12 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}`, color: 'teal' }));
  const placement = Object.fromEntries(Array.from({ length: CAPS }, (_, i) => [`cap-${i}`, `svc-${(i * 5) % 12}`]));
  return { scenarioId: 'bench', services, placement, modes: { 'x-3-4': 'async' } };
}

const scenario = syntheticScenario();
const design = syntheticDesign();
for (let i = 0; i < 50; i++) evaluate(scenario, design); // warm up the JIT
const times = [];
let last = evaluate(scenario, design);
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  last = evaluate(scenario, design);
  times.push(performance.now() - t0);
}
// A figure of a design the evaluation did not fully read would be no figure at all.
if (last.metrics.placed !== CAPS || last.findings.length === 0) {
  console.error(`The synthetic design was not evaluated as expected (placed ${last.metrics.placed} of ${CAPS}): update it to the model.`);
  process.exit(1);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    evalMedianMs: Math.round(times[Math.floor(RUNS / 2)] * 1000) / 1000,
    evalP95Ms: Math.round(times[Math.floor(RUNS * 0.95)] * 1000) / 1000,
    runs: RUNS,
    capabilities: CAPS,
    interactions: scenario.interactions.length,
  }),
);
