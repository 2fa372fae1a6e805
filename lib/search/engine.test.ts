import { describe, expect, it } from 'vitest';
import { createIndex, searchIndex, type SearchDoc } from './engine';
import { mdxToPlainText, splitSections } from './plain-text';

const doc = (id: string, title: string, text: string, kind: SearchDoc['kind'] = 'section'): SearchDoc => ({
  id,
  kind,
  title,
  context: 'A lesson',
  href: `/lessons/x#${id}`,
  text,
});

const index = createIndex([
  doc('sagas', 'Sagas', 'A saga is a sequence of local transactions with compensating steps.'),
  doc('strangler', 'The strangler fig pattern', 'Route traffic away from the monolith piece by piece.'),
  doc('hpa', 'Autoscaling with the HPA', 'The Horizontal Pod Autoscaler adds replicas when CPU passes its target.'),
  doc('conway', "Conway's law", 'Systems mirror the communication structure of the organisations that build them.', 'term'),
  doc('micro', 'Microservices', 'Small services that deploy on their own.'),
]);

describe('searchIndex', () => {
  it.each([
    ['saga', 'sagas'],
    ['strangler', 'strangler'],
    ['HPA', 'hpa'],
    ['Conway', 'conway'],
  ])('finds "%s"', (query, id) => {
    expect(searchIndex(index, query)[0]?.id).toBe(id);
  });

  it('tolerates a misspelling', () => {
    expect(searchIndex(index, 'microservise')[0]?.id).toBe('micro');
  });

  it('matches prefixes while typing', () => {
    expect(searchIndex(index, 'autosc')[0]?.id).toBe('hpa');
  });

  it('returns nothing for a one-letter query', () => {
    expect(searchIndex(index, 's')).toEqual([]);
  });

  it('gives a snippet around the match', () => {
    expect(searchIndex(index, 'compensating')[0]?.snippet).toContain('compensating');
  });
});

describe('mdxToPlainText', () => {
  it('drops code and tags, keeps link text and diagram titles', () => {
    const text = mdxToPlainText('<Note title="Careful">\n**Bold** [link](/x)\n</Note>\n```ts\nconst a = 1;\n```\n```mermaid\nflowchart LR\naccTitle: Flow\naccDescr: A to B.\n```');
    expect(text).toBe('Careful. Bold link Flow. A to B.');
  });
});

describe('splitSections', () => {
  it('splits at h2 and h3 outside code fences', () => {
    const parts = splitSections('Intro\n## One\nA\n```\n## not a heading\n```\n### Two\nB');
    expect(parts.map((p) => p.heading)).toEqual(['', 'One', 'Two']);
  });
});
