/**
 * The colours a learner can give a service. Names are stored in designs and share links; the
 * hex values are for exports (SVG, PNG, Mermaid), which have no CSS variables. Every `ink` has at
 * least 4.5:1 contrast on its `fill`, and every `stroke` at least 3:1 on white.
 */
export const SERVICE_COLOURS = ['blue', 'teal', 'violet', 'amber', 'rose', 'green', 'slate', 'orange'] as const;

/** One of the palette's colour names, e.g. `"teal"`. */
type ServiceColour = (typeof SERVICE_COLOURS)[number];

/** Light-theme hex values per colour, e.g. `{ fill: "#e8f1fc", stroke: "#1f5fa8", ink: "#123a66" }`. */
export const COLOUR_HEX: Record<ServiceColour, { fill: string; stroke: string; ink: string }> = {
  blue: { fill: '#e8f1fc', stroke: '#1f5fa8', ink: '#123a66' },
  teal: { fill: '#e3f5f3', stroke: '#0f766e', ink: '#0b4a45' },
  violet: { fill: '#f1ecfd', stroke: '#6d3fc4', ink: '#42237f' },
  amber: { fill: '#fdf3df', stroke: '#9a6200', ink: '#5c3a00' },
  rose: { fill: '#fdebef', stroke: '#b4234a', ink: '#6e1530' },
  green: { fill: '#e7f6e9', stroke: '#2f7d32', ink: '#1c4d1f' },
  slate: { fill: '#eef1f5', stroke: '#4a5568', ink: '#2d3440' },
  orange: { fill: '#fdeee3', stroke: '#b45309', ink: '#6b3207' },
};

export function isServiceColour(value: string): value is ServiceColour {
  return (SERVICE_COLOURS as readonly string[]).includes(value);
}

/** The colour a new service gets: the first one no service uses yet, else by rotation. */
export function nextColour(used: string[]): ServiceColour {
  return SERVICE_COLOURS.find((c) => !used.includes(c)) ?? SERVICE_COLOURS[used.length % SERVICE_COLOURS.length]!;
}
