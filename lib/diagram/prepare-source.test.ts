import { describe, expect, it } from 'vitest';
import { contrast, parseColor } from './color';
import { prepareSource } from './prepare-source';
import { PALETTE } from './theme';

const flow = (...styles: string[]) => ['flowchart LR', '  A[Cart] --> B[(Orders)]', ...styles].join('\n');

function declared(source: string, line: number, prop: string) {
  const text = source.split('\n')[line]!;
  return new RegExp(`${prop}:([^,;\\s]+)`).exec(text)?.[1];
}

describe('prepareSource', () => {
  it('leaves a diagram without colours exactly as written', () => {
    const source = flow();
    expect(prepareSource(source, 'light')).toBe(source);
    expect(prepareSource(source, 'dark')).toBe(source);
  });

  it('gives a light fill text that reads on it in the light theme', () => {
    const out = prepareSource(flow('  style B fill:#f9f,stroke:#333'), 'light');
    expect(declared(out, 2, 'fill')).toBe('#f9f');
    const text = parseColor(declared(out, 2, 'color')!)!;
    expect(contrast(text, parseColor('#f9f')!)).toBeGreaterThanOrEqual(4.5);
  });

  it('mirrors a light fill and a dark stroke in the dark theme, with legible text', () => {
    const out = prepareSource(flow('  style B fill:#f9f,stroke:#333'), 'dark');
    const fill = parseColor(declared(out, 2, 'fill')!)!;
    const stroke = parseColor(declared(out, 2, 'stroke')!)!;
    const page = parseColor(PALETTE.dark.page)!;
    expect(contrast(fill, page)).toBeLessThan(3); // a deep fill, not a glowing pastel
    expect(contrast(stroke, page)).toBeGreaterThanOrEqual(3);
    expect(contrast(parseColor(declared(out, 2, 'color')!)!, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('fixes an author text colour that would vanish in the dark theme', () => {
    const out = prepareSource(flow('  classDef warn fill:#fff3cd,color:#1a1a1a,stroke-width:2px'), 'dark');
    const fill = parseColor(declared(out, 2, 'fill')!)!;
    expect(contrast(parseColor(declared(out, 2, 'color')!)!, fill)).toBeGreaterThanOrEqual(4.5);
    expect(out.split('\n')[2]).toContain('stroke-width:2px');
  });

  it('keeps !important and the line count, so error lines still match', () => {
    const source = flow('  style A fill:#ffffff !important', '  linkStyle 0 stroke:#000,stroke-width:2px;');
    const out = prepareSource(source, 'dark');
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(declared(out, 2, 'fill')).toMatch(/^#[0-9a-f]{6}$/);
    expect(out.split('\n')[2]).toContain('!important');
    expect(declared(out, 3, 'stroke')).toBe('#ffffff');
    expect(out.endsWith(';')).toBe(true);
  });

  it('leaves colours it cannot read alone', () => {
    const source = flow('  style A fill:url(#grad)');
    expect(prepareSource(source, 'dark')).toBe(source);
  });

  it('handles a style line with 100,000 spaces before its last character in linear time', () => {
    const source = `flowchart LR\n  A --> B\n  style A x${' '.repeat(100_000)}y`;
    const start = performance.now();
    expect(prepareSource(source, 'dark')).toBe(source);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('still adapts a style line that ends with a semicolon and spaces', () => {
    const out = prepareSource('flowchart LR\n  A --> B\n  style A fill:#ffffff;  ', 'dark');
    expect(out.split('\n')[2]).toMatch(/^ {2}style A fill:#[0-9a-f]{6},color:#[0-9a-f]{6};  $/);
  });
});
