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

/**
 * Rounds geometry to hundredths of a pixel (Mermaid writes 15 digits) and drops `data-points`,
 * which only Mermaid's own edge animation reads. Halves a drawing's compressed size.
 */
export function compactSvg(svg: string): string {
  return svg
    .replace(/ data-points="[^"]*"/g, '')
    .replace(GEOMETRY_ATTR, (_m, name: string, value: string) => {
      const rounded = value.replace(/(?<![\d.])-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => {
        const r = Number(Number(n).toFixed(2));
        return String(Object.is(r, -0) ? 0 : r);
      });
      return ` ${name}="${rounded}"`;
    });
}
