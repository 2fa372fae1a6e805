import { describe, expect, it } from 'vitest';
import { markItems, markLabel } from './marks';
import { scoreQuestion } from './registry';
import { makeCategorize, makeMatching, makeMultiple, makeNumeric, makeOrdering, makeSingle } from './test-factories';

/** The marks agree with the scorer: as many right marks as points earned. */
const rightCount = (marks: ReturnType<typeof markItems>) => Object.values(marks ?? {}).filter((m) => m.verdict === 'right').length;

describe('markItems', () => {
  it('marks each categorize card, naming the category a misplaced one belongs in, with its note', () => {
    const q = makeCategorize();
    const response = { placements: { 'big-team': 'mega', 'small-team': 'mega', latency: 'mega' } };
    const marks = markItems(q, response)!;
    expect(marks['big-team']).toEqual({ verdict: 'wrong', belongs: 'Belongs in: Favours microservices', note: 'Many teams need independent deploys.' });
    expect(marks['small-team']).toEqual({ verdict: 'right', belongs: null, note: null });
    const score = scoreQuestion(q, response);
    expect(score.type === 'graded' && score.earned).toBe(rightCount(marks));
  });

  it('marks each matching row and gives the right match of a wrong one', () => {
    const q = makeMatching();
    const response = { matches: { jaeger: 'gateway', kafka: 'queue' } };
    const marks = markItems(q, response)!;
    expect(marks.jaeger).toEqual({ verdict: 'wrong', belongs: 'Right match: Distributed tracing', note: 'Jaeger follows requests across services.' });
    expect(marks.kafka!.verdict).toBe('right');
    const score = scoreQuestion(q, response);
    expect(score.type === 'graded' && score.earned).toBe(rightCount(marks));
  });

  it('marks each ordering item against the authored order and says where a misplaced one goes', () => {
    const q = makeOrdering();
    const response = { order: ['two', 'one', 'three'] };
    const marks = markItems(q, response)!;
    expect(marks.two).toEqual({ verdict: 'wrong', belongs: 'Belongs at position 2', note: 'Two comes after one.' });
    expect(marks.one).toMatchObject({ verdict: 'wrong', belongs: 'Belongs at position 1' });
    expect(marks.three!.verdict).toBe('right');
  });

  it('marks chosen options right or wrong and right options left out as missed; unchosen wrong ones get no mark', () => {
    const marks = markItems(makeMultiple(), { selected: ['a', 'c'] })!;
    expect(marks.a!.verdict).toBe('right');
    expect(marks.c).toEqual({ verdict: 'wrong', belongs: 'Does not apply', note: 'C does not apply.' });
    expect(marks.b).toMatchObject({ verdict: 'missed', belongs: 'Also applies' });
    expect(marks.d).toBeUndefined();
  });

  it('gives no marks to one-verdict types or to an empty response', () => {
    expect(markItems(makeSingle(), { selected: 'a' })).toBeNull();
    expect(markItems(makeNumeric(), { value: '3' })).toBeNull();
    expect(markItems(makeCategorize(), null)).toBeNull();
  });
});

describe('markLabel', () => {
  it('reads a mark as a sentence', () => {
    expect(markLabel({ verdict: 'wrong', belongs: 'Belongs at position 2', note: null })).toBe('Wrong. Belongs at position 2.');
    expect(markLabel({ verdict: 'right', belongs: null, note: null })).toBe('Right.');
  });
});
