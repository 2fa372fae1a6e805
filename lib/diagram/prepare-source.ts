import { contrast, mirrorLightness, mostLegible, parseColor, toHex, luminance, type Rgb } from './color';
import { PALETTE, type DiagramTheme } from './theme';

/** The start of a `style`/`classDef` line: keyword and target(s); `prop:value,prop:value` follows. */
const STYLE_LINE = /^\s*(?:style|classDef)\s+\S+\s+/;
/** The start of a `linkStyle` line: only strokes and text colours matter there. */
const LINK_STYLE_LINE = /^\s*linkStyle\s+\S+\s+/;

/**
 * Splits a line into the head a pattern matched, the declarations, and the tail (an optional `;`
 * and trailing space). Done by hand, not by a `(.+?)(;?\s*)$` pattern, which backtracks
 * quadratically on a long run of spaces before a last character (100,000 spaces froze the tab 16 s).
 */
function splitStyleLine(line: string, head: RegExp): [string, string, string] | null {
  const matched = head.exec(line)?.[0];
  if (matched === undefined) return null;
  const rest = line.slice(matched.length);
  const trimmed = rest.trimEnd();
  const body = trimmed.length > 1 && trimmed.endsWith(';') ? trimmed.slice(0, -1) : trimmed;
  if (body.length === 0) return null;
  return [matched, body, rest.slice(body.length)];
}

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
      const style = splitStyleLine(line, STYLE_LINE);
      if (style) return style[0] + adaptStyle(style[1], theme) + style[2];
      const link = splitStyleLine(line, LINK_STYLE_LINE);
      if (link) return link[0] + adaptLinkStyle(link[1], theme) + link[2];
      return line;
    })
    .join('\n');
}
