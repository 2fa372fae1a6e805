import { contrast, mirrorLightness, mostLegible, parseColor, toHex, luminance, type Rgb } from './color';
import { PALETTE, type DiagramTheme } from './theme';

/** A `style`/`classDef` line: keyword, target(s), then `prop:value,prop:value`. */
const STYLE_LINE = /^(\s*(?:style|classDef)\s+\S+\s+)(.+?)(;?\s*)$/;
/** A `linkStyle` line: only strokes and text colours matter there. */
const LINK_STYLE_LINE = /^(\s*linkStyle\s+\S+\s+)(.+?)(;?\s*)$/;

type Declaration = { prop: string; value: string };

function parseDeclarations(list: string): Declaration[] {
  return list.split(',').map((part) => {
    const i = part.indexOf(':');
    return i < 0 ? { prop: part.trim(), value: '' } : { prop: part.slice(0, i).trim(), value: part.slice(i + 1).trim() };
  });
}

function formatDeclarations(list: Declaration[]): string {
  return list.map((d) => (d.value ? `${d.prop}:${d.value}` : d.prop)).join(',');
}

/** The colour of a value such as `#f9f !important`, keeping the suffix to write it back. */
function readColor(value: string): { color: Rgb; suffix: string } | null {
  const [head = '', ...rest] = value.split(/\s+/);
  const color = parseColor(head);
  return color ? { color, suffix: rest.length ? ` ${rest.join(' ')}` : '' } : null;
}

function adaptStyle(list: string, theme: DiagramTheme): string {
  const p = PALETTE[theme];
  const ink = parseColor(p.ink)!;
  const page = parseColor(p.page)!;
  const decls = parseDeclarations(list);
  const find = (prop: string) => decls.find((d) => d.prop === prop);
  const fillDecl = find('fill');
  let fill = fillDecl ? readColor(fillDecl.value) : null;

  if (theme === 'dark') {
    // A fill made for a white page turns deep with the same hue; dark strokes turn light.
    if (fill && fillDecl && luminance(fill.color) > 0.18) {
      fill = { ...fill, color: mirrorLightness(fill.color) };
      fillDecl.value = toHex(fill.color) + fill.suffix;
    }
    const stroke = find('stroke');
    const strokeColor = stroke ? readColor(stroke.value) : null;
    if (stroke && strokeColor && contrast(strokeColor.color, page) < 3) {
      stroke.value = toHex(mirrorLightness(strokeColor.color)) + strokeColor.suffix;
    }
  }

  // Text must read on whatever fill the author chose (WCAG AA, 4.5:1).
  const background = fill?.color ?? parseColor(p.node)!;
  const colorDecl = find('color');
  const text = colorDecl ? readColor(colorDecl.value) : null;
  if (colorDecl && text && contrast(text.color, background) < 4.5) {
    const mirrored = mirrorLightness(text.color);
    const better = contrast(mirrored, background) >= 4.5 ? mirrored : mostLegible(background, [ink, page]);
    colorDecl.value = toHex(better) + text.suffix;
  } else if (!colorDecl && fill) {
    decls.push({ prop: 'color', value: toHex(mostLegible(background, [ink, page])) });
  }
  return formatDeclarations(decls);
}

function adaptLinkStyle(list: string, theme: DiagramTheme): string {
  const page = parseColor(PALETTE[theme].page)!;
  const decls = parseDeclarations(list);
  for (const d of decls) {
    if (d.prop !== 'stroke' && d.prop !== 'color') continue;
    const c = readColor(d.value);
    if (c && contrast(c.color, page) < 3) d.value = toHex(mirrorLightness(c.color)) + c.suffix;
  }
  return formatDeclarations(decls);
}

/**
 * Makes the colours an author gave nodes and links legible in the given theme, line by line, so
 * Mermaid's error line numbers still match the source the learner sees. In the dark theme light
 * fills are mirrored to deep fills of the same hue and dark strokes to light ones; in both themes
 * label text gets a colour that contrasts with its fill.
 */
export function prepareSource(source: string, theme: DiagramTheme): string {
  return source
    .split('\n')
    .map((line) => {
      const style = STYLE_LINE.exec(line);
      if (style) return style[1] + adaptStyle(style[2]!, theme) + style[3];
      const link = LINK_STYLE_LINE.exec(line);
      if (link) return link[1] + adaptLinkStyle(link[2]!, theme) + link[3];
      return line;
    })
    .join('\n');
}
