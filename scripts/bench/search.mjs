// "Search answers at once": on a warm page (loaded, then idle), the time from Ctrl+K to the first
// result shown for one typed keystroke. Both instants are taken inside the page (a capturing
// keydown listener, and a MutationObserver that sees the first result link in the "Search
// results" list), so the figure does not include the automation's round trips.
// Usage: node scripts/bench/search.mjs <base url> [path, default /] [runs, default 5]
// Prints one JSON object on its last line.
import { launchChromium } from '../lib/chromium.cjs';
import { median, spread } from './stats.mjs';

const [base = 'http://127.0.0.1:3400', path = '/', runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
const KEY = 's';

const WATCH = `
  window.__search = { keyAt: 0, resultAt: 0 };
  addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k' && !window.__search.keyAt) window.__search.keyAt = performance.now();
  }, true);
  new MutationObserver(() => {
    if (window.__search.resultAt || !window.__search.keyAt) return;
    const list = [...document.querySelectorAll('ul[aria-label="Search results"]')].find((l) => l.checkVisibility?.() ?? true);
    if (list && list.querySelector('a[href]')) window.__search.resultAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

const browser = await launchChromium();
const samples = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // Warm: after load, give the page idle time as a learner reading it would.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 1000), { timeout: 3000 })));
    await page.keyboard.press('Control+k');
    await page.keyboard.type(KEY);
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor({ timeout: 10_000 });
    const t = await page.evaluate(() => window.__search);
    samples.push(Math.round(t.resultAt - t.keyAt));
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify({ path, key: KEY, runs, firstResultMs: median(samples), spreadMs: spread(samples), samples }));
