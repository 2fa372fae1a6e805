// npm run bench: builds the site, serves the production build, and measures every route in the
// same Chromium: JS and total bytes at load, LCP, CLS, TBT; Lighthouse scores (median of runs,
// mobile and desktop) on the key routes; and the feature benchmarks that exist (diagrams,
// builder). Writes bench/results.json and bench/README.md. Figures, not pass/fail.
// Options: --no-build (reuse the build), --runs N (Lighthouse runs per preset, default 3),
//          --port N (default 3400).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { lighthouseMedians } from './lighthouse.mjs';
import { measurePage } from './page-metrics.mjs';
import { renderReport } from './report.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(flag('--port', 3400));
const runs = Number(flag('--runs', 3));
const base = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

spawnSync('bash', ['scripts/ensure-deps.sh'], { stdio: 'inherit' });
spawnSync('bash', ['scripts/ensure-browser.sh'], { stdio: 'inherit' });
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stop);
await waitFor(base, 60_000);

const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

const browser = await chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking', '--no-first-run'] });
const routes = {};
for (const path of paths) {
  routes[path] = await measurePage(browser, base + path);
  console.log(path, JSON.stringify(routes[path]));
}
await browser.close();

// Lighthouse on the routes that stand for each kind of page.
const firstLesson = paths.find((p) => p.startsWith('/lessons/'));
const keyRoutes = ['/', firstLesson, '/lessons/decision-framework', '/builder', '/review'].filter(
  (p, i, all) => p && paths.includes(p) && all.indexOf(p) === i,
);
const lighthouse = {};
for (const path of keyRoutes) {
  lighthouse[path] = await lighthouseMedians(base + path, { runs, chromePath });
  console.log('lighthouse', path, JSON.stringify(lighthouse[path]));
}

// Feature benchmarks, each a script printing one JSON object on its last line.
const features = {};
for (const [name, script] of [
  ['diagrams', 'scripts/bench/diagrams.mjs'],
  ['builderFps', 'scripts/bench/builder-fps.mjs'],
  ['builderJudgement', 'scripts/bench/builder-judgement.mjs'],
]) {
  if (!existsSync(script)) continue;
  const run = spawnSync('node', [script, base], { encoding: 'utf8', env });
  try {
    features[name] = jsonAtEnd(run.stdout);
  } catch {
    features[name] = { error: (run.stderr || run.stdout).slice(-400) };
  }
}
if (existsSync('scripts/bench/builder-eval.test.ts')) {
  spawnSync('npx', ['vitest', 'run', 'scripts/bench/builder-eval.test.ts'], { stdio: 'ignore', env });
  if (existsSync('bench/builder-eval.json')) features.builderEval = JSON.parse(readFileSync('bench/builder-eval.json', 'utf8'));
}
stop();

// The other way to draw diagrams, for the README's comparison: a build that draws every diagram
// in the browser (DIAGRAM_PRERENDER=off), in its own folder, measured by the same script.
if (!args.includes('--no-browser-diagrams')) features.diagramsInBrowser = measureBrowserDiagrams();

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cores: (await import('node:os')).cpus().length, chromium: chromePath ?? 'playwright' },
  lighthouseRuns: runs,
  routes,
  lighthouse,
  features,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync('bench/README.md', renderReport(results));
console.log('Wrote bench/results.json and bench/README.md');
process.exit(0);

function measureBrowserDiagrams() {
  const distDir = '.next-bench-browser';
  const browserEnv = { ...env, DIAGRAM_PRERENDER: 'off', NEXT_DIST_DIR: distDir };
  // next build adds the other folder's type paths to tsconfig.json; keep the file as committed.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'ignore', env: browserEnv });
  writeFileSync('tsconfig.json', tsconfig);
  if (build.status !== 0) return { error: 'the build with DIAGRAM_PRERENDER=off failed' };
  const otherPort = port + 1;
  const other = spawn('npx', ['next', 'start', '-p', String(otherPort), '-H', '127.0.0.1'], { env: browserEnv, stdio: 'ignore', detached: true });
  try {
    const wait = spawnSync('node', ['-e', `(${waitFor.toString()})('http://127.0.0.1:${otherPort}', 60000).then(() => process.exit(0), () => process.exit(1))`], { env });
    if (wait.status !== 0) return { error: 'the in-browser build did not start' };
    const run = spawnSync('node', ['scripts/bench/diagrams.mjs', `http://127.0.0.1:${otherPort}`], { encoding: 'utf8', env });
    return jsonAtEnd(run.stdout);
  } catch (e) {
    return { error: String(e) };
  } finally {
    try {
      process.kill(-other.pid, 'SIGTERM');
    } catch {}
  }
}

/** The JSON object a feature script prints last: one line, or pretty-printed over many. */
function jsonAtEnd(stdout) {
  const text = stdout.trim();
  const lastLine = text.split('\n').pop();
  if (lastLine.startsWith('{')) return JSON.parse(lastLine);
  return JSON.parse(text.slice(text.search(/^\{/m)));
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server at ${url} did not start`);
}
