import { describe, expect, it } from 'vitest';
import { diagramText } from './source-info';

describe('diagramText', () => {
  it('reads one-line accTitle and accDescr', () => {
    expect(diagramText('flowchart LR\n  accTitle: A retail monolith \n  accDescr: One app, one database.\n  A-->B')).toEqual({
      title: 'A retail monolith',
      description: 'One app, one database.',
    });
  });

  it('joins a block accDescr into one sentence', () => {
    expect(diagramText('flowchart LR\n  accDescr {\n    First line\n    second line.\n  }\n  A-->B').description).toBe('First line second line.');
  });

  it('returns nothing when the diagram has neither', () => {
    expect(diagramText('flowchart LR\n  A-->B')).toEqual({});
  });
});
