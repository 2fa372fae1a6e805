import { describe, expect, it } from 'vitest';
import { diagramKey, renderId } from './cache-key';

describe('diagramKey', () => {
  it('is stable for the same source and version', () => {
    expect(diagramKey('flowchart LR\n A-->B', '12.3.0')).toBe(diagramKey('flowchart LR\n A-->B', '12.3.0'));
    expect(diagramKey('x', '1')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with the source or the Mermaid version, so stale drawings are never used', () => {
    const key = diagramKey('flowchart LR\n A-->B', '12.3.0');
    expect(diagramKey('flowchart LR\n A-->C', '12.3.0')).not.toBe(key);
    expect(diagramKey('flowchart LR\n A-->B', '12.4.0')).not.toBe(key);
  });

  it('names the render ids by key and theme', () => {
    expect(renderId('abc', 'dark')).toBe('mmd-abc-dark');
  });
});
