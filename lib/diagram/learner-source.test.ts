import { describe, expect, it } from 'vitest';
import { DRAW_LIMITS, checkDrawable, measureSource, withoutClickLines } from './learner-source';

const nodes = (n: number) => ['flowchart LR', ...Array.from({ length: n }, (_, i) => `  N${i}[Node ${i}]`)].join('\n');
const chain = (n: number) => ['flowchart LR', ...Array.from({ length: n }, (_, i) => `  N${i} --> N${i + 1}`)].join('\n');

describe('measureSource', () => {
  it('counts statements and links, skipping comments and blank lines', () => {
    const source = 'flowchart LR\n\n%% note\n  A --> B -.-> C\n  C ==> D\n  E --- F';
    expect(measureSource(source)).toEqual({ characters: source.length, statements: 4, links: 4 });
  });

  it('does not count a hyphen inside a word as a link', () => {
    expect(measureSource('flowchart LR\n  A[read-only store]').links).toBe(0);
  });

  it('stays fast on a long line', () => {
    const start = performance.now();
    measureSource('-'.repeat(200_000));
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('checkDrawable', () => {
  it('allows a diagram the size of a lesson’s', () => {
    expect(checkDrawable(chain(20))).toBeNull();
  });

  it('refuses 1,000 isolated nodes with a reason and the limit', () => {
    expect(checkDrawable(nodes(1_000))?.message).toMatch(/too large to draw here: it has 1,001 lines, and the editor draws up to 150/);
  });

  it('refuses too many links even on few lines', () => {
    const line = Array.from({ length: DRAW_LIMITS.links + 2 }, (_, i) => `N${i}`).join(' --> ');
    expect(checkDrawable(`flowchart LR\n${line}`)?.message).toMatch(/links/);
  });

  it('refuses a very long source', () => {
    expect(checkDrawable(`flowchart LR\nA[${'x'.repeat(DRAW_LIMITS.characters)}]`)?.message).toMatch(/characters/);
  });
});

describe('withoutClickLines', () => {
  it('turns click lines into comments, keeping the line count', () => {
    const source = 'flowchart LR\n  A --> B\n  click A href "https://example.com" _blank\n  CLICK B call go()';
    const out = withoutClickLines(source);
    expect(out.split('\n')).toHaveLength(4);
    expect(out).not.toMatch(/example\.com|call go/);
    expect(out).toContain('A --> B');
  });
});
