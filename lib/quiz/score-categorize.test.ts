import { describe, expect, it } from 'vitest';
import { makeCategorize } from './test-factories';
import { scoreCategorize } from './score-categorize';

const right = { 'big-team': 'micro', 'small-team': 'mega', latency: 'mega' };

describe('scoreCategorize', () => {
  it('gives full credit when every item is in its category', () => {
    expect(scoreCategorize(makeCategorize(), { placements: right })).toEqual({ type: 'graded', earned: 3, total: 3, feedback: [] });
  });

  it('gives a point per right item and the note of a misplaced one', () => {
    expect(scoreCategorize(makeCategorize(), { placements: { ...right, 'big-team': 'mega' } })).toEqual({
      type: 'graded',
      earned: 2,
      total: 3,
      feedback: ['Many teams need independent deploys.'],
    });
  });

  it('returns incomplete until every item is placed', () => {
    expect(scoreCategorize(makeCategorize(), { placements: { latency: 'mega' } })).toEqual({
      type: 'incomplete',
      message: 'Place every item first (1 of 3 placed).',
    });
    expect(scoreCategorize(makeCategorize(), null).type).toBe('incomplete');
  });

  it('returns incomplete for an unknown category or item', () => {
    expect(scoreCategorize(makeCategorize(), { placements: { ...right, latency: 'nano' } }).type).toBe('incomplete');
    expect(scoreCategorize(makeCategorize(), { placements: { ...right, ghost: 'mega' } }).type).toBe('incomplete');
  });
});
