import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { StoredRecord, memoryBackend, type KeyValue } from './browser-store';
import { decode, encode, type RecordSpec } from './versioned';

const spec: RecordSpec<{ scores: Record<string, number> }> = {
  key: 'sb:test',
  version: 2,
  schema: v.object({ scores: v.record(v.string(), v.number()) }),
  migrations: { 1: (old) => ({ scores: (old as { best: Record<string, number> }).best }) },
  empty: () => ({ scores: {} }),
};

describe('decode', () => {
  it('returns empty data when nothing is stored', () => {
    expect(decode(spec, null)).toEqual({ status: 'empty', data: { scores: {} } });
  });

  it('reads data of the current version', () => {
    expect(decode(spec, encode(spec, { scores: { a: 3 } }))).toEqual({ status: 'ok', data: { scores: { a: 3 } }, migrated: false });
  });

  it('migrates data of an older version', () => {
    const result = decode(spec, JSON.stringify({ v: 1, data: { best: { a: 1 } } }));
    expect(result).toEqual({ status: 'ok', data: { scores: { a: 1 } }, migrated: true });
  });

  it('explains data that is not JSON', () => {
    const result = decode(spec, '{oops');
    expect(result.status).toBe('corrupt');
    if (result.status === 'corrupt') expect(result.message).toMatch(/not valid JSON/);
  });

  it('explains data that fails the schema', () => {
    const result = decode(spec, JSON.stringify({ v: 2, data: { scores: { a: 'x' } } }));
    expect(result.status).toBe('corrupt');
    if (result.status === 'corrupt') expect(result.message).toContain('scores.a');
  });

  it('leaves data from a newer version alone', () => {
    const result = decode(spec, JSON.stringify({ v: 9, data: {} }));
    expect(result.status).toBe('future');
  });
});

describe('StoredRecord', () => {
  it('copies a corrupt record aside before replacing it', () => {
    const backend = memoryBackend();
    backend.setItem('sb:test', 'garbage');
    const record = new StoredRecord(spec, backend);
    expect(record.read().status).toBe('corrupt');
    record.update((d) => ({ scores: { ...d.scores, q: 1 } }));
    expect(backend.getItem('sb:test:backup')).toBe('garbage');
    expect(JSON.parse(backend.getItem('sb:test')!)).toEqual({ v: 2, data: { scores: { q: 1 } } });
  });

  it('keeps working in memory when storage refuses writes', () => {
    const refusing: KeyValue = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const record = new StoredRecord(spec, refusing);
    const result = record.update(() => ({ scores: { a: 1 } }));
    expect(result.ok).toBe(false);
    expect(record.read().data).toEqual({ scores: { a: 1 } });
  });

  it('refuses to overwrite data from a newer version', () => {
    const backend = memoryBackend();
    backend.setItem('sb:test', JSON.stringify({ v: 9, data: {} }));
    const record = new StoredRecord(spec, backend);
    expect(record.update(() => ({ scores: {} })).ok).toBe(false);
    expect(backend.getItem('sb:test')).toBe(JSON.stringify({ v: 9, data: {} }));
  });

  it('notifies subscribers on update', () => {
    const record = new StoredRecord(spec, memoryBackend());
    let calls = 0;
    record.subscribe(() => calls++);
    record.update((d) => d);
    expect(calls).toBe(1);
  });
});
