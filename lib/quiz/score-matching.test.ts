import { describe, expect, it } from 'vitest';
import { makeMatching } from './test-factories';
import { scoreMatching } from './score-matching';

describe('scoreMatching', () => {
  it('gives full credit when every pair is right', () => {
    expect(scoreMatching(makeMatching(), { matches: { jaeger: 'tracing', kafka: 'queue' } })).toEqual({
      type: 'graded',
      earned: 2,
      total: 2,
      feedback: [],
    });
  });

  it('gives partial credit and the note of the wrong pair', () => {
    expect(scoreMatching(makeMatching(), { matches: { jaeger: 'gateway', kafka: 'queue' } })).toEqual({
      type: 'graded',
      earned: 1,
      total: 2,
      feedback: ['Jaeger follows requests across services.'],
    });
  });

  it('returns incomplete until every item is matched, saying how many are done', () => {
    expect(scoreMatching(makeMatching(), { matches: { kafka: 'queue' } })).toEqual({ type: 'incomplete', message: 'Match every item first (1 of 2 matched).' });
    expect(scoreMatching(makeMatching(), null).type).toBe('incomplete');
  });

  it('returns incomplete for unknown items or targets', () => {
    expect(scoreMatching(makeMatching(), { matches: { jaeger: 'tracing', kafka: 'nope' } }).type).toBe('incomplete');
    expect(scoreMatching(makeMatching(), { matches: { jaeger: 'tracing', kafka: 'queue', ghost: 'queue' } }).type).toBe('incomplete');
  });
});
