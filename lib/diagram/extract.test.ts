import { describe, expect, it } from 'vitest';
import { extractDiagrams } from './extract';

describe('extractDiagrams', () => {
  it('finds each mermaid fence with its source and file line', () => {
    const body = ['Intro text.', '', '```mermaid', 'flowchart LR', '  A-->B', '```', '', '```ts', 'const x = 1;', '```', '', '~~~mermaid', 'pie', '  "a": 1', '~~~', ''].join('\n');
    expect(extractDiagrams(body, 10)).toEqual([
      { line: 12, source: 'flowchart LR\n  A-->B' },
      { line: 21, source: 'pie\n  "a": 1' },
    ]);
  });

  it('finds a fence inside a course tag', () => {
    const body = '<Note>\n\n```mermaid\nflowchart TB\n  X-->Y\n```\n\n</Note>\n';
    expect(extractDiagrams(body).map((d) => d.source)).toEqual(['flowchart TB\n  X-->Y']);
  });
});
