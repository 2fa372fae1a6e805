import { describe, expect, it } from 'vitest';
import { actions, applyAction, nextServiceId, nextServiceName } from './design-actions';
import { absolutePosition, CAPABILITY_SIZE, serviceRect } from './layout';
import type { Design } from './model';
import { makeDesign, makeScenario } from './ui-test-factories';

const scenario = makeScenario();
const run = (design: Design, ...list: ReturnType<(typeof actions)[keyof typeof actions]>[]) =>
  list.reduce((d, a) => applyAction(d, a, scenario), design);

describe('services', () => {
  it('creates a service with the next free id, a default name and an unused colour', () => {
    const d = run(makeDesign(), actions.createService('svc-1'), actions.createService(nextServiceId(run(makeDesign(), actions.createService('svc-1')))));
    expect(d.services).toEqual([
      { id: 'svc-1', name: 'Service 1', color: 'blue' },
      { id: 'svc-2', name: 'Service 2', color: 'teal' },
    ]);
    expect(d.positions?.['svc-2']?.x).toBeGreaterThan(d.positions!['svc-1']!.x);
  });

  it('creates a service holding capabilities in one step', () => {
    const d = run(makeDesign(), actions.createService('svc-1', 'Checkout', { capabilities: ['checkout', 'payments'] }));
    expect(d.placement).toEqual({ checkout: 'svc-1', payments: 'svc-1' });
    expect(d.positions?.checkout).not.toEqual(d.positions?.payments);
  });

  it('renames and recolours, ignoring blank names and unknown colours', () => {
    const base = run(makeDesign(), actions.createService('svc-1', 'A'));
    expect(run(base, actions.renameService('svc-1', '  Orders  ')).services[0]!.name).toBe('Orders');
    expect(run(base, actions.renameService('svc-1', '   '))).toBe(base);
    expect(run(base, actions.recolourService('svc-1', 'rose')).services[0]!.color).toBe('rose');
    expect(run(base, actions.recolourService('svc-1', 'chartreuse'))).toBe(base);
  });

  it('returns a deleted service’s capabilities to the palette', () => {
    const d = run(makeDesign(), actions.createService('svc-1', 'A', { capabilities: ['pricing'] }), actions.deleteService('svc-1'));
    expect(d.services).toEqual([]);
    expect(d.placement).toEqual({});
    expect(d.positions).toEqual({});
  });

  it('names new services without repeating an existing name', () => {
    expect(nextServiceName(makeDesign({ services: [{ id: 'svc-1', name: 'Service 2', color: 'blue' }] }))).toBe('Service 3');
  });
});

describe('moving capabilities', () => {
  const two = run(makeDesign(), actions.createService('svc-1', 'A'), actions.createService('svc-2', 'B'));

  it('moves a capability into a service, between services, and back to the palette', () => {
    const inA = run(two, actions.moveCapability('pricing', 'svc-1'));
    expect(inA.placement.pricing).toBe('svc-1');
    const inB = run(inA, actions.moveCapability('pricing', 'svc-2'));
    expect(inB.placement.pricing).toBe('svc-2');
    const out = run(inB, actions.moveCapability('pricing', null));
    expect(out.placement.pricing).toBeUndefined();
    expect(out.positions?.pricing).toBeUndefined();
  });

  it('refuses to move into a service that does not exist', () => {
    expect(run(two, actions.moveCapability('pricing', 'svc-9'))).toBe(two);
  });

  it('puts a capability dropped on another service there, keeping where it was dropped', () => {
    const d = run(two, actions.moveCapability('pricing', 'svc-1'));
    const target = serviceRect(d, 'svc-2');
    const from = d.positions!['svc-1']!;
    // React Flow reports the position relative to the current parent (svc-1).
    const dropped = { x: target.x + 20 - from.x, y: target.y + 60 - from.y };
    const after = run(d, actions.commitMoves([{ id: 'pricing', position: dropped }]));
    expect(after.placement.pricing).toBe('svc-2');
    expect(absolutePosition(after, 'pricing')).toEqual({ x: target.x + 20, y: target.y + 60 });
  });

  it('drops a palette capability into the service under the pointer, or a new service on empty canvas', () => {
    const r = serviceRect(two, 'svc-2');
    const inB = run(two, actions.dropCapability('pricing', { x: r.x + 100, y: r.y + 70 }));
    expect(inB.placement.pricing).toBe('svc-2');
    const fresh = run(two, actions.dropCapability('catalog', { x: 3000, y: 3000 }));
    expect(fresh.services.at(-1)).toMatchObject({ id: 'svc-3', name: 'Service 3' });
    expect(fresh.placement.catalog).toBe('svc-3');
    expect(serviceRect(fresh, 'svc-3').x).toBeLessThan(3000);
  });

  it('never drops a palette capability on top of one already in the service', () => {
    const d = run(two, actions.moveCapability('pricing', 'svc-2'));
    const on = absolutePosition(d, 'pricing')!;
    const after = run(d, actions.dropCapability('catalog', { x: on.x + CAPABILITY_SIZE.width / 2, y: on.y + CAPABILITY_SIZE.height / 2 }));
    expect(after.placement.catalog).toBe('svc-2');
    const a = after.positions!.pricing!;
    const b = after.positions!.catalog!;
    const apart = Math.abs(a.x - b.x) >= CAPABILITY_SIZE.width || Math.abs(a.y - b.y) >= CAPABILITY_SIZE.height;
    expect(apart).toBe(true);
  });

  it('returns a capability moved outside every service to the palette', () => {
    const d = run(two, actions.moveCapability('pricing', 'svc-1'));
    const after = run(d, actions.commitMoves([{ id: 'pricing', position: { x: -900, y: 900 } }]));
    expect(after.placement.pricing).toBeUndefined();
  });

  it('keeps a capability nudged inside its own service there', () => {
    const d = run(two, actions.moveCapability('pricing', 'svc-1'));
    const p = d.positions!.pricing!;
    const after = run(d, actions.commitMoves([{ id: 'pricing', position: { x: p.x + 5, y: p.y } }]));
    expect(after.placement.pricing).toBe('svc-1');
    expect(after.positions!.pricing).toEqual({ x: p.x + 5, y: p.y });
  });

  it('moves a service without touching its members’ relative positions', () => {
    const d = run(two, actions.moveCapability('pricing', 'svc-1'));
    const after = run(d, actions.commitMoves([{ id: 'svc-1', position: { x: 400.4, y: 300 } }]));
    expect(after.positions!['svc-1']).toEqual({ x: 400, y: 300 });
    expect(after.positions!.pricing).toEqual(d.positions!.pricing);
  });
});

describe('call modes, reset and tidy', () => {
  it('switches a switchable call and forgets the choice when it returns to the default', () => {
    const async = run(makeDesign(), actions.setMode('checkout-pricing', 'async'));
    expect(async.modes).toEqual({ 'checkout-pricing': 'async' });
    expect(run(async, actions.setMode('checkout-pricing', 'sync')).modes).toEqual({});
  });

  it('refuses to switch a call the scenario fixes', () => {
    const d = makeDesign();
    expect(run(d, actions.setMode('checkout-payments', 'async'))).toBe(d);
  });

  it('resets to an empty design, and does nothing when already empty', () => {
    const d = run(makeDesign(), actions.createService('svc-1', 'A', { capabilities: ['pricing'] }), actions.reset());
    expect(d).toEqual(makeDesign());
    expect(run(d, actions.reset())).toBe(d);
  });

  it('tidies services into non-overlapping boxes', () => {
    const d = run(
      makeDesign(),
      actions.createService('svc-1', 'A', { capabilities: ['pricing', 'catalog', 'checkout'] }),
      actions.createService('svc-2', 'B', { capabilities: ['payments'] }),
      actions.commitMoves([{ id: 'svc-2', position: { x: 10, y: 10 } }]),
      actions.tidy(),
    );
    const [a, b] = [serviceRect(d, 'svc-1'), serviceRect(d, 'svc-2')];
    expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
  });
});
