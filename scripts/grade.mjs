// `npm run grade`: grades exported builder designs from the command line (see lib/builder/grade.ts).
// Runs the TypeScript sources through jiti (already a dev dependency), with the "@/" alias.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const grade = await jiti.import(path.join(root, 'lib/builder/grade.ts'));
const { parseScenarioSource } = await jiti.import(path.join(root, 'lib/builder/scenario-schema.ts'));
const { COURSE } = await jiti.import(path.join(root, 'content/course.ts'));

let opts;
try {
  opts = grade.parseArgs(process.argv.slice(2));
} catch (err) {
  const help = err.message === 'help';
  (help ? process.stdout : process.stderr).write(`${help ? '' : `grade: ${err.message}\n`}${grade.USAGE}\n`);
  process.exit(help ? 0 : 2);
}

const known = new Set(COURSE.flatMap((m) => m.lessons));
const scenarios = new Map();
const problems = [];
const load = (file, shown) => {
  const result = parseScenarioSource(shown, readFileSync(file, 'utf8'), known);
  if (result.success) scenarios.set(result.data.id, result.data);
  else problems.push(result.error);
};
const dir = path.join(root, 'content', 'scenarios');
for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) load(path.join(dir, name), `content/scenarios/${name}`);
for (const file of opts.scenarioFiles) {
  try {
    load(file, file);
  } catch (err) {
    problems.push(`${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
}
if (problems.length) {
  process.stderr.write(`grade: scenario files are invalid:\n  ${problems.join('\n  ')}\n`);
  process.exit(2);
}

if (opts.suggest !== undefined) {
  const scenario = scenarios.get(opts.suggest);
  if (!scenario) {
    process.stderr.write(`grade: "${opts.suggest}" is not a scenario (known: ${[...scenarios.keys()].sort().join(', ')})\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(grade.suggestLine(scenario))}\n`);
  process.exit(0);
}

const lines = opts.designs.map((file) => {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { file, error: err.code === 'ENOENT' ? 'no such file' : err.message };
  }
  return grade.gradeDesign(file, text, scenarios);
});
if (opts.format === 'table') process.stdout.write(`${grade.formatTable(lines)}\n`);
else for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
const failed = lines.filter((l) => 'error' in l);
for (const l of failed) process.stderr.write(`grade: ${l.file}: ${l.error}\n`);
process.exit(failed.length ? 1 : 0);
