import { describe, expect, it } from 'vitest';
import { actions } from './design-actions';
import type { Design } from './model';
import { BuilderStore, type Change } from './store';
import { makeDesign, makeScenario } from './ui-test-factories';

describe('BuilderStore', () => {
  it('undoes a keyboard move like any other action (select, move, assert, undo, assert)', () => {
    const store = new BuilderStore(makeScenario(), makeDesign());
    store.dispatch(actions.createService('svc-1', 'Checkout', { capabilities: ['pricing'] }));
    const before = store.getState().present.positions!.pricing!;
    // An arrow-key nudge arrives as a committed move, just like the end of a mouse drag.
    store.dispatch(actions.commitMoves([{ id: 'pricing', position: { x: before.x + 5, y: before.y } }]));
    expect(store.getState().present.positions!.pricing!.x).toBe(before.x + 5);
    store.undo();
    expect(store.getState().present.positions!.pricing).toEqual(before);
    store.redo();
    expect(store.getState().present.positions!.pricing!.x).toBe(before.x + 5);
  });

  it('tells the page about every change and notifies subscribers', () => {
    const seen: [Design, Change][] = [];
    const store = new BuilderStore(makeScenario(), makeDesign(), (d, c) => seen.push([d, c]));
    let notified = 0;
    store.subscribe(() => notified++);
    store.dispatch(actions.createService('svc-1'));
    store.undo();
    expect(seen.map(([, c]) => c.kind)).toEqual(['action', 'undo']);
    expect(notified).toBe(2);
  });

  it('reports an action that changes nothing and records no step', () => {
    const store = new BuilderStore(makeScenario(), makeDesign());
    expect(store.dispatch(actions.deleteService('svc-404'))).toBe(false);
    expect(store.getState().canUndo).toBe(false);
  });
});
