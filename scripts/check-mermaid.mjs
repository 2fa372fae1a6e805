// Parses and renders every ```mermaid block of the given MDX files (default: all lessons) with
// the site's own Mermaid in headless Chromium, and prints each error with file and line.
// Usage: node scripts/check-mermaid.mjs [content/lessons/x.mdx ...]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('content/lessons').filter((f) => f.endsWith('.mdx')).map((f) => path.join('content/lessons', f));

const blocks = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const re = /```mermaid\n([\s\S]*?)```/g;
  let m;
  while ((m = re.exec(text))) blocks.push({ file, line: text.slice(0, m.index).split('\n').length, source: m[1] });
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ path: 'node_modules/mermaid/dist/mermaid.min.js' });
const results = await page.evaluate(async (list) => {
  window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true });
  const out = [];
  let i = 0;
  for (const b of list) {
    try {
      await window.mermaid.render(`check-${i++}`, b.source);
      out.push(null);
    } catch (err) {
      out.push(String(err && err.message ? err.message : err));
    }
  }
  return out;
}, blocks);
await browser.close();

let bad = 0;
results.forEach((err, i) => {
  const b = blocks[i];
  if (err) {
    bad++;
    console.log(`${b.file}:${b.line}: ${err.split('\n').slice(0, 4).join(' | ')}`);
  }
  if (!/^\s*accTitle:/m.test(b.source) || !/^\s*accDescr:/m.test(b.source)) {
    bad++;
    console.log(`${b.file}:${b.line}: diagram needs an accTitle: and an accDescr: line`);
  }
});
console.log(`${blocks.length} diagrams checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
