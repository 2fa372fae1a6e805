import { describe, expect, it } from 'vitest';
import { makeMultiple } from './test-factories';
import { scoreMultiple } from './score-multiple';

describe('scoreMultiple', () => {
  it('gives full credit for exactly the right options', () => {
    expect(scoreMultiple(makeMultiple(), { selected: ['b', 'a'] })).toEqual({ type: 'graded', earned: 2, total: 2, feedback: [] });
  });

  it('gives partial credit for some right options and notes the one left out', () => {
    const score = scoreMultiple(makeMultiple(), { selected: ['a'] });
    expect(score).toEqual({ type: 'graded', earned: 1, total: 2, feedback: ['You left out “B”, which also applies.'] });
  });

  it('takes a point off for each wrong option and names its misconception', () => {
    const score = scoreMultiple(makeMultiple(), { selected: ['a', 'b', 'c'] });
    expect(score).toEqual({ type: 'graded', earned: 1, total: 2, feedback: ['C does not apply.'] });
  });

  it('never goes below zero, so selecting everything earns nothing extra', () => {
    expect(scoreMultiple(makeMultiple(), { selected: ['a', 'c', 'd'] })).toMatchObject({ earned: 0, total: 2 });
    expect(scoreMultiple(makeMultiple(), { selected: ['a', 'b', 'c', 'd'] })).toMatchObject({ earned: 0 });
  });

  it('returns incomplete when nothing is selected', () => {
    expect(scoreMultiple(makeMultiple(), { selected: [] }).type).toBe('incomplete');
    expect(scoreMultiple(makeMultiple(), null).type).toBe('incomplete');
  });

  it('returns incomplete for unknown or repeated options', () => {
    expect(scoreMultiple(makeMultiple(), { selected: ['a', 'x'] }).type).toBe('incomplete');
    expect(scoreMultiple(makeMultiple(), { selected: ['a', 'a'] }).type).toBe('incomplete');
  });
});
