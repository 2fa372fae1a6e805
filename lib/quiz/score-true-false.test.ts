import { describe, expect, it } from 'vitest';
import { makeTrueFalse } from './test-factories';
import { scoreTrueFalse } from './score-true-false';

describe('scoreTrueFalse', () => {
  it('gives both points for the right verdict and reason', () => {
    expect(scoreTrueFalse(makeTrueFalse(), { verdict: false, reason: 'r1' })).toEqual({ type: 'graded', earned: 2, total: 2, feedback: [] });
  });

  it('gives one point for the right verdict with a wrong reason, naming the reason’s misconception', () => {
    expect(scoreTrueFalse(makeTrueFalse(), { verdict: false, reason: 'r2' })).toEqual({
      type: 'graded',
      earned: 1,
      total: 2,
      feedback: ['Reason two confuses X with Y.'],
    });
  });

  it('explains a wrong verdict', () => {
    expect(scoreTrueFalse(makeTrueFalse(), { verdict: true, reason: 'r2' })).toEqual({
      type: 'graded',
      earned: 0,
      total: 2,
      feedback: ['The statement is false.', 'Reason two confuses X with Y.'],
    });
  });

  it('returns incomplete without a verdict or without a reason', () => {
    expect(scoreTrueFalse(makeTrueFalse(), null)).toMatchObject({ type: 'incomplete', message: expect.stringMatching(/true or false/) });
    expect(scoreTrueFalse(makeTrueFalse(), { verdict: true, reason: null })).toMatchObject({ type: 'incomplete', message: expect.stringMatching(/reason/) });
  });

  it('returns incomplete for a reason that is not an option', () => {
    expect(scoreTrueFalse(makeTrueFalse(), { verdict: false, reason: 'nope' }).type).toBe('incomplete');
  });
});
