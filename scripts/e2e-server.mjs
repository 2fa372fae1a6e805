// The end-to-end tests' web server (playwright.config.ts): builds when the build is missing or
// older than the sources, then serves it with `next start`. Usage: node scripts/e2e-server.mjs PORT
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFreshness } from './lib/build-freshness.cjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.argv[2] ?? '3210';
const distDir = process.env.NEXT_DIST_DIR || '.next';

const state = buildFreshness(root, distDir);
if (!state.fresh) {
  console.error(`Building first: ${state.reason}.`);
  const build = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Tells e2e/global-setup.ts that this run's own server serves this build (sources edited while
// the tests run do not make it a stranger).
const buildId = readFileSync(path.join(root, distDir, 'BUILD_ID'), 'utf8').trim();
writeFileSync(path.join(root, distDir, `e2e-server-${port}.json`), JSON.stringify({ pid: process.pid, buildId }));
const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
