import { defineConfig, devices } from '@playwright/test';
import { buildFreshness } from './scripts/lib/build-freshness.cjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.cjs';

const port = Number(process.env.E2E_PORT ?? 3210);
// A build on a busy 2-core machine took 10 to 15 minutes: allow for one when it is due.
const mustBuild = !buildFreshness(__dirname, process.env.NEXT_DIST_DIR || '.next').fresh;

export default defineConfig({
  testDir: 'e2e',
  // Per port, so two runs on one machine (a developer and a helper) never delete each other's traces.
  outputDir: `test-results/pw-${port}`,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.PW_JSON_OUTPUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // Checks that the server tested is this folder's current build (a reused one included).
  globalSetup: './e2e/global-setup.ts',
  webServer: {
    // Builds when the build is missing or older than the sources, then serves it.
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}`,
    timeout: mustBuild ? 1_800_000 : 120_000,
    // Outside CI a server already on the port is used, if e2e/global-setup.ts finds it serves
    // this folder's current build; otherwise the run stops and says so.
    reuseExistingServer: !process.env.CI,
  },
});
