// Draws every ```mermaid block of the course ahead of time, in the light and the dark theme, with
// the Mermaid the site ships (node_modules/mermaid) in headless Chromium, and keeps the SVGs in
// lib/diagram/prerendered/<key>.<theme>.svg. The key hashes the source, the Mermaid version and
// the theme configuration, so an edited diagram or a Mermaid upgrade is simply a cache miss.
//
// Usage:
//   node scripts/render-diagrams.mjs            draw what is missing, drop drawings nothing uses;
//                                               fails when a diagram cannot be drawn
//   node scripts/render-diagrams.mjs --check    draw nothing, change nothing; fail when a drawing is
//                                               missing or stale, or a drawing is left that nothing
//                                               uses (the test gate runs this)
//   node scripts/render-diagrams.mjs FILE.mdx…  only these files (nothing is dropped)
//
// Without a browser, missing diagrams are reported and the site draws them in the browser instead
// (so `npm run build` works on a machine without Chromium); `--check` still fails on them.
import { existsSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DIAGRAM_THEMES,
  PRERENDER_DIR,
  collectDiagrams,
  contentMdxFiles,
  installedMermaidVersion,
  openRenderer,
  prerenderFile,
  root,
} from './lib/diagrams.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('--') && a !== '--check');
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(', ')}. Usage: node scripts/render-diagrams.mjs [--check] [FILE.mdx…]`);
  process.exit(2);
}
const check = args.includes('--check');
const explicit = args.filter((a) => !a.startsWith('--'));

const files = explicit.length ? explicit.map((f) => path.resolve(f)) : contentMdxFiles();
const version = installedMermaidVersion(root);
const diagrams = collectDiagrams(files);
const dir = path.join(root, PRERENDER_DIR);

const isDrawn = (key) => DIAGRAM_THEMES.every((theme) => existsSync(prerenderFile(root, key, theme)));
const missing = [...new Map(diagrams.filter((d) => !isDrawn(d.key)).map((d) => [d.key, d])).values()];
const used = new Set(diagrams.map((d) => d.key));
const unused = explicit.length || !existsSync(dir) ? [] : readdirSync(dir).filter((name) => {
  const key = /^([0-9a-f]{16})\.(light|dark)\.svg$/.exec(name)?.[1];
  return key && !used.has(key);
});

if (check) {
  for (const d of missing) console.log(`${d.file}:${d.line}: no up-to-date drawing (run node scripts/render-diagrams.mjs)`);
  for (const name of unused) console.log(`${path.join(PRERENDER_DIR, name)}: no diagram uses this drawing (run node scripts/render-diagrams.mjs)`);
  console.log(`${diagrams.length} diagrams, ${missing.length} without an up-to-date drawing, ${unused.length} unused drawings (Mermaid ${version})`);
  process.exit(missing.length || unused.length ? 1 : 0);
}

mkdirSync(dir, { recursive: true });
const { drawn, broken } = missing.length ? await draw(missing) : { drawn: 0, broken: 0 };
for (const name of unused) unlinkSync(path.join(dir, name));
const notDrawn = missing.length - drawn;
console.log(`${diagrams.length} diagrams, ${drawn} drawn now, ${notDrawn} not drawn, ${unused.length} unused drawings dropped (Mermaid ${version})`);
process.exit(broken ? 1 : 0);

/** Draws the list; `broken` counts diagrams Mermaid refused (a browser missing is not their fault). */
async function draw(list) {
  let renderer;
  try {
    renderer = await openRenderer();
  } catch (err) {
    console.warn(`No browser to draw ${list.length} diagram(s) ahead of time (${err.message.split('\n')[0]}).`);
    console.warn('They will be drawn in the browser instead. Run scripts/ensure-browser.sh, then this script again.');
    return { drawn: 0, broken: 0 };
  }
  let drawn = 0;
  let broken = 0;
  try {
    for (const d of list) {
      const result = await renderer.draw(d);
      if (result.error) {
        console.error(`${d.file}:${d.line}: ${result.error}`);
        broken += 1;
        continue;
      }
      for (const theme of DIAGRAM_THEMES) {
        const target = prerenderFile(root, d.key, theme);
        // Write then rename, under a name of our own: another build may be drawing the same diagram.
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, result.svgs[theme]);
        renameSync(temporary, target);
      }
      drawn += 1;
      console.log(`drew ${d.file}:${d.line} → ${d.key}`);
    }
  } finally {
    await renderer.close();
  }
  return { drawn, broken };
}
