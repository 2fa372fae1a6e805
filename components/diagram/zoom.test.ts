import { describe, expect, it } from 'vitest';
import { svgFileName, standaloneSvg } from './download';
import { canvasWidth, stepZoom } from './zoom';

describe('stepZoom', () => {
  it('moves one step and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(4, 1)).toBe(4);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });
});

describe('canvasWidth', () => {
  it('fits the frame but keeps at least 60 % of the natural size', () => {
    expect(canvasWidth({ width: 1000, height: 500 }, 1)).toBe('calc(max(min(100%, 1000px), 600px) * 1)');
    expect(canvasWidth(undefined, 2)).toBe('200%');
  });

  it('fits the height too in full screen', () => {
    expect(canvasWidth({ width: 900, height: 1800 }, 1.5, 'screen')).toBe('calc(min(100%, 900px, (100dvh - 7rem) * 0.500) * 1.5)');
  });
});

describe('downloads', () => {
  it('names the file after the title', () => {
    expect(svgFileName('A retail monolith: one deployable')).toBe('a-retail-monolith-one-deployable.svg');
    expect(svgFileName(undefined)).toBe('diagram.svg');
  });

  it('paints the theme background behind a standalone file', () => {
    const out = standaloneSvg('<svg id="a" style="max-width: 10px;" viewBox="0 0 10 10"></svg>', 'dark');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(out).toContain('background-color: #0f141b;');
  });
});
