import { describe, expect, it } from 'vitest';
import { makeNumeric } from './test-factories';
import { scoreNumeric } from './score-numeric';
import { parseNumber } from './validate-numeric';

describe('parseNumber', () => {
  it.each([
    ['100', 100],
    [' 1,500 ', 1500],
    ['1 500 000', 1500000],
    ['$12,000', 12000],
    ['100 min', 100],
    ['2.5 hours', 2.5],
    ['−3', -3],
    ['.5', 0.5],
    ['30%', 30],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it.each(['', 'abc', '1.2.3', '1,5', '12abc34', 'Infinity'])('refuses %j', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });
});

describe('scoreNumeric', () => {
  it('gives the point for the exact value', () => {
    expect(scoreNumeric(makeNumeric(), { value: '100' })).toEqual({ type: 'graded', earned: 1, total: 1, feedback: [] });
  });

  it('accepts a value within the tolerance and refuses one outside it', () => {
    const question = makeNumeric({ answer: { value: 1.5, tolerance: 0.1, unit: 'M$' } });
    expect(scoreNumeric(question, { value: '1.58' })).toMatchObject({ earned: 1 });
    expect(scoreNumeric(question, { value: '1.7' })).toMatchObject({ earned: 0 });
  });

  it('names the misconception behind a known wrong value', () => {
    expect(scoreNumeric(makeNumeric(), { value: '2' })).toEqual({ type: 'graded', earned: 0, total: 1, feedback: ['That is hours, not minutes.'] });
  });

  it('grades an unexpected wrong value without a note', () => {
    expect(scoreNumeric(makeNumeric(), { value: '55' })).toEqual({ type: 'graded', earned: 0, total: 1, feedback: [] });
  });

  it('returns incomplete for empty or non-numeric input', () => {
    expect(scoreNumeric(makeNumeric(), { value: '  ' })).toEqual({ type: 'incomplete', message: 'Enter a number first.' });
    expect(scoreNumeric(makeNumeric(), null).type).toBe('incomplete');
    expect(scoreNumeric(makeNumeric(), { value: 'lots' })).toMatchObject({ type: 'incomplete', message: expect.stringMatching(/not a number/) });
  });
});
