// What render-diagrams.mjs and check-mermaid.mjs share, so both see exactly what the site sees:
// the ```mermaid fences found by the site's own MDX parser (lib/diagram/extract.ts), keyed as the
// site keys them, and drawn with the Mermaid the site ships and the site's own configuration
// (lib/diagram/theme.ts, lib/diagram/prepare-source.ts) in the Chromium of scripts/lib/chromium.cjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { launchChromium } from './chromium.cjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const jiti = createJiti(import.meta.url);
const load = (file) => jiti.import(path.join(root, file));
const { extractDiagrams } = await load('lib/diagram/extract.ts');
const { diagramKey, renderId } = await load('lib/diagram/cache-key.ts');
const { prepareSource } = await load('lib/diagram/prepare-source.ts');
const { finishSvg, isInertSvg } = await load('lib/diagram/svg.ts');
const { mermaidConfig, DIAGRAM_THEMES } = await load('lib/diagram/theme.ts');
const { PRERENDER_DIR, prerenderFile, installedMermaidVersion } = await load('lib/diagram/prerender-store.ts');
const { splitFrontmatter } = await load('lib/content/frontmatter.ts');

export { DIAGRAM_THEMES, PRERENDER_DIR, prerenderFile, installedMermaidVersion };

/** Every .mdx file under content/, sorted: lessons, guides, anything that may hold a diagram. */
export function contentMdxFiles(dir = path.join(root, 'content')) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return contentMdxFiles(full);
      return entry.name.endsWith('.mdx') ? [full] : [];
    })
    .sort();
}

/**
 * The diagrams of these files: `{ file, line, source, key }`, file relative to the repository,
 * line the fence's line in the file, key the name its drawings are kept under.
 * @param {string[]} files absolute or relative paths
 */
export function collectDiagrams(files) {
  const version = installedMermaidVersion(root);
  return files.flatMap((file) => {
    const raw = readFileSync(file, 'utf8');
    const split = splitFrontmatter(raw);
    const body = split.success ? split.data.body : raw;
    const firstLine = split.success ? split.data.bodyLine : 1;
    return extractDiagrams(body, firstLine).map((d) => ({ ...d, file: path.relative(root, path.resolve(file)), key: diagramKey(d.source, version) }));
  });
}

/**
 * Opens a page with the site's Mermaid. `draw(d)` renders one diagram in every theme as the site
 * would and returns `{ svgs: { light, dark } }` (finished, inert SVG) or `{ error }`.
 * Throws when no browser can be started.
 */
export async function openRenderer() {
  const browser = await launchChromium(['--disable-gpu']);
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
  async function draw(d) {
    const svgs = {};
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
      if (result.error) return { error: result.error.split('\n').slice(0, 4).join(' | ') };
      if (!isInertSvg(result.svg)) return { error: 'the drawing contains script' };
      svgs[theme] = finishSvg(result.svg);
    }
    return { svgs };
  }
  return { draw, close: () => browser.close() };
}
