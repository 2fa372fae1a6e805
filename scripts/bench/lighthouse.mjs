// Runs Lighthouse (v12: v13 needs Node 22) against a URL in the machine's Chromium, mobile and
// desktop presets, several runs each, and keeps the median of every score and metric and the
// spread (min and max) of performance, TBT and LCP.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { summariseSamples } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @param {string} url
 * @param {{ runs: number, chromePath?: string }} options
 */
export async function lighthouseMedians(url, { runs, chromePath }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const out = {};
    for (const preset of ['mobile', 'desktop']) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const config = preset === 'desktop' ? desktopConfig : undefined;
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, config);
        const lhr = result.lhr;
        samples.push({
          ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
        });
      }
      out[preset] = summariseSamples(samples);
    }
    return out;
  } finally {
    await chrome.kill();
  }
}
