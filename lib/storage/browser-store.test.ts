import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { StoredRecord, defaultBackend, memoryBackend, type KeyValue } from './browser-store';
import type { RecordSpec } from './versioned';

type Scores = { scores: Record<string, number> };
const spec: RecordSpec<Scores> = {
  key: 'sb:test',
  version: 1,
  schema: v.object({ scores: v.record(v.string(), v.number()) }),
  empty: () => ({ scores: {} }),
};
const add = (id: string, n: number) => (d: Scores) => ({ scores: { ...d.scores, [id]: n } });

/** A backend whose writes fail while `full` is set, like a browser at its quota. */
function quotaBackend() {
  const inner = memoryBackend();
  const state = { full: false };
  const backend: KeyValue = {
    getItem: (k) => inner.getItem(k),
    setItem: (k, val) => {
      if (state.full) throw new DOMException('quota', 'QuotaExceededError');
      inner.setItem(k, val);
    },
    removeItem: (k) => inner.removeItem(k),
  };
  return { backend, state };
}

describe('StoredRecord across tabs', () => {
  it('merges a write made by another tab since this one read, instead of overwriting it', () => {
    const shared = memoryBackend();
    const tabA = new StoredRecord(spec, shared);
    const tabB = new StoredRecord(spec, shared);
    tabA.read();
    tabB.read();
    tabB.update(add('streaming', 1));
    tabA.update(add('retail', 2));
    expect(JSON.parse(shared.getItem('sb:test')!).data).toEqual({ scores: { streaming: 1, retail: 2 } });
  });

  it('sees the other tab after reload', () => {
    const shared = memoryBackend();
    const tabA = new StoredRecord(spec, shared);
    const tabB = new StoredRecord(spec, shared);
    tabA.read();
    tabB.update(add('x', 1));
    tabA.reload();
    expect(tabA.read().data).toEqual({ scores: { x: 1 } });
  });
});

describe('StoredRecord when storage is full', () => {
  it('keeps refused work in memory across later updates and reports it', () => {
    const { backend, state } = quotaBackend();
    const refused = vi.fn();
    const record = new StoredRecord(spec, backend, refused);
    state.full = true;
    expect(record.update(add('a', 1)).ok).toBe(false);
    expect(record.update(add('b', 2)).ok).toBe(false);
    expect(record.read().data).toEqual({ scores: { a: 1, b: 2 } });
    expect(refused).toHaveBeenCalledTimes(2);
    state.full = false;
    expect(record.update(add('c', 3)).ok).toBe(true);
    expect(JSON.parse(backend.getItem('sb:test')!).data).toEqual({ scores: { a: 1, b: 2, c: 3 } });
  });

  it('does not claim a copy was kept when there was no room for it', () => {
    const { backend, state } = quotaBackend();
    backend.setItem('sb:test', 'garbage');
    state.full = true;
    const read = new StoredRecord(spec, backend).read();
    expect(read.status).toBe('corrupt');
    expect(read.status === 'corrupt' && read.backupKey).toBeFalsy();
    expect(backend.getItem('sb:test:backup')).toBeNull();
  });

  it('names the copy when it was kept', () => {
    const backend = memoryBackend();
    backend.setItem('sb:test', 'garbage');
    const read = new StoredRecord(spec, backend).read();
    expect(read.status === 'corrupt' && read.backupKey).toBe('sb:test:backup');
  });
});

describe('defaultBackend', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps reading a full localStorage, and says writes fail', () => {
    const { backend, state } = quotaBackend();
    backend.setItem('sb:test', '{"v":1,"data":{"scores":{"kept":1}}}');
    state.full = true;
    vi.stubGlobal('window', { localStorage: backend });
    const found = defaultBackend();
    expect(found).toMatchObject({ persistent: true, writable: false });
    expect(new StoredRecord(spec, found.backend).read().data).toEqual({ scores: { kept: 1 } });
  });

  it('falls back to memory when localStorage throws', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(defaultBackend()).toMatchObject({ persistent: false, writable: false });
  });
});
