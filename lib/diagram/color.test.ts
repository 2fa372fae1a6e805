import { describe, expect, it } from 'vitest';
import { contrast, mirrorLightness, parseColor, toHex } from './color';

describe('parseColor', () => {
  it('reads short and long hex, rgb() and common names', () => {
    expect(parseColor('#f9f')).toEqual({ r: 255, g: 153, b: 255 });
    expect(parseColor('#0B5CAD')).toEqual({ r: 11, g: 92, b: 173 });
    expect(parseColor('#0b5cad80')).toEqual({ r: 11, g: 92, b: 173 });
    expect(parseColor('rgb(10, 20, 30)')).toEqual({ r: 10, g: 20, b: 30 });
    expect(parseColor('LightBlue')).toEqual({ r: 173, g: 216, b: 230 });
  });

  it('returns null for anything it cannot read', () => {
    expect(parseColor('var(--x)')).toBeNull();
    expect(parseColor('#12')).toBeNull();
    expect(parseColor('notacolour')).toBeNull();
  });
});

describe('contrast', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 5);
    expect(contrast({ r: 11, g: 92, b: 173 }, { r: 11, g: 92, b: 173 })).toBe(1);
  });
});

describe('mirrorLightness', () => {
  it('turns a pastel into a deep colour of the same hue', () => {
    expect(toHex(mirrorLightness(parseColor('#ff99ff')!))).toBe('#660066');
  });

  it('turns a near-black stroke light', () => {
    expect(toHex(mirrorLightness(parseColor('#333333')!))).toBe('#cccccc');
  });
});
