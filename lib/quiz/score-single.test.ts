import { describe, expect, it } from 'vitest';
import { makeSingle } from './test-factories';
import { scoreSingle } from './score-single';
import type { SingleResponse } from './responses';

describe('scoreSingle', () => {
  it('gives the point for the right choice', () => {
    expect(scoreSingle(makeSingle(), { selected: 'a' })).toEqual({ type: 'graded', earned: 1, total: 1, feedback: [] });
  });

  it('returns the misconception of the wrong choice', () => {
    expect(scoreSingle(makeSingle(), { selected: 'b' })).toEqual({ type: 'graded', earned: 0, total: 1, feedback: ['B is the misconception.'] });
  });

  it('returns incomplete when nothing is selected', () => {
    expect(scoreSingle(makeSingle(), null).type).toBe('incomplete');
    expect(scoreSingle(makeSingle(), { selected: null }).type).toBe('incomplete');
  });

  it('returns incomplete for a choice that is not an option', () => {
    const score = scoreSingle(makeSingle(), { selected: 'zzz' });
    expect(score).toMatchObject({ type: 'incomplete', message: expect.stringMatching(/not one of the options/) });
  });

  it('returns incomplete for a malformed response shape', () => {
    expect(scoreSingle(makeSingle(), { selected: 7 } as unknown as SingleResponse).type).toBe('incomplete');
  });
});
