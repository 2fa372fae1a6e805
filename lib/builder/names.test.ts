import { describe, expect, it } from 'vitest';
import { normaliseName } from './names';

describe('normaliseName', () => {
  it('removes control characters that would make exported SVG invalid XML', () => {
    expect(normaliseName('Pay\u0000ments\u0007\u001b', 60)).toBe('Payments');
  });

  it('turns a name of only zero-width characters into an empty name', () => {
    expect(normaliseName('\u200b\u200c\u200d\ufeff\u2060', 60)).toBe('');
  });

  it('makes line breaks and tabs single spaces, so a Mermaid label stays on one line', () => {
    expect(normaliseName('Order\nservice\r\n\tv2', 60)).toBe('Order service v2');
  });

  it('removes bidi overrides and composes accents', () => {
    expect(normaliseName('\u202eCafe\u0301', 60)).toBe('Café');
  });

  it('cuts to whole characters', () => {
    expect(normaliseName('😀😀😀', 2)).toBe('😀😀');
  });
});
