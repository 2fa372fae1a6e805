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

  it('names the field and the type it expected', () => {
    expect(message({ ...designOf({ All: ['a'] }), services: 'lots' })).toBe('The design is not in the expected format at services: expected array.');
  });

  it('names the allowed values of a closed list', () => {
    const design = designOf({ All: ['a'] });
    design.services[0]!.color = 'plaid' as never;
    expect(message(design)).toMatch(/^The design is not in the expected format at services\.0\.color: must be one of blue, teal, .+\.$/);
  });

  it('says what the limit is when a list is too long', () => {
    const design = designOf(Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`S${i}`, []])));
    expect(message(design)).toBe('The design is not in the expected format at services: more than 60 is not allowed.');
  });

  it("keeps the schema's own wording where it has one", () => {
    const design = designOf({ All: ['a'] });
    design.services[0]!.name = '   ';
    expect(message(design)).toBe('The design is not in the expected format at services.0.name: a service needs a name.');
  });
});
