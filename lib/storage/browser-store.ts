import { decode, encode, type ReadResult, type RecordSpec } from './versioned';

/** The part of the Storage API this module needs; tests pass a Map-backed fake. */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type WriteResult = { ok: true } | { ok: false; message: string };

/** Where records live: localStorage when the browser allows it, else memory for this page. */
export function defaultBackend(): { backend: KeyValue; persistent: boolean } {
  try {
    const probe = '__sb_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return { backend: window.localStorage, persistent: true };
  } catch {
    return { backend: memoryBackend(), persistent: false };
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

/**
 * One stored record with a cached snapshot, for `useSyncExternalStore`. A corrupt record is
 * copied to `<key>:backup` before the first write replaces it, so the learner's data is never lost.
 */
export class StoredRecord<T> {
  private snapshot: ReadResult<T> | undefined;
  private listeners = new Set<() => void>();

  constructor(
    readonly spec: RecordSpec<T>,
    private readonly backend: KeyValue,
  ) {}

  read(): ReadResult<T> {
    if (!this.snapshot) {
      let raw: string | null = null;
      try {
        raw = this.backend.getItem(this.spec.key);
      } catch {
        raw = null;
      }
      this.snapshot = decode(this.spec, raw);
      if (this.snapshot.status === 'corrupt' && raw !== null) {
        const backupKey = `${this.spec.key}:backup`;
        try {
          this.backend.setItem(backupKey, raw);
          this.snapshot = { ...this.snapshot, backupKey };
        } catch {
          // Nowhere to copy it: the original stays until the learner's next save.
        }
      }
    }
    return this.snapshot;
  }

  /** Replaces the data (computed from the current data) and notifies subscribers. */
  update(next: (current: T) => T): WriteResult {
    const current = this.read();
    if (current.status === 'future') return { ok: false, message: current.message };
    const data = next(current.data);
    this.snapshot = { status: 'ok', data, migrated: false };
    let result: WriteResult = { ok: true };
    try {
      this.backend.setItem(this.spec.key, encode(this.spec, data));
    } catch {
      result = { ok: false, message: 'Your browser would not save this (storage is full or disabled). It is kept for this visit only.' };
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

  /** Re-reads storage, e.g. after another tab wrote it. */
  reload(): void {
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
