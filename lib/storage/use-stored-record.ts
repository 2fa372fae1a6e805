'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { StoredRecord, defaultBackend } from './browser-store';
import { reportStorageProblem } from './storage-health';
import type { ReadResult, RecordSpec } from './versioned';

const records = new Map<string, StoredRecord<unknown>>();

/** The one StoredRecord per key in this page (browser only). */
export function getRecord<T>(spec: RecordSpec<T>): StoredRecord<T> {
  let record = records.get(spec.key) as StoredRecord<T> | undefined;
  if (!record) {
    const { backend, persistent } = defaultBackend();
    if (!persistent) reportStorageProblem('unavailable');
    record = new StoredRecord(spec, backend, () => reportStorageProblem('full'));
    records.set(spec.key, record as StoredRecord<unknown>);
  }
  return record;
}

const serverSnapshots = new Map<string, ReadResult<unknown>>();

/**
 * Reads a stored record in a component. The server and the first client render see the empty
 * value, so hydration matches; the stored value follows at once. Other tabs' writes are picked up.
 */
export function useStoredRecord<T>(spec: RecordSpec<T>): [ReadResult<T>, StoredRecord<T> | null] {
  const isServer = typeof window === 'undefined';
  const record = isServer ? null : getRecord(spec);
  if (!serverSnapshots.has(spec.key)) serverSnapshots.set(spec.key, { status: 'empty', data: spec.empty() });
  const serverSnapshot = serverSnapshots.get(spec.key) as ReadResult<T>;
  const result = useSyncExternalStore(
    record ? record.subscribe : noopSubscribe,
    () => (record ? record.read() : serverSnapshot),
    () => serverSnapshot,
  );
  useFollowOtherTabs(record, spec.key);
  return [result, record];
}

/** Re-reads a record when another tab writes it (the `storage` event fires only in the others). */
function useFollowOtherTabs(record: StoredRecord<unknown> | null, key: string, then?: () => void): void {
  useEffect(() => {
    if (!record) return;
    const onStorage = (e: StorageEvent) => {
      if (e.key !== key && e.key !== null) return;
      record.reload();
      then?.();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [record, key, then]);
}

const noopSubscribe = () => () => {};
