/**
 * Small colour maths for diagram styles: parse the colours authors write in Mermaid `style` and
 * `classDef` lines, measure WCAG contrast, and mirror a colour's lightness for the dark theme.
 * Pure and framework-free; Mermaid itself only accepts hex, rgb() and named colours.
 */

/** An sRGB colour with channels 0–255, e.g. `{ r: 255, g: 153, b: 255 }`. */
export type Rgb = { r: number; g: number; b: number };

/** The CSS named colours authors commonly use in diagrams; others are left untouched. */
const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', purple: '#800080', pink: '#ffc0cb', gray: '#808080',
  grey: '#808080', silver: '#c0c0c0', navy: '#000080', teal: '#008080', maroon: '#800000',
  olive: '#808000', lime: '#00ff00', aqua: '#00ffff', cyan: '#00ffff', magenta: '#ff00ff',
  fuchsia: '#ff00ff', gold: '#ffd700', brown: '#a52a2a', coral: '#ff7f50', salmon: '#fa8072',
  tomato: '#ff6347', crimson: '#dc143c', indigo: '#4b0082', violet: '#ee82ee', khaki: '#f0e68c',
  beige: '#f5f5dc', ivory: '#fffff0', lavender: '#e6e6fa', tan: '#d2b48c', wheat: '#f5deb3',
  lightblue: '#add8e6', lightgreen: '#90ee90', lightgray: '#d3d3d3', lightgrey: '#d3d3d3',
  lightyellow: '#ffffe0', lightpink: '#ffb6c1', lightcoral: '#f08080', lightcyan: '#e0ffff',
  lightsalmon: '#ffa07a', palegreen: '#98fb98', skyblue: '#87ceeb', steelblue: '#4682b4',
  darkblue: '#00008b', darkgreen: '#006400', darkred: '#8b0000', darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9', darkorange: '#ff8c00', orchid: '#da70d6', plum: '#dda0dd',
  mintcream: '#f5fffa', honeydew: '#f0fff0', aliceblue: '#f0f8ff', whitesmoke: '#f5f5f5',
  gainsboro: '#dcdcdc', dimgray: '#696969', dimgrey: '#696969', slategray: '#708090',
  slategrey: '#708090', royalblue: '#4169e1', dodgerblue: '#1e90ff', seagreen: '#2e8b57',
  forestgreen: '#228b22', firebrick: '#b22222', chocolate: '#d2691e', goldenrod: '#daa520',
};

/** Reads `#rgb`, `#rrggbb` (alpha digits ignored), `rgb(r, g, b)` or a common name; else null. */
export function parseColor(text: string): Rgb | null {
  const value = text.trim().toLowerCase();
  const named = NAMED[value];
  if (named) return parseColor(named);
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(value);
  if (rgb) {
    const [r, g, b] = rgb.slice(1, 4).map((n) => Math.min(255, Number(n)));
    return { r: r!, g: g!, b: b! };
  }
  return null;
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHsl({ r, g, b }: Rgb): { h: number; s: number; l: number } {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return { h: h * 60, s, l };
}

function fromHsl({ h, s, l }: { h: number; s: number; l: number }): Rgb {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: Math.round(f(0) * 255), g: Math.round(f(8) * 255), b: Math.round(f(4) * 255) };
}

/**
 * The same hue with its lightness mirrored (light ↔ dark), so a pastel fill authored for a white
 * page becomes a deep fill of the same hue on a dark page. `#ff99ff` becomes `#660066`.
 */
export function mirrorLightness(color: Rgb): Rgb {
  const hsl = toHsl(color);
  return fromHsl({ ...hsl, l: 1 - hsl.l });
}

/** Whichever of the candidates contrasts most with the background. */
export function mostLegible(background: Rgb, candidates: Rgb[]): Rgb {
  return candidates.reduce((best, c) => (contrast(c, background) > contrast(best, background) ? c : best));
}
