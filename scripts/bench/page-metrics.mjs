// Loads one page in Chromium and reports what it cost: compressed JavaScript and total bytes
// transferred at load, the document's HTML (raw and gzip), LCP, CLS and total blocking time (from
// long tasks after first paint).
import { gzipSync } from 'node:zlib';
/** Injected before any page script: collects paint, layout-shift and long-task entries. */
const OBSERVER = `
  window.__perf = { lcp: 0, cls: 0, fcp: 0, longTasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__perf.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
`;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map();
  let jsBytes = 0;
  let totalBytes = 0;
  const scripts = [];
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
  cdp.on('Network.loadingFinished', (e) => {
    totalBytes += e.encodedDataLength;
    const info = types.get(e.requestId);
    if (info?.type === 'Script') {
      jsBytes += e.encodedDataLength;
      scripts.push(info.url);
    }
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const html = response ? await response.body() : Buffer.alloc(0);
  await page.waitForTimeout(500);
  const perf = await page.evaluate(() => window.__perf);
  await context.close();
  const tbt = perf.longTasks.filter(([start]) => start >= perf.fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  return {
    jsKB: round(jsBytes / 1024),
    totalKB: round(totalBytes / 1024),
    htmlKB: round(html.length / 1024),
    htmlGzipKB: round(gzipSync(html).length / 1024),
    lcpMs: Math.round(perf.lcp),
    cls: Math.round(perf.cls * 1000) / 1000,
    tbtMs: Math.round(tbt),
    scripts: scripts.length,
  };
}

const round = (n) => Math.round(n * 10) / 10;
