import { describe, expect, it } from 'vitest';
import { makeBenchDesign, makeBenchScenario } from './bench-scenario';
import { checkDesign } from './design-schema';

describe('benchmark scenario', () => {
  it('puts 150 nodes on the canvas by default, in a design the builder accepts', () => {
    const scenario = makeBenchScenario();
    const design = makeBenchDesign(scenario);
    expect(design.services.length + Object.keys(design.placement).length).toBe(150);
    expect(checkDesign(scenario, design).success).toBe(true);
  });
});
