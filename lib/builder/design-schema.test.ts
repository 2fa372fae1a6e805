import { describe, expect, it } from 'vitest';
import { checkDesign } from './design-schema';
import { designOf, makeScenario } from './test-factories';

const scenario = makeScenario();
const message = (value: unknown) => {
  const result = checkDesign(scenario, value);
  return result.success ? null : result.error;
};

describe('checkDesign messages', () => {
  it('accepts a well-formed design of the scenario', () => {
    expect(checkDesign(scenario, designOf({ All: ['a', 'b', 'c'] })).success).toBe(true);
  });

  it('names the field and the type it expected in plain words', () => {
    expect(message({ ...designOf({ All: ['a'] }), services: 'lots' })).toBe('Its list of services should be a list.');
  });

  it('says a missing field is missing, not schema jargon', () => {
    const rest: Partial<ReturnType<typeof designOf>> = designOf({ All: ['a'] });
    delete rest.scenarioId;
    expect(message(rest)).toBe('The scenario it belongs to is missing.');
  });

  it('refuses a name of only invisible characters and cleans control characters out of names', () => {
    const invisible = designOf({ All: ['a'] });
    invisible.services[0]!.name = '\u200b\u200d';
    expect(message(invisible)).toBe('The name of service 1 needs at least one visible character.');
    const odd = designOf({ All: ['a'] });
    odd.services[0]!.name = 'Or\u0000ders\nteam';
    const checked = checkDesign(scenario, odd);
    expect(checked.success && checked.data.services[0]!.name).toBe('Orders team');
  });

  it('names the allowed values of a closed list', () => {
    const design = designOf({ All: ['a'] });
    design.services[0]!.color = 'plaid' as never;
    expect(message(design)).toMatch(/^The colour of service 1 must be one of blue, teal, .+\.$/);
  });

  it('says what the limit is when a list is too long', () => {
    const design = designOf(Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`S${i}`, []])));
    expect(message(design)).toBe('Its list of services is over the limit of 60.');
  });

  it("keeps the schema's own wording where it has one", () => {
    const design = designOf({ All: ['a'] });
    design.services[0]!.name = '   ';
    expect(message(design)).toBe('The name of service 1 needs at least one visible character.');
  });
});
