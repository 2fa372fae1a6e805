import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePathData } from './path-data';
import { PRERENDER_DIR } from './prerender-store';

describe('parsePathData', () => {
  it('reads commands, implicit linetos and numbers that run together', () => {
    const parsed = parsePathData('M12.26.001l.256.004-1e1,2z');
    expect(parsed).toEqual({
      success: true,
      data: [
        { command: 'M', args: [12.26, 0.001] },
        { command: 'l', args: [0.256, 0.004] },
        { command: 'l', args: [-10, 2] },
        { command: 'z', args: [] },
      ],
    });
  });

  it('reads arc flags written without separators', () => {
    const parsed = parsePathData('M0 0a2 2 0 012 2');
    expect(parsed.success && parsed.data[1]).toEqual({ command: 'a', args: [2, 2, 0, 0, 1, 2, 2] });
  });

  it('accepts empty path data', () => {
    expect(parsePathData('  ')).toEqual({ success: true, data: [] });
  });

  it.each([
    ['an odd number of lineto coordinates', 'M0 0l.45-.45.01', 'expected a number'],
    ['a path that does not start with a moveto', 'L1 2', 'a path starts with a moveto (M or m)'],
    ['an unknown letter', 'M1 2X3', 'expected a command letter, found "X"'],
    ['two commas', 'M1,,2', 'expected a number'],
    ['a trailing comma', 'M1,2,', 'a comma must be followed by a number'],
    ['a bad arc flag', 'M0 0A2 2 0 2 1 3 3', 'expected an arc flag (0 or 1)'],
  ])('refuses %s', (_name, d, error) => {
    expect(parsePathData(d)).toMatchObject({ success: false, error });
  });
});

describe('every drawing made ahead of time', () => {
  const dir = path.join(process.cwd(), PRERENDER_DIR);
  const files = readdirSync(dir).filter((name) => name.endsWith('.svg'));

  it('has drawings to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('holds only path data a browser can read', () => {
    const broken: string[] = [];
    for (const name of files) {
      const svg = readFileSync(path.join(dir, name), 'utf8');
      for (const m of svg.matchAll(/<path\b[^>]*?\sd="([^"]*)"/g)) {
        const parsed = parsePathData(m[1]!);
        if (!parsed.success) {
          const near = m[1]!.slice(Math.max(0, parsed.offset - 20), parsed.offset + 20);
          broken.push(`${PRERENDER_DIR}/${name}: ${parsed.error} at ${parsed.offset}, near "${near}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
