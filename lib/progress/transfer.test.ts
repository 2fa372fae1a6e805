import { describe, expect, it } from 'vitest';
import { StoredRecord, memoryBackend, type KeyValue } from '@/lib/storage/browser-store';
import type { RecordSpec } from '@/lib/storage/versioned';
import { parseBundle } from './bundle';
import { markRead } from './record';
import { KNOWN_RECORDS } from './records';
import { T0, answer, emptyQuiz, finishQuiz, makeReading } from './test-factories';
import { applyImport, exportRecords, isEmpty, resetAll, type GetRecord } from './transfer';

/** One browser: a backend and the one StoredRecord per key a page would hold. */
function browser(backend: KeyValue = memoryBackend()) {
  const records = new Map<string, StoredRecord<unknown>>();
  const get: GetRecord = (spec: RecordSpec<unknown>) => {
    if (!records.has(spec.key)) records.set(spec.key, new StoredRecord(spec, backend));
    return records.get(spec.key)!;
  };
  return { backend, get };
}

const [readingRecord, quizRecord] = KNOWN_RECORDS.map((r) => r.spec) as [RecordSpec<unknown>, RecordSpec<unknown>];

function withProgress() {
  const b = browser();
  b.get(readingRecord).update(() => markRead(makeReading(), 'one', 'marked', T0));
  b.get(quizRecord).update(() => finishQuiz(answer(emptyQuiz(), 'one', 'q1'), 'one'));
  return b;
}

describe('moving progress between browsers', () => {
  it('exports, resets and imports back to the same data', () => {
    const laptop = withProgress();
    const before = KNOWN_RECORDS.map(({ spec }) => laptop.get(spec).read().data);
    const { text, left } = exportRecords(KNOWN_RECORDS, laptop.get, new Date(T0));
    expect(left).toEqual([]);

    resetAll(KNOWN_RECORDS, laptop.get);
    expect(isEmpty(KNOWN_RECORDS, laptop.get)).toBe(true);
    expect(laptop.backend.getItem('sb:progress')).toBeNull();

    const plan = parseBundle(text, KNOWN_RECORDS);
    if (!plan.success) throw new Error(plan.error);
    expect(applyImport(plan.data, laptop.get)).toEqual([]);
    expect(KNOWN_RECORDS.map(({ spec }) => laptop.get(spec).read().data)).toEqual(before);

    // A fresh page on another device reads what the import wrote.
    const phone = browser(laptop.backend);
    expect(phone.get(readingRecord).read()).toMatchObject({ status: 'ok', data: { lessons: { one: { via: 'marked' } } } });
  });

  it('says which stored record it had to leave out of an export', () => {
    const b = browser(withProgress().backend);
    b.backend.setItem('sb:builder', '{broken');
    b.backend.setItem('sb:quiz', JSON.stringify({ v: 99, data: {} }));
    const { text, left } = exportRecords(KNOWN_RECORDS, b.get, new Date(T0));
    expect(left).toEqual([
      'Your quiz answers and scores were saved by a newer version of the site, so they are not in this file.',
      'Your builder designs and best scores could not be read in this browser, so they are not in this file.',
    ]);
    expect(Object.keys(JSON.parse(text).records)).toEqual(['sb:progress']);
  });

  it('reports a record the browser refuses to store, and still writes the others', () => {
    const b = withProgress();
    const { text } = exportRecords(KNOWN_RECORDS, b.get, new Date(T0));
    const plan = parseBundle(text, KNOWN_RECORDS);
    if (!plan.success) throw new Error(plan.error);
    const full = browser({
      getItem: () => null,
      removeItem: () => {},
      setItem: (key) => {
        if (key === 'sb:quiz') throw new Error('QuotaExceededError');
      },
    });
    expect(applyImport(plan.data, full.get)).toEqual([expect.stringMatching(/^Your quiz answers and scores could not be restored: .*storage is full/)]);
  });

  it('reset keeps the copy set aside from damaged data', () => {
    const b = browser();
    b.backend.setItem('sb:progress', 'garbage');
    expect(b.get(readingRecord).read().status).toBe('corrupt');
    resetAll(KNOWN_RECORDS, b.get);
    expect(b.backend.getItem('sb:progress:backup')).toBe('garbage');
    expect(isEmpty(KNOWN_RECORDS, b.get)).toBe(true);
  });

  it('is not empty once anything is saved', () => {
    expect(isEmpty(KNOWN_RECORDS, withProgress().get)).toBe(false);
  });
});
