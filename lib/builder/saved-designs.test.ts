import { describe, expect, it } from 'vitest';
import { StoredRecord, memoryBackend } from '@/lib/storage/browser-store';
import { builderRecord, openSavedDesign, saveDesign } from './saved-designs';
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
});
