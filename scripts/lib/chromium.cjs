// The one place that decides which Chromium every tool drives: the end-to-end tests
// (playwright.config.ts), the diagram scripts, the benchmark and Lighthouse, and
// scripts/ensure-browser.sh (which runs this file to print the path).
//
// CHROMIUM_PATH when set; else Debian's /usr/bin/chromium when present (browser downloads fail on
// some machines); else undefined, which makes Playwright use its own downloaded browser.
// CommonJS, so that both the .mjs scripts and Playwright's compiled config can load it.
'use strict';
const { existsSync } = require('node:fs');

/** @returns {string | undefined} */
function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * The binary as a path even when it is Playwright's own, for tools that launch Chromium without
 * Playwright (Lighthouse through chrome-launcher).
 * @returns {string}
 */
function chromiumBinary() {
  return chromiumPath() ?? require('@playwright/test').chromium.executablePath();
}

/** Flags every headless run uses: nothing in the background that could skew a test or a figure. */
const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/**
 * Launches the chosen Chromium through Playwright.
 * @param {string[]} [extraArgs]
 */
function launchChromium(extraArgs = []) {
  const { chromium } = require('@playwright/test');
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

module.exports = { chromiumPath, chromiumBinary, CHROMIUM_ARGS, launchChromium };

// `node scripts/lib/chromium.cjs` prints the path (an empty line: Playwright's own browser).
if (require.main === module) console.log(chromiumPath() ?? '');
