import { describe, expect, it } from 'vitest';
import { currentSection } from './current-section';

const at = (...tops: number[]) => tops.map((top, i) => ({ id: `h${i}`, top }));

describe('currentSection', () => {
  it('is the last heading above the reading line', () => {
    expect(currentSection(at(-900, -200, 60, 700), 100)).toBe('h2');
  });

  it('is the first heading before any has reached the line', () => {
    expect(currentSection(at(300, 900), 100)).toBe('h0');
  });

  it('is the last heading once the page has scrolled past them all', () => {
    expect(currentSection(at(-3000, -2000, -100), 100)).toBe('h2');
  });

  it('is null without headings', () => {
    expect(currentSection([], 100)).toBeNull();
  });
});
