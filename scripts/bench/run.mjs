// npm run bench: builds the site, serves the production build and measures every route in the
// same Chromium: JS and total bytes at load, the HTML (raw and gzip), LCP, CLS, TBT; Lighthouse
// (median of runs and the spread, mobile and desktop presets) on the key routes; the feature
// benchmarks (diagrams, builder, search), the build's duration and the size of .next/static.
//
// The floor: in the same run it builds an empty Next page with one client component
// (scripts/bench/floor-app.mjs: a tiny app in a temporary folder, the project's node_modules, so
// the same Next and React) and measures it exactly as our routes. Every target in the report is a
// distance from the floor's figure, which makes the targets hold on any machine.
//
// Key routes for Lighthouse: home, the heaviest lesson (largest compressed HTML measured in this
// run), a /builder/<scenario> page, /review, /teach, a presenter route, and the live-class screens
// (/join for learners, /teach/live for the room's big screen).
//
// Writes bench/results.json, bench/builder-eval.json and bench/README.md and no other tracked
// file (the previous bench/results.json is read first, for the delta column): the diagrams must
// be drawn and committed beforehand (it stops when `render-diagrams.mjs --check` fails), and the
// second build uses tsconfig.other-builds.json, so tsconfig.json is never touched.
// Options:
//   --runs N            Lighthouse runs per route and preset (default 5; the median is reported)
//   --routes /a,/b      measure only these routes (page metrics and Lighthouse), for a quick check
//   --no-build          reuse the build in NEXT_DIST_DIR (default .next)
//   --no-floor          skip the floor app (targets then show "–")
//   --no-features       skip the feature benchmarks (diagrams, builder, search)
//   --no-browser-diagrams  skip the second build that draws diagrams in the browser
//   --no-write          print the report instead of writing bench/ (for trying the harness)
//   --port N            the site's port (default 3400); the in-browser-diagrams build uses N+1
//   --floor-port N      the floor app's port (default N+2)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import nodePath from 'node:path';
import { chromiumBinary, launchChromium } from '../lib/chromium.cjs';
import { startFloorApp } from './floor-app.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { measurePage } from './page-metrics.mjs';
import { renderReport } from './report.mjs';
import { waitFor } from './wait-for.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(flag('--port', 3400));
const runs = Number(flag('--runs', 5));
const floorPort = Number(flag('--floor-port', port + 2));
const onlyRoutes = flag('--routes', '')?.split(',').filter(Boolean) ?? [];
const distDir = process.env.NEXT_DIST_DIR || '.next';
// Read before anything is overwritten: the report's delta column compares with it.
const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : null;
const base = `http://127.0.0.1:${port}`;
const chromePath = chromiumBinary();
// SB_BENCH_FIXTURES adds the builder drag fixture (/builder/bench) to this build only.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SB_BENCH_FIXTURES: '1' };

spawnSync('bash', ['scripts/ensure-deps.sh'], { stdio: 'inherit' });
spawnSync('bash', ['scripts/ensure-browser.sh'], { stdio: 'inherit' });
const diagramCheck = spawnSync('node', ['scripts/render-diagrams.mjs', '--check'], { stdio: 'inherit', env });
if (diagramCheck.status !== 0) {
  console.error('Draw the diagrams first (node scripts/render-diagrams.mjs) and commit them: a build without them measures the wrong site.');
  process.exit(1);
}
let buildSeconds = null;
if (!args.includes('--no-build')) {
  const started = Date.now();
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildSeconds = Math.round((Date.now() - started) / 100) / 10;
}
const staticSize = folderSize(nodePath.join(distDir, 'static'));

const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stop);
await waitFor(base, 60_000);

const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const firstLessonSlug = sitemapPaths.find((p) => p.startsWith('/lessons/'))?.split('/')[2];
// Screens a learner or instructor opens that the sitemap leaves out (presenter, live class).
const extra = [firstLessonSlug && `/lessons/${firstLessonSlug}/present`, '/join', '/teach/live'].filter(Boolean);
const paths = onlyRoutes.length ? onlyRoutes : [...sitemapPaths, ...extra.filter((p) => !sitemapPaths.includes(p))];

const browser = await launchChromium();
const routes = {};
for (const path of paths) {
  routes[path] = await measurePage(browser, base + path);
  console.log(path, JSON.stringify(routes[path]));
}
await browser.close();

// Lighthouse on the routes that stand for each kind of page; the lesson is the heaviest measured.
const lessons = paths.filter((p) => /^\/lessons\/[^/]+$/.test(p));
const heaviestLesson = [...lessons].sort((a, b) => (routes[b].htmlGzipKB ?? 0) - (routes[a].htmlGzipKB ?? 0) || routes[b].jsKB - routes[a].jsKB)[0];
const keyRoutes = onlyRoutes.length
  ? onlyRoutes
  : ['/', heaviestLesson, paths.find((p) => p.startsWith('/builder/')), '/review', '/teach', paths.find((p) => /\/present$/.test(p)), '/join', '/teach/live'].filter(
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
  ['builderEval', 'scripts/bench/builder-eval.mjs'],
  ['builderJudgement', 'scripts/bench/builder-judgement.mjs'],
  ['search', 'scripts/bench/search.mjs'],
]) {
  if (args.includes('--no-features')) break;
  if (!existsSync(script)) continue;
  const run = spawnSync('node', [script, base], { encoding: 'utf8', env });
  try {
    features[name] = jsonAtEnd(run.stdout);
  } catch {
    features[name] = { error: (run.stderr || run.stdout).slice(-400) };
  }
}
stop();

// The floor, measured exactly as our routes (same Chromium, same scripts, same runs), with no
// other server running.
let floor = null;
if (!args.includes('--no-floor')) {
  const app = await startFloorApp(floorPort, { env });
  try {
    const floorBrowser = await launchChromium();
    const metrics = await measurePage(floorBrowser, app.url + '/');
    await floorBrowser.close();
    const floorLighthouse = await lighthouseMedians(app.url + '/', { runs, chromePath });
    floor = { buildSeconds: app.buildSeconds, metrics, lighthouse: floorLighthouse };
    console.log('floor', JSON.stringify(floor));
  } finally {
    app.stop();
  }
}

// The other way to draw diagrams, for the README's comparison: a build that draws every diagram
// in the browser (DIAGRAM_PRERENDER=off), in its own folder, measured by the same script.
if (!args.includes('--no-browser-diagrams') && !args.includes('--no-features')) features.diagramsInBrowser = measureBrowserDiagrams();

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cores: (await import('node:os')).cpus().length, chromium: chromePath ?? 'playwright' },
  lighthouseRuns: runs,
  build: { seconds: buildSeconds, staticKB: Math.round(staticSize.bytes / 1024), staticFiles: staticSize.files },
  heaviestLesson,
  floor,
  routes,
  lighthouse,
  features,
};
if (args.includes('--no-write')) {
  console.log(renderReport(results, previous));
  process.exit(0);
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
if (features.builderEval && !features.builderEval.error) writeFileSync('bench/builder-eval.json', JSON.stringify(features.builderEval, null, 2) + '\n');
writeFileSync('bench/README.md', renderReport(results, previous));
console.log('Wrote bench/results.json and bench/README.md');
process.exit(0);

function measureBrowserDiagrams() {
  const browserEnv = { ...env, DIAGRAM_PRERENDER: 'off', NEXT_DIST_DIR: '.next-bench-browser' };
  // next.config.ts points a build in another folder at tsconfig.other-builds.json, so this build
  // leaves tsconfig.json as committed.
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'ignore', env: browserEnv });
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

/** Bytes and number of files under a folder (0 when it is not there, as with --no-build on a fresh clone). */
function folderSize(dir) {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(nodePath.join(entry.parentPath ?? entry.path, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** The JSON object a feature script prints last: one line, or pretty-printed over many. */
function jsonAtEnd(stdout) {
  const text = stdout.trim();
  const lastLine = text.split('\n').pop();
  if (lastLine.startsWith('{')) return JSON.parse(lastLine);
  return JSON.parse(text.slice(text.search(/^\{/m)));
}
