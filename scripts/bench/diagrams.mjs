// Diagram benchmark, per lesson with diagrams: time from navigation to the first and to every
// diagram drawn, Mermaid bytes downloaded at load, all JavaScript at load (compressed), CLS
// (including while scrolling through the page), and the Mermaid bytes the editor fetches.
// Usage: node scripts/bench/diagrams.mjs BASE_URL [--runs 3] [--out file.json]
// Prints JSON: { base, runs, lessons: [{ path, diagrams, firstDiagramMs, allDiagramsMs, fcpMs,
// mermaidBytesAtLoad, jsBytesAtLoad, htmlBytes, cls, mermaidBytesOnEdit }], summary }.
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../lib/chromium.cjs';

const args = process.argv.slice(2);
const base = (args.find((a) => !a.startsWith('--') && /^https?:/.test(a)) ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : null;
const MERMAID_MARKER = /No diagram type detected|mermaidAPI/;

// Runs in the page before any of its scripts: records when diagrams are first drawn, and CLS.
function instrument() {
  const w = window;
  w.__bench = { cls: 0, first: null, all: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) w.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const drawn = (fig) =>
    [...fig.querySelectorAll('[data-diagram-theme] > svg')].some((svg) => {
      const r = svg.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
  const tick = (now) => {
    const figs = [...document.querySelectorAll('figure[data-diagram]')];
    const done = figs.filter(drawn).length;
    if (done > 0 && w.__bench.first === null) w.__bench.first = now;
    if (figs.length > 0 && done === figs.length && document.readyState !== 'loading') {
      w.__bench.all = now;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function lessonPaths(page) {
  const xml = await (await page.request.get(`${base}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => /^\/lessons\/[^/]+$/.test(p));
}

async function measure(browser, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const scripts = [];
  let htmlBytes = 0;
  let phase = 'load';
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    if (request.resourceType() === 'document') htmlBytes += sizes.responseBodySize;
    if (request.resourceType() !== 'script') return;
    const body = await (await request.response())?.text().catch(() => '');
    scripts.push({ phase, bytes: sizes.responseBodySize, mermaid: MERMAID_MARKER.test(body ?? '') });
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const diagrams = await page.locator('figure[data-diagram]').count();
  // Scroll through the page so diagrams drawn on approach (the browser renderer) are drawn too.
  for (let y = 0; y < 30 && !(await page.evaluate(() => window.__bench.all !== null)); y += 1) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(150);
  }
  await page.waitForFunction(() => window.__bench.all !== null, null, { timeout: 20_000 }).catch(() => undefined);
  const timing = await page.evaluate(() => ({
    ...window.__bench,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));
  const atLoad = scripts.filter((s) => s.phase === 'load');
  phase = 'edit';
  const edit = page.getByRole('button', { name: 'Edit diagram' }).first();
  if (diagrams > 0 && (await edit.count()) > 0) {
    await edit.scrollIntoViewIfNeeded({ timeout: 10_000 });
    await edit.click({ timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }
  const result = {
    path,
    diagrams,
    firstDiagramMs: timing.first === null ? null : Math.round(timing.first),
    allDiagramsMs: timing.all === null ? null : Math.round(timing.all),
    fcpMs: timing.fcp === null ? null : Math.round(timing.fcp),
    mermaidBytesAtLoad: atLoad.filter((s) => s.mermaid).reduce((n, s) => n + s.bytes, 0),
    jsBytesAtLoad: atLoad.reduce((n, s) => n + s.bytes, 0),
    htmlBytes,
    cls: Number(timing.cls.toFixed(4)),
    mermaidBytesOnEdit: scripts.filter((s) => s.phase === 'edit').reduce((n, s) => n + s.bytes, 0),
  };
  await context.close();
  return result;
}

const median = (values) => {
  const v = values.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};

const browser = await launchChromium(['--disable-gpu']);
const probe = await browser.newPage();
const paths = await lessonPaths(probe);
await probe.close();
// Warm the server once per page so the first run does not measure compilation or disk caches.
for (const path of paths) await (await browser.newPage()).goto(`${base}${path}`).then((r) => r?.finished());

const lessons = [];
for (const path of paths) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await measure(browser, path));
  if (samples[0].diagrams === 0) continue;
  const pick = (key) => median(samples.map((s) => s[key]));
  lessons.push({
    path,
    diagrams: samples[0].diagrams,
    ...Object.fromEntries(['firstDiagramMs', 'allDiagramsMs', 'fcpMs', 'mermaidBytesAtLoad', 'jsBytesAtLoad', 'htmlBytes', 'mermaidBytesOnEdit'].map((k) => [k, pick(k)])),
    cls: Math.max(...samples.map((s) => s.cls)),
  });
}
await browser.close();

const summary = {
  lessons: lessons.length,
  worstFirstDiagramMs: Math.max(...lessons.map((l) => l.firstDiagramMs ?? Infinity)),
  worstAllDiagramsMs: Math.max(...lessons.map((l) => l.allDiagramsMs ?? Infinity)),
  maxMermaidBytesAtLoad: Math.max(...lessons.map((l) => l.mermaidBytesAtLoad)),
  maxJsBytesAtLoad: Math.max(...lessons.map((l) => l.jsBytesAtLoad)),
  maxCls: Math.max(...lessons.map((l) => l.cls)),
  targets: { firstDiagramMs: 300, mermaidBytesAtLoad: 0, jsBytesAtLoad: 160 * 1024, cls: 0 },
};
summary.pass =
  summary.worstFirstDiagramMs <= 300 && summary.maxMermaidBytesAtLoad === 0 && summary.maxJsBytesAtLoad <= 160 * 1024 && summary.maxCls === 0;
const report = { base, runs, lessons, summary };
const json = JSON.stringify(report, null, 2);
if (out) writeFileSync(out, json);
console.log(json);
