// Builder drag benchmark: opens /builder/bench (150 nodes on the canvas: 30 services, 120
// capabilities, seeded through the builder's saved-design record), drags one service with the
// mouse for about 2 s, and counts animation frames meanwhile. Target: ≥ 55 fps.
// Usage: node scripts/bench/builder-fps.mjs BASE_URL
// Prints JSON: { "dragFps": …, "nodes": …, "frames": …, "ms": …, "worstFrameMs": … }
import { launchChromium } from '../lib/chromium.cjs';

const base = (process.argv.slice(2).find((a) => /^https?:/.test(a)) ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(`${base}/builder/bench`);
  const tab = page.getByRole('tabpanel', { name: 'Canvas' });
  await tab.locator('.react-flow__renderer').waitFor();
  // Seed the saved design the builder opens: 30 services of 4 capabilities, laid out in rows.
  await page.evaluate(() => {
    const services = 30;
    const per = 4;
    const design = { scenarioId: 'bench', services: [], placement: {}, modes: {}, positions: {} };
    for (let s = 0; s < services; s++) {
      const id = `svc-${s + 1}`;
      design.services.push({ id, name: `Service ${s + 1}`, color: ['blue', 'teal', 'violet', 'amber', 'rose', 'green', 'slate', 'orange'][s % 8] });
      design.positions[id] = { x: (s % 6) * 440, y: Math.floor(s / 6) * 240 };
      for (let k = 0; k < per; k++) {
        const cap = `cap-${s * per + k + 1}`;
        design.placement[cap] = id;
        design.positions[cap] = { x: 16 + (k % 2) * 192, y: 40 + Math.floor(k / 2) * 72 };
      }
    }
    window.localStorage.setItem('sb:builder', JSON.stringify({ v: 1, data: { designs: { bench: design }, best: {} } }));
  });
  await page.reload();
  await tab.locator('.react-flow__renderer').waitFor();
  const nodes = await tab.locator('.react-flow__node').count();
  const target = tab.getByRole('group', { name: 'Service: Service 8', exact: true });
  const box = await target.boundingBox();
  if (!box) throw new Error('The service to drag is not on screen.');
  const start = { x: box.x + 40, y: box.y + 14 };

  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => {
      window.__frames.push(t);
      window.__raf = requestAnimationFrame(tick);
    };
    window.__raf = requestAnimationFrame(tick);
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < 2000) {
    i++;
    await page.mouse.move(start.x + 200 * Math.sin(i / 10), start.y + 120 * Math.cos(i / 13));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    return window.__frames;
  });
  const ms = frames.at(-1) - frames[0];
  const gaps = frames.slice(1).map((t, k) => t - frames[k]);
  const result = {
    dragFps: Math.round(((frames.length - 1) / ms) * 1000 * 10) / 10,
    nodes,
    frames: frames.length,
    ms: Math.round(ms),
    worstFrameMs: Math.round(Math.max(...gaps) * 10) / 10,
    pointerMoves: i,
  };
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
