import { describe, expect, it } from 'vitest';
import { DARK_CLASS, mergeThemes, svgForTheme } from './merge-themes';

const drawing = (ink: string, fill: string, inline = '#000000') =>
  `<svg id="d" class="flowchart" viewBox="0 0 10 10"><style>#d{fill:${ink};}#d .node rect{fill:${fill};}</style><g class="node"><rect/><path fill="${fill}" style="stroke:${inline}"/></g></svg>`;

describe('mergeThemes', () => {
  it('keeps the light drawing and adds the dark colours as rules under .dark', () => {
    const merged = mergeThemes(drawing('#111111', '#eeeeee'), drawing('#fafafa', '#1a2a3f'), 'd')!;
    expect(merged).toContain('<style>#d{fill:#111111;}#d .node rect{fill:#eeeeee;}</style>');
    expect(merged).toContain(`:is(.dark #d,#d.${DARK_CLASS}){fill:#fafafa;}`);
    expect(merged).toContain(`:is(.dark #d,#d.${DARK_CLASS}) .node rect{fill:#1a2a3f;}`);
    // The presentation attribute keeps its low rank: a zero-specificity rule, dark only.
    expect(merged).toMatch(/<path data-dk0="" fill="#eeeeee"/);
    expect(merged).toContain(`:where(:is(.dark #d,#d.${DARK_CLASS}) [data-dk0]){fill:#1a2a3f}`);
  });

  it('gives up when the drawings differ in more than colours', () => {
    expect(mergeThemes(drawing('#111111', '#eeeeee'), drawing('#fafafa', '#1a2a3f').replace('<rect/>', '<rect x="1"/>'), 'd')).toBeNull();
  });

  it('gives up when an inline style changes colour, which no rule could override', () => {
    expect(mergeThemes(drawing('#111111', '#eeeeee', '#0b5cad'), drawing('#fafafa', '#1a2a3f', '#7cb7ff'), 'd')).toBeNull();
  });
});

describe('svgForTheme', () => {
  it('switches a merged drawing to dark with its class, and leaves light alone', () => {
    const merged = mergeThemes(drawing('#111111', '#eeeeee'), drawing('#fafafa', '#1a2a3f'), 'd')!;
    expect(svgForTheme(merged, 'dark')).toMatch(new RegExp(`^<svg id="d" class="flowchart ${DARK_CLASS}"`));
    expect(svgForTheme(merged, 'light')).toBe(merged);
  });
});
