import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('readingMinutes', () => {
  it('returns at least one minute for a short body', () => {
    expect(readingMinutes('A short lesson.')).toBe(1);
  });

  it('counts 200 words of prose as one minute and 1,000 as five', () => {
    expect(readingMinutes('word '.repeat(200))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });

  it('adds time for diagrams and ignores their source words', () => {
    const diagram = '```mermaid\nflowchart LR\n' + 'A --> B\n'.repeat(300) + '```\n';
    expect(readingMinutes('word '.repeat(400) + diagram.repeat(6))).toBe(4);
  });

  it('does not count MDX tags as words', () => {
    expect(countWords('<Note title="x">hello world</Note>'.replace(/<\/?[A-Za-z][^>]*>/g, ' '))).toBe(2);
  });
});
