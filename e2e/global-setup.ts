import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { buildFreshness } from '../scripts/lib/build-freshness.cjs';

/**
 * Runs once the web server is up (Playwright starts its `webServer` before the global setup). A
 * server Playwright started itself serves a fresh build (scripts/e2e-server.mjs builds first); a
 * server it found already running on the port is used only when it serves this folder's build and
 * that build is newer than the sources. Anything else (a server from another checkout, a stale
 * build, `next dev`) stops the run with what to do, instead of testing other code in silence.
 */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) return;
  const root = path.dirname(config.configFile ?? path.join(process.cwd(), 'playwright.config.ts'));
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const state = buildFreshness(root, distDir);
  const stop = `Stop the server on ${baseURL} and run the tests again: Playwright then builds when needed and starts its own.`;
  if (!state.buildId) throw new Error(`There is no build in ${distDir}, yet a server answers on ${baseURL}. ${stop}`);
  // Every build serves a manifest under its own id; another build answers 404.
  const probe = await fetch(new URL(`/_next/static/${state.buildId}/_ssgManifest.js`, baseURL)).catch(() => null);
  if (!probe?.ok) throw new Error(`The server on ${baseURL} does not serve the build in ${path.join(root, distDir)} (build ${state.buildId}). ${stop}`);
  if (!state.fresh && !startedByThisRun(path.join(root, distDir), new URL(baseURL).port, state.buildId)) throw new Error(`The server on ${baseURL} serves an old build: ${state.reason}. ${stop}`);
}

/** True when scripts/e2e-server.mjs, still running, started the server on this port from this build. */
function startedByThisRun(dist: string, port: string, buildId: string): boolean {
  const marker = path.join(dist, `e2e-server-${port}.json`);
  if (!existsSync(marker)) return false;
  try {
    const { pid, buildId: served } = JSON.parse(readFileSync(marker, 'utf8')) as { pid: number; buildId: string };
    process.kill(pid, 0);
    return served === buildId;
  } catch {
    return false;
  }
}
