import { describe, expect, it } from 'vitest';
import { StoredRecord, memoryBackend } from '@/lib/storage/browser-store';
import { builderRecord, forgetKept, keepAside, keptDesign, openSavedDesign, saveDesign } from './saved-designs';
import { makeDesign, makeScenario } from './ui-test-factories';

const scenario = makeScenario();

describe('saved builder designs', () => {
  it('opens an empty design when nothing is saved', () => {
    expect(openSavedDesign(builderRecord.empty(), scenario)).toEqual({ design: makeDesign() });
  });

  it('reopens a saved design through storage', () => {
    const record = new StoredRecord(builderRecord, memoryBackend());
    const design = makeDesign({ services: [{ id: 'svc-1', name: 'Shop', color: 'teal' }], placement: { pricing: 'svc-1' } });
    record.update((d) => saveDesign(d, design, 70));
    const reread = new StoredRecord(builderRecord, { getItem: () => JSON.stringify({ v: 1, data: record.read().data }), setItem: () => {}, removeItem: () => {} });
    expect(openSavedDesign(reread.read().data, scenario).design).toEqual(design);
  });

  it('explains a saved design that no longer fits the scenario and opens an empty one', () => {
    const opened = openSavedDesign({ designs: { shop: { scenarioId: 'shop', services: 'oops' } }, best: {} }, scenario);
    expect(opened.design).toEqual(makeDesign());
    expect(opened.problem).toMatch(/could not be opened.*empty canvas/);
  });

  it('keeps the best score when a later design scores lower', () => {
    const first = saveDesign(builderRecord.empty(), makeDesign(), 80);
    expect(saveDesign(first, makeDesign(), 60).best).toEqual({ shop: 80 });
    expect(saveDesign(first, makeDesign(), 91).best).toEqual({ shop: 91 });
  });

  it('keeps a design aside beside the saved one, and saving does not drop it', () => {
    const own = makeDesign({ services: [{ id: 'svc-1', name: 'Mine', color: 'teal' }] });
    const withKept = keepAside(saveDesign(builderRecord.empty(), makeDesign(), 10), own, 'own');
    const later = saveDesign(withKept, makeDesign({ services: [{ id: 'svc-1', name: 'Shared', color: 'blue' }] }), 20);
    expect(keptDesign(later, scenario)).toEqual({ design: own, whose: 'own' });
    expect(keptDesign(forgetKept(later, 'shop'), scenario)).toBeNull();
  });

  it('ignores a kept design that no longer fits the scenario', () => {
    expect(keptDesign({ designs: {}, best: {}, kept: { shop: { design: { scenarioId: 'shop' }, whose: 'own' } } }, scenario)).toBeNull();
  });

  it('reads records written before designs could be kept aside', () => {
    const record = new StoredRecord(builderRecord, { getItem: () => '{"v":1,"data":{"designs":{},"best":{}}}', setItem: () => {}, removeItem: () => {} });
    expect(record.read().status).toBe('ok');
  });
});
