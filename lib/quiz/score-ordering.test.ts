import { describe, expect, it } from 'vitest';
import { makeOrdering } from './test-factories';
import { scoreOrdering } from './score-ordering';

describe('scoreOrdering', () => {
  it('gives full credit for the authored order', () => {
    expect(scoreOrdering(makeOrdering(), { order: ['one', 'two', 'three'] })).toEqual({ type: 'graded', earned: 3, total: 3, feedback: [] });
  });

  it('gives one point per item in its place and notes misplaced items', () => {
    expect(scoreOrdering(makeOrdering(), { order: ['one', 'three', 'two'] })).toEqual({
      type: 'graded',
      earned: 1,
      total: 3,
      feedback: ['Two comes after one.'],
    });
  });

  it('gives nothing for a fully wrong order', () => {
    expect(scoreOrdering(makeOrdering(), { order: ['three', 'one', 'two'] })).toMatchObject({ earned: 0, total: 3 });
  });

  it('returns incomplete while the learner has not moved anything', () => {
    expect(scoreOrdering(makeOrdering(), null).type).toBe('incomplete');
  });

  it('returns incomplete for an order with missing, extra or repeated items', () => {
    expect(scoreOrdering(makeOrdering(), { order: ['one', 'two'] }).type).toBe('incomplete');
    expect(scoreOrdering(makeOrdering(), { order: ['one', 'two', 'two'] }).type).toBe('incomplete');
    expect(scoreOrdering(makeOrdering(), { order: ['one', 'two', 'four'] }).type).toBe('incomplete');
  });
});
