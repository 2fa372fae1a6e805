import { describe, expect, it } from 'vitest';
import { quizProgressSpec, recordAttempt } from './progress';
import { restoredEntries } from './restore';
import { makeOrdering, makeSingle } from './test-factories';

const items = [
  { key: 'quiz/single', quizId: 'quiz', question: makeSingle() },
  { key: 'quiz/ordering', quizId: 'quiz', question: makeOrdering() },
];
const saved = (questionId: string, response: unknown) =>
  recordAttempt(quizProgressSpec.empty(), 'quiz', questionId, { earned: 1, total: 1, certainty: 'medium', at: 't', response });

describe('restoredEntries', () => {
  it('regrades a saved answer with the current question', () => {
    expect(restoredEntries(items, saved('single', { selected: 'b' }))).toEqual({
      'quiz/single': { response: { selected: 'b' }, certainty: 'medium', score: { type: 'graded', earned: 0, total: 1, feedback: ['B is the misconception.'] } },
    });
  });

  it('skips a saved response of the wrong shape or one that no longer fits the question', () => {
    expect(restoredEntries(items, saved('single', { picked: 'a' }))).toEqual({});
    expect(restoredEntries(items, saved('ordering', { order: ['one', 'two'] }))).toEqual({});
  });

  it('returns nothing when nothing is saved', () => {
    expect(restoredEntries(items, quizProgressSpec.empty())).toEqual({});
  });
});
