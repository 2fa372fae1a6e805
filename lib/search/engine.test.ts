import { describe, expect, it } from 'vitest';
import { createIndex, highlight, searchGroups, searchIndex, type SearchDoc } from './engine';
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

describe('ranking and grouping', () => {
  // The shape of the real course: one lesson on sagas, and many glossary terms and quiz
  // questions that mention sagas in passing.
  const busy = createIndex([
    ...Array.from({ length: 8 }, (_, i) => doc(`q${i}`, `Which step of the saga undoes order ${i}?`, 'A saga compensates each local step.', 'quiz')),
    ...Array.from({ length: 4 }, (_, i) => doc(`t${i}`, `Compensation ${i}`, 'The saga step that undoes another.', 'term')),
    doc('lesson', 'Data ownership and sagas', 'Who owns which data, and how a saga keeps services consistent.', 'lesson'),
    doc('s-sagas', 'Sagas in practice', 'Orchestration or choreography for a saga.'),
    { ...doc('hpa-term', 'Horizontal Pod Autoscaler', 'Adds replicas when a metric passes its target.', 'term'), keywords: 'HPA, HorizontalPodAutoscaler' },
    ...Array.from({ length: 6 }, (_, i) => doc(`hpa${i}`, `Scaling step ${i}`, 'The HPA reads CPU; the HPA then adds pods.', i % 2 ? 'quiz' : 'section')),
  ]);

  it('ranks the lesson whose title matches before sections, terms and quiz questions', () => {
    const hits = searchIndex(busy, 'saga');
    expect(hits[0]?.id).toBe('lesson');
    expect(hits[1]?.id).toBe('s-sagas');
    expect(hits.findIndex((h) => h.kind === 'quiz')).toBeGreaterThan(hits.findIndex((h) => h.kind === 'term'));
  });

  it('keeps a lesson named for the query first even when a term is exactly the query', () => {
    const withTerm = createIndex([
      doc('lesson', 'Data ownership and sagas', 'How a saga keeps services consistent.', 'lesson'),
      doc('term', 'Saga', 'A sequence of local transactions.', 'term'),
    ]);
    expect(searchIndex(withTerm, 'saga')[0]?.id).toBe('lesson');
  });

  it('puts the term whose alias is the query first', () => {
    expect(searchIndex(busy, 'HPA')[0]?.id).toBe('hpa-term');
  });

  it('groups hits by kind, best group first, with totals so the rest can be asked for', () => {
    const groups = searchGroups(busy, 'saga', 3);
    expect(groups.map((g) => g.kind)).toEqual(['lesson', 'section', 'term', 'quiz']);
    const quiz = groups.find((g) => g.kind === 'quiz')!;
    expect(quiz).toMatchObject({ label: 'Quiz questions', total: 8 });
    expect(quiz.hits).toHaveLength(3);
    expect(searchGroups(busy, 'saga', 3, ['quiz']).find((g) => g.kind === 'quiz')!.hits).toHaveLength(8);
  });

  it('is no longer capped at twelve results', () => {
    expect(searchGroups(busy, 'saga', 100).reduce((n, g) => n + g.total, 0)).toBe(14);
  });
});

describe('highlight', () => {
  it('marks the matched words, whole words only, any case', () => {
    expect(highlight('Sagas and a saga; rapid API', ['saga', 'api'])).toEqual([
      { text: 'Sagas and a ', match: false },
      { text: 'saga', match: true },
      { text: '; rapid ', match: false },
      { text: 'API', match: true },
    ]);
  });

  it('leaves text without terms whole', () => {
    expect(highlight('Nothing here', [])).toEqual([{ text: 'Nothing here', match: false }]);
  });
});
