import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockOutlines, heatStep, HEAT_STEPS } from './heat-layout';

describe('heatStep', () => {
  it('puts each share in the step its shown percentage falls in', () => {
    expect(heatStep(0)).toBe(0);
    expect(heatStep(0.19)).toBe(0);
    expect(heatStep(0.2)).toBe(1);
    expect(heatStep(0.5)).toBe(2);
    expect(heatStep(0.7)).toBe(3);
    expect(heatStep(0.8)).toBe(4);
    expect(heatStep(1)).toBe(4);
  });

  it('agrees with the rounded number in the cell (79.6% shows as 80%)', () => {
    expect(heatStep(0.796)).toBe(4);
  });
});

describe('blockOutlines', () => {
  const order = ['a', 'b', 'c', 'd'];

  it('outlines a block of two on the diagonal, four cells with their outer edges', () => {
    const edges = blockOutlines(order, { a: 'g1', b: 'g1', c: 'g2', d: 'g3' });
    expect([...edges.keys()].sort()).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(edges.get('0,0')).toEqual({ top: true, left: true });
    expect(edges.get('0,1')).toEqual({ top: true, right: true });
    expect(edges.get('1,1')).toEqual({ bottom: true, right: true });
  });

  it('does not outline a capability that stands alone', () => {
    expect(blockOutlines(order, { a: 'g1', b: 'g2', c: 'g3', d: 'g4' }).size).toBe(0);
  });

  it('outlines every block of one group of three', () => {
    const edges = blockOutlines(order, { a: 'x', b: 'y', c: 'y', d: 'y' });
    expect(edges.size).toBe(9);
    expect(edges.get('2,2')).toEqual({});
    expect(edges.get('1,3')).toEqual({ top: true, right: true });
  });
});

/** WCAG relative luminance and contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The custom properties of one rule block of cohort.css, e.g. `{ "--heat-0": "#eef4fb" }`. */
function vars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const line of body.split('\n')) {
    const [name, value] = line.split(':').map((s) => s.trim().replace(';', ''));
    if (name?.startsWith('--') && value?.startsWith('#')) out[name] = value;
  }
  return out;
}

describe('the heat map palette (cohort.css)', () => {
  const css = readFileSync(path.join(__dirname, 'cohort.css'), 'utf8');
  const themes: Record<string, Record<string, string>> = { light: { page: '#ffffff', ...vars(css, ':root') }, dark: { page: '#0f141b', ...vars(css, '.dark') } };

  for (const [theme, v] of Object.entries(themes)) {
    it(`keeps every value readable on its step in the ${theme} theme (4.5:1) and the cell borders at 3:1 against the page`, () => {
      HEAT_STEPS.forEach((_, i) => {
        const fill = v[`--heat-${i}`];
        const ink = v[`--heat-ink-${i}`];
        expect(fill, `--heat-${i}`).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrast(ink!, fill!), `text on step ${i}`).toBeGreaterThanOrEqual(4.5);
      });
      expect(contrast(v['--heat-border']!, v.page!)).toBeGreaterThanOrEqual(3);
    });

    it(`orders the steps from light to dark against the page in the ${theme} theme`, () => {
      const away = HEAT_STEPS.map((_, i) => contrast(v[`--heat-${i}`]!, v.page!));
      expect([...away].sort((a, b) => a - b)).toEqual(away);
    });
  }
});
