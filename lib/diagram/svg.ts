/**
 * String-level finishing of the SVG Mermaid returns, shared by the build-time renderer and the
 * live editor: it runs in Node and in the browser, so it uses no DOM.
 */

/**
 * Mermaid prefixes every id inside a diagram (markers, clip paths, the `<style>` selectors,
 * `<title>`) with the id it rendered under. Re-prefixing gives each copy on a page its own ids.
 */
export function renameSvgIds(svg: string, from: string, to: string): string {
  return svg.split(from).join(to);
}

/**
 * Presents the drawing as one image named by its title (children of `role="img"` are not read
 * one by one), and drops Mermaid's "flowchart-v2" role description, which means nothing to a
 * listener. The `<title>`/`<desc>` that `aria-labelledby`/`aria-describedby` point at stay.
 */
export function finishSvg(svg: string): string {
  return scopeStrayIds(compactSvg(svg)).replace(/^<svg\b([^>]*)>/, (_tag, attrs: string) => {
    const cleaned = attrs
      .replace(/\srole="[^"]*"/, '')
      .replace(/\saria-roledescription="[^"]*"/, '');
    return `<svg${cleaned} role="img" aria-roledescription="diagram">`;
  });
}

/**
 * Defence in depth for learner-typed diagrams: Mermaid's strict mode already sanitises, but the
 * SVG goes into the page as markup, so anything that can run script is refused outright.
 */
export function isInertSvg(svg: string): boolean {
  if (/<(?:script|iframe|object|embed)\b/i.test(svg)) return false;
  // Attributes only: label text such as "Learn javascript: the basics" is harmless (and escaped).
  for (const tag of svg.match(/<[A-Za-z][^<>]*>/g) ?? []) {
    if (/\son[a-z]+\s*=/i.test(tag)) return false;
    if (/=\s*["']?\s*(?:javascript|vbscript):/i.test(tag)) return false;
    if (/^<foreignObject\b/i.test(tag) && /\ssrc\s*=/i.test(tag)) return false;
  }
  return true;
}

/**
 * Makes links inside a drawing inert: an `<a>` from a learner's `<a href>` label or `click … href`
 * keeps its text but loses any `href` that leaves the page (in-page `#…` references stay).
 */
export function dropOutsideLinks(svg: string): string {
  return svg.replace(/<a\b[^<>]*>/gi, (tag) => tag.replace(/\s(?:xlink:)?href\s*=\s*(?:"(?!#)[^"]*"|'(?!#)[^']*'|[^\s>"']+)/gi, ''));
}

/** Natural size from the root `viewBox`, e.g. `{ width: 788, height: 139 }`, or null. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const box = /^<svg\b[^>]*\sviewBox="\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/.exec(svg);
  if (!box) return null;
  return { width: Number(box[1]), height: Number(box[2]) };
}

/**
 * Some diagram types (sequence actors, for one) number ids from a page-wide counter instead of
 * prefixing them with the render id. Those are renamed `<render id>-i<n>`, with every `#id`
 * reference, so renaming the render id renames them and two diagrams never share one.
 */
export function scopeStrayIds(svg: string): string {
  const root = /^<svg\b[^>]*\sid="([^"]+)"/.exec(svg)?.[1];
  if (!root) return svg;
  const stray = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.includes(root));
  let out = svg;
  [...new Set(stray)].forEach((id, n) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Numbered by order of appearance, so the same diagram always gets the same ids.
    out = out.replace(new RegExp(`(\\sid="|url\\(#|href="#)${escaped}(?=[")])`, 'g'), `$1${root}-i${n}`);
  });
  return out;
}

const GEOMETRY_ATTR = / (d|points|transform|x|y|x1|x2|y1|y2|width|height|cx|cy|r|rx|ry)="([^"]*)"/g;
/** A number as SVG writes it: `12`, `-0.5`, `.256`, `1e-7`. Greedy, so `.256.004` is two numbers. */
const SVG_NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;
/** Path commands; the numbers of a lowercase (relative) command are steps, not positions. */
const PATH_COMMAND = /[MLHVCSQTAZ][^MLHVCSQTAZ]*/gi;

/** `183.97533837763297` → `183.98`; a number with fewer than three decimals is kept as written. */
function roundNumber(n: string): string {
  if (!/\.\d{3,}|[eE]/.test(n)) return n;
  const r = Number(Number(n).toFixed(2));
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Rounds every number of a list such as `12.258.001-3.5` and keeps them apart: SVG lets numbers
 * run together when the next one starts with a sign or a point, so a rounded number that lost its
 * point (`.001` → `0`, `1.0001` → `1`) gets a space before a following `.5` or digit.
 */
function roundNumbers(list: string): string {
  let out = '';
  let last = 0;
  let previous = '';
  for (const m of list.matchAll(SVG_NUMBER)) {
    const gap = list.slice(last, m.index);
    let text = roundNumber(m[0]);
    if (gap === '' && previous !== '' && /^[\d.]/.test(text) && (/^\d/.test(text) || !previous.includes('.') || /e/i.test(previous))) {
      text = ` ${text}`;
    }
    out += gap + text;
    previous = text;
    last = m.index + m[0].length;
  }
  return out + list.slice(last);
}

/**
 * Path data keeps the numbers of relative commands as written: each is a step from the last
 * point, so rounding them adds up (Mermaid's database icon takes hundreds of steps of 0.004).
 * Arcs are kept too: their flags may be written without separators (`a2 2 0 012 2`).
 */
function roundPathData(d: string): string {
  return d.replace(PATH_COMMAND, (segment) => {
    const command = segment[0]!;
    if (command !== command.toUpperCase() || command === 'A') return segment;
    return command + roundNumbers(segment.slice(1));
  });
}

/**
 * Rounds absolute geometry to hundredths of a pixel (Mermaid writes 15 digits) and drops
 * `data-points`, which only Mermaid's own edge animation reads. Halves a drawing's compressed size.
 * Every path stays valid and means what it meant (lib/diagram/path-data.ts checks both in tests).
 */
export function compactSvg(svg: string): string {
  return svg
    .replace(/ data-points="[^"]*"/g, '')
    .replace(GEOMETRY_ATTR, (_m, name: string, value: string) => ` ${name}="${name === 'd' ? roundPathData(value) : roundNumbers(value)}"`);
}
