// The builder's judgement in figures (lib/builder/bench-judgement.ts): evaluate() on 60
// capabilities, "Suggest a cut" per scenario, references and the expert panel. Prints one JSON
// object on its last line; needs no server. Run: node scripts/bench/builder-judgement.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { measureJudgement } = await jiti.import(path.join(root, 'lib/builder/bench-judgement.ts'));
const { parseScenarioSource } = await jiti.import(path.join(root, 'lib/builder/scenario-schema.ts'));
const { COURSE } = await jiti.import(path.join(root, 'content/course.ts'));

const known = new Set(COURSE.flatMap((m) => m.lessons));
const dir = path.join(root, 'content', 'scenarios');
const scenarios = readdirSync(dir)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()
  .map((n) => {
    const r = parseScenarioSource(`content/scenarios/${n}`, readFileSync(path.join(dir, n), 'utf8'), known);
    if (!r.success) throw new Error(r.error);
    return r.data;
  });
console.log(JSON.stringify(measureJudgement(scenarios)));
