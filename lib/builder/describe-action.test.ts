import { describe, expect, it } from 'vitest';
import { actions, applyAction, designFromServices } from './design-actions';
import { describeAction } from './describe-action';
import { makeDesign, makeScenario } from './ui-test-factories';

const scenario = makeScenario();
const say = (design: ReturnType<typeof makeDesign>, action: ReturnType<typeof actions.reset>) =>
  describeAction(scenario, action, design, applyAction(design, action, scenario));

describe('describeAction', () => {
  const withShop = applyAction(makeDesign(), actions.createService('svc-1', 'Shop', { capabilities: ['pricing'] }), scenario);

  it('says where a capability went', () => {
    expect(say(withShop, actions.moveCapability('catalog', 'svc-1'))).toBe('Catalog moved to Shop.');
    expect(say(withShop, actions.moveCapability('pricing', null))).toBe('Pricing went back to the palette.');
  });

  it('lists what a deleted service gave back', () => {
    expect(say(withShop, actions.deleteService('svc-1'))).toBe('Deleted Shop. Pricing went back to the palette.');
  });

  it('describes a call switched to async', () => {
    expect(say(makeDesign(), actions.setMode('checkout-pricing', 'async'))).toBe('Checkout now calls Pricing asynchronously.');
  });

  it('describes a drag that changed the service', () => {
    expect(say(withShop, actions.commitMoves([{ id: 'pricing', position: { x: -999, y: -999 } }]))).toBe('Pricing went back to the palette.');
  });
});

describe('designFromServices', () => {
  it('builds a laid-out design and ignores unknown or repeated capabilities', () => {
    const d = designFromServices(scenario, [
      { name: 'Storefront', capabilities: ['catalog', 'pricing', 'ghost'] },
      { name: 'Orders', capabilities: ['pricing', 'checkout'] },
    ]);
    expect(d.services.map((s) => s.name)).toEqual(['Storefront', 'Orders']);
    expect(d.placement).toEqual({ catalog: 'svc-1', pricing: 'svc-1', checkout: 'svc-2' });
    expect(Object.keys(d.positions ?? {})).toHaveLength(5);
  });
});
