import { describe, expect, it } from 'vitest';
import { makeScenario } from './test-factories';
import { scoreScenario } from './score-scenario';

describe('scoreScenario', () => {
  it('gives both points for the recommended architecture and the right reason', () => {
    expect(scoreScenario(makeScenario(), { choice: 'monolith', reason: 'team' })).toEqual({ type: 'graded', earned: 2, total: 2, feedback: [] });
  });

  it('gives one point for the right architecture for the wrong reason', () => {
    expect(scoreScenario(makeScenario(), { choice: 'monolith', reason: 'users' })).toEqual({
      type: 'graded',
      earned: 1,
      total: 2,
      feedback: ['User count is not the trigger; team size is.'],
    });
  });

  it('names the misconception behind the wrong architecture', () => {
    expect(scoreScenario(makeScenario(), { choice: 'micro', reason: 'team' })).toMatchObject({
      earned: 1,
      feedback: ['Five people cannot run many services.'],
    });
  });

  it('returns incomplete without an architecture or a reason', () => {
    expect(scoreScenario(makeScenario(), null)).toMatchObject({ type: 'incomplete', message: expect.stringMatching(/architecture/) });
    expect(scoreScenario(makeScenario(), { choice: 'micro', reason: null })).toMatchObject({ type: 'incomplete', message: expect.stringMatching(/reason/) });
  });

  it('returns incomplete for options that do not exist', () => {
    expect(scoreScenario(makeScenario(), { choice: 'serverless', reason: 'team' }).type).toBe('incomplete');
  });
});
