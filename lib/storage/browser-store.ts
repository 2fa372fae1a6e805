import { decode, encode, type ReadResult, type RecordSpec } from './versioned';

/** The part of the Storage API this module needs; tests pass a Map-backed fake. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type WriteResult = { ok: true } | { ok: false; message: string };

/**
 * Where records live: localStorage whenever the browser lets the site read it, else memory for
 * this page. A full store still reads (the learner's saved work stays visible); `writable` says
 * whether a small write went through, so the page can say at once that new work will not be kept.
 */
export function defaultBackend(): { backend: KeyValue; persistent: boolean; writable: boolean } {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem('__sb_probe__');
  } catch {
    return { backend: memoryBackend(), persistent: false, writable: false };
  }
  try {
    storage.setItem('__sb_probe__', '1');
    storage.removeItem('__sb_probe__');
    return { backend: storage, persistent: true, writable: true };
  } catch {
    return { backend: storage, persistent: true, writable: false };
  }
}

export function memoryBackend(): KeyValue {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

/** The message of a write the browser refused. */
const WRITE_REFUSED = 'Your browser would not save this (storage is full or turned off). It is kept for this visit only.';

/**
 * One stored record with a cached snapshot, for `useSyncExternalStore`. A corrupt record is
 * copied to `<key>:backup` before the first write replaces it; when there is no room for the
 * copy, the read says so (no `backupKey`) and the page must not claim it was kept.
 */
export class StoredRecord<T> {
  private snapshot: ReadResult<T> | undefined;
  private listeners = new Set<() => void>();
  /** True while the newest data exists only in memory because the last write was refused. */
  private unsaved = false;

  constructor(
    readonly spec: RecordSpec<T>,
    private readonly backend: KeyValue,
    private readonly onWriteRefused?: () => void,
  ) {}

  read(): ReadResult<T> {
    this.snapshot ??= this.load();
    return this.snapshot;
  }

  private load(): ReadResult<T> {
    let raw: string | null = null;
    try {
      raw = this.backend.getItem(this.spec.key);
    } catch {
      raw = null;
    }
    const result = decode(this.spec, raw);
    if (result.status !== 'corrupt' || raw === null) return result;
    const backupKey = `${this.spec.key}:backup`;
    try {
      if (this.backend.getItem(backupKey) !== raw) this.backend.setItem(backupKey, raw);
      return { ...result, backupKey };
    } catch {
      // Nowhere to copy it: the original stays until the learner's next save.
      return result;
    }
  }

  /**
   * Replaces the data (computed from the data stored now) and notifies subscribers. It starts
   * from what storage holds at this moment, not from this page's earlier copy, so a write from
   * another tab since then is merged instead of overwritten.
   */
  update(next: (current: T) => T): WriteResult {
    if (!this.unsaved) this.snapshot = undefined;
    const current = this.read();
    if (current.status === 'future') return { ok: false, message: current.message };
    const data = next(current.data);
    this.snapshot = { status: 'ok', data, migrated: false };
    let result: WriteResult = { ok: true };
    try {
      this.backend.setItem(this.spec.key, encode(this.spec, data));
      this.unsaved = false;
    } catch {
      this.unsaved = true;
      this.onWriteRefused?.();
      result = { ok: false, message: WRITE_REFUSED };
    }
    this.emit();
    return result;
  }

  /** Forgets the stored data. */
  clear(): void {
    try {
      this.backend.removeItem(this.spec.key);
    } catch {
      // Nothing stored, nothing to remove.
    }
    this.snapshot = { status: 'empty', data: this.spec.empty() };
    this.emit();
  }

  /** Re-reads storage, e.g. after another tab wrote it (unless this page holds work storage refused). */
  reload(): void {
    if (this.unsaved) return;
    this.snapshot = undefined;
    this.emit();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit() {
    for (const l of this.listeners) l();
  }
}
