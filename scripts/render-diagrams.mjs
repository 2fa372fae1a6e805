// Draws every ```mermaid block of the course ahead of time, in the light and the dark theme, with
// the Mermaid the site ships (node_modules/mermaid) in headless Chromium, and keeps the SVGs in
// lib/diagram/prerendered/<key>.<theme>.svg. The key hashes the source, the Mermaid version and
// the theme configuration, so an edited diagram or a Mermaid upgrade is simply a cache miss.
//
// Usage:
//   node scripts/render-diagrams.mjs            draw what is missing, drop drawings nothing uses
//   node scripts/render-diagrams.mjs --strict   the same, but fail on any diagram that cannot be drawn (CI)
//   node scripts/render-diagrams.mjs --check    draw nothing; fail if any drawing is missing or stale
//   node scripts/render-diagrams.mjs FILE.mdx…  only these files (nothing is dropped)
//
// Without a browser, missing diagrams are reported and the site draws them in the browser instead.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jiti = createJiti(import.meta.url);
const load = (file) => jiti.import(path.join(root, file));
const { extractDiagrams } = await load('lib/diagram/extract.ts');
const { diagramKey, renderId } = await load('lib/diagram/cache-key.ts');
const { prepareSource } = await load('lib/diagram/prepare-source.ts');
const { finishSvg, isInertSvg } = await load('lib/diagram/svg.ts');
const { mermaidConfig, DIAGRAM_THEMES } = await load('lib/diagram/theme.ts');
const { PRERENDER_DIR, prerenderFile, installedMermaidVersion } = await load('lib/diagram/prerender-store.ts');
const { splitFrontmatter } = await load('lib/content/frontmatter.ts');

const args = process.argv.slice(2);
const check = args.includes('--check');
const strict = args.includes('--strict');
const explicit = args.filter((a) => !a.startsWith('--'));

function mdxFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(full);
    return entry.name.endsWith('.mdx') ? [full] : [];
  });
}

const files = explicit.length ? explicit.map((f) => path.resolve(f)) : mdxFiles(path.join(root, 'content')).sort();
const version = installedMermaidVersion(root);
const diagrams = [];
for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const split = splitFrontmatter(raw);
  const body = split.success ? split.data.body : raw;
  const firstLine = split.success ? split.data.bodyLine : 1;
  for (const d of extractDiagrams(body, firstLine)) {
    diagrams.push({ ...d, file: path.relative(root, file), key: diagramKey(d.source, version) });
  }
}

const isDrawn = (key) => DIAGRAM_THEMES.every((theme) => existsSync(prerenderFile(root, key, theme)));
const missing = [...new Map(diagrams.filter((d) => !isDrawn(d.key)).map((d) => [d.key, d])).values()];
mkdirSync(path.join(root, PRERENDER_DIR), { recursive: true });

if (check) {
  for (const d of missing) console.log(`${d.file}:${d.line}: no up-to-date drawing (run node scripts/render-diagrams.mjs)`);
  console.log(`${diagrams.length} diagrams, ${missing.length} without an up-to-date drawing (Mermaid ${version})`);
  process.exit(missing.length ? 1 : 0);
}

let failures = 0;
if (missing.length) failures = await draw(missing);
if (!explicit.length) prune(new Set(diagrams.map((d) => d.key)));
console.log(`${diagrams.length} diagrams, ${missing.length - failures} drawn now, ${failures} could not be drawn (Mermaid ${version})`);
process.exit(strict && failures ? 1 : 0);

async function draw(list) {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  let browser;
  try {
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run', '--disable-gpu'] });
  } catch (err) {
    console.warn(`No browser to draw ${list.length} diagram(s) ahead of time (${err.message.split('\n')[0]}).`);
    console.warn('They will be drawn in the browser instead. Run scripts/ensure-browser.sh, then this script again.');
    return list.length;
  }
  let failed = 0;
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    for (const d of list) {
      const drawn = {};
      for (const theme of DIAGRAM_THEMES) {
        const result = await page.evaluate(
          async ({ id, source, config }) => {
            try {
              window.mermaid.initialize(config);
              return { svg: (await window.mermaid.render(id, source)).svg };
            } catch (err) {
              return { error: String(err && err.message ? err.message : err) };
            }
          },
          { id: renderId(d.key, theme), source: prepareSource(d.source, theme), config: mermaidConfig(theme) },
        );
        if (result.error || !isInertSvg(result.svg)) {
          console.error(`${d.file}:${d.line}: ${(result.error ?? 'the drawing contains script').split('\n').slice(0, 4).join(' | ')}`);
          failed += 1;
          break;
        }
        drawn[theme] = finishSvg(result.svg);
      }
      if (Object.keys(drawn).length !== DIAGRAM_THEMES.length) continue;
      for (const theme of DIAGRAM_THEMES) {
        const target = prerenderFile(root, d.key, theme);
        // Write then rename, under a name of our own: another build may be drawing the same diagram.
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, drawn[theme]);
        renameSync(temporary, target);
      }
      console.log(`drew ${d.file}:${d.line} → ${d.key}`);
    }
  } finally {
    await browser.close();
  }
  return failed;
}

function prune(used) {
  const dir = path.join(root, PRERENDER_DIR);
  for (const name of readdirSync(dir)) {
    const key = /^([0-9a-f]{16})\.(light|dark)\.svg$/.exec(name)?.[1];
    if (key && !used.has(key)) unlinkSync(path.join(dir, name));
  }
}
