/**
 * Folds the light and dark drawings of one diagram into one SVG, so a page carries each diagram
 * once. Mermaid's layout does not depend on the theme, so the two drawings differ only in colours:
 * the light drawing is kept, and the dark colours are added as rules that apply under the site's
 * `.dark` class (or the SVG's own `mmd-dark` class, for a downloaded file). Returns null when the
 * drawings differ in anything but colours, and the caller keeps both.
 */

const COLOR = /(#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\))/;
/** Presentation attributes that hold a colour; they rank below every style rule, like `:where()`. */
const COLOR_ATTR = /\s(fill|stroke|stop-color|flood-color|lighting-color|color)="$/;

/** The class that switches a standalone (downloaded) SVG to its dark colours. */
export const DARK_CLASS = 'mmd-dark';

function escapeId(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

export function mergeThemes(light: string, dark: string, id: string): string | null {
  const l = light.split(COLOR);
  const d = dark.split(COLOR);
  if (l.length !== d.length) return null;
  for (let i = 0; i < l.length; i += 2) if (l[i] !== d[i]) return null;

  const styleStart = light.indexOf('<style>');
  const styleEnd = light.indexOf('</style>');
  const darkStyle = /<style>([\s\S]*?)<\/style>/.exec(dark)?.[1];
  if (styleStart < 0 || styleEnd < 0 || darkStyle === undefined) return null;

  const scope = `:is(.dark #${escapeId(id)},#${escapeId(id)}.${DARK_CLASS})`;
  const overrides: string[] = [];
  let offset = 0;
  for (let i = 0; i < l.length; i += 1) {
    const start = offset;
    offset += l[i]!.length;
    if (i % 2 === 0 || l[i] === d[i]) continue;
    if (start > styleStart && start < styleEnd) continue; // a rule of the style block
    const attr = COLOR_ATTR.exec(l[i - 1]!);
    if (!attr || !l[i + 1]!.startsWith('"')) return null; // a colour inside an inline style: keep both
    const mark = `data-dk${overrides.length}`;
    l[i - 1] = `${l[i - 1]!.slice(0, -attr[0].length)} ${mark}=""${attr[0]}`;
    overrides.push(`:where(${scope} [${mark}]){${attr[1]}:${d[i]}}`);
  }

  const idPattern = new RegExp(`#${escapeId(id)}(?![\\w-])`, 'g');
  const darkRules = darkStyle.replace(idPattern, scope) + overrides.join('');
  const merged = l.join('');
  const end = merged.indexOf('</style>') + '</style>'.length;
  return `${merged.slice(0, end)}<style>${darkRules}</style>${merged.slice(end)}`;
}

/** A merged drawing as a standalone file in one theme: dark adds the class its dark rules key on. */
export function svgForTheme(svg: string, theme: 'light' | 'dark'): string {
  if (theme === 'light' || !svg.includes(`.${DARK_CLASS})`)) return svg;
  return svg.replace(/^<svg\b([^>]*?)\sclass="([^"]*)"/, `<svg$1 class="$2 ${DARK_CLASS}"`);
}
