import { launchChromium } from './lib/chromium.cjs';
const [,, url, out, w = '1280', h = '900', theme = 'light', action = ''] = process.argv;
const b = await launchChromium();
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.addInitScript((t) => localStorage.setItem('sb-theme', t), theme);
await p.goto(url, { waitUntil: 'load' });
if (action === 'search') { await p.keyboard.press('Control+k'); await p.getByRole('searchbox').fill('saga'); await p.waitForTimeout(800); }
if (action === 'term') { const t = p.locator('article [aria-describedby][aria-expanded]').first(); await t.scrollIntoViewIfNeeded(); await t.focus(); await p.waitForTimeout(300); }
if (action.startsWith('scroll:')) { await p.evaluate((y) => window.scrollTo(0, y), +action.slice(7)); await p.waitForTimeout(300); }
await p.screenshot({ path: out });
await b.close();
