// The floor the benchmark measures our routes against: an empty Next page with one client
// component, generated into a temporary folder outside the repo, with node_modules symlinked to
// the project's (so the same Next and React), built and served by `next start`. Nothing of it is
// committed but this file. Usage from run.mjs: `const floor = await startFloorApp(port)`, then
// `floor.url`, `floor.buildSeconds`, `floor.stop()`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitFor } from './wait-for.mjs';

const FILES = {
  'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }),
  // Turbopack resolves only inside its root: the root must hold both this folder and the
  // project's node_modules it links to (set below, the folders' common ancestor).
  'next.config.mjs': 'export default { turbopack: { root: process.env.BENCH_FLOOR_ROOT } };\n',
  'app/layout.jsx': `export const metadata = { title: 'Floor', description: 'An empty Next page with one client component.' };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.jsx': `import Counter from './counter';
export default function Page() {
  return <main><h1>Floor</h1><p>An empty Next page with one client component.</p><Counter /></main>;
}
`,
  'app/counter.jsx': `'use client';
import { useState } from 'react';
export default function Counter() {
  const [n, setN] = useState(0);
  return <button type="button" onClick={() => setN(n + 1)}>Pressed {n} times</button>;
}
`,
  // An icon, so the browser's request for one is not a 404 that Lighthouse counts against the floor.
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#333"/></svg>\n',
  'app/robots.js': `export default function robots() { return { rules: { userAgent: '*', allow: '/' } }; }\n`,
};

/**
 * @param {number} port
 * @param {{ projectDir?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export async function startFloorApp(port, { projectDir = process.cwd(), env = process.env } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-floor-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const next = path.join(projectDir, 'node_modules', '.bin', 'next');
  const floorEnv = { ...env, NEXT_TELEMETRY_DISABLED: '1', BENCH_FLOOR_ROOT: commonAncestor(realpathSync(dir), realpathSync(projectDir)) };
  delete floorEnv.NEXT_DIST_DIR;
  const started = Date.now();
  const build = spawnSync(next, ['build'], { cwd: dir, env: floorEnv, encoding: 'utf8' });
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The floor app did not build:\n${(build.stderr || build.stdout).slice(-1500)}`);
  }
  const buildSeconds = Math.round((Date.now() - started) / 100) / 10;
  const server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: floorEnv, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(url, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, dir, buildSeconds, stop };
}

/** The deepest folder that holds both paths. */
function commonAncestor(a, b) {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(path.sep) || path.sep;
}

// Run alone (node scripts/bench/floor-app.mjs [port]) to look at it: builds, serves until Ctrl+C.
if (import.meta.url === `file://${process.argv[1]}`) {
  const floor = await startFloorApp(Number(process.argv[2] ?? 3402));
  console.log(JSON.stringify({ url: floor.url, buildSeconds: floor.buildSeconds }));
  process.on('SIGINT', () => {
    floor.stop();
    process.exit(0);
  });
}
