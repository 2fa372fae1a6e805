import type { StoredRecord } from '@/lib/storage/browser-store';
import type { RecordSpec } from '@/lib/storage/versioned';
import { createBundle, type ImportPlan } from './bundle';
import type { KnownRecord } from './records';

/**
 * Export, import and reset over the page's stored records. `get` hands out the one
 * `StoredRecord` per key (`getRecord` in the browser, a memory-backed one in tests).
 */
export type GetRecord = (spec: RecordSpec<unknown>) => StoredRecord<unknown>;

type ExportResult = { text: string; left: string[] };

/** The export file's text, and a sentence for each record that could not be included. */
export function exportRecords(known: KnownRecord[], get: GetRecord, now: Date): ExportResult {
  const entries: { spec: RecordSpec<unknown>; data: unknown }[] = [];
  const left: string[] = [];
  for (const { spec, label } of known) {
    const read = get(spec).read();
    if (read.status === 'ok' || read.status === 'empty') entries.push({ spec, data: read.data });
    else if (read.status === 'future') left.push(`Your ${label} were saved by a newer version of the site, so they are not in this file.`);
    else left.push(`Your ${label} could not be read in this browser, so they are not in this file.`);
  }
  return { text: createBundle(entries, now), left };
}

/** Writes every record that passed validation. Returns a sentence per record that could not be written. */
export function applyImport(plan: ImportPlan, get: GetRecord): string[] {
  const failures: string[] = [];
  for (const { spec, label, data } of plan.restore) {
    const result = get(spec).update(() => data);
    if (!result.ok) failures.push(`Your ${label} could not be restored: ${result.message}`);
  }
  return failures;
}

/** Forgets every record; a copy kept aside from damaged data (`<key>:backup`) stays. */
export function resetAll(known: KnownRecord[], get: GetRecord): void {
  for (const { spec } of known) get(spec).clear();
}

/** True when no record holds anything yet, e.g. so an import need not ask before replacing. */
export function isEmpty(known: KnownRecord[], get: GetRecord): boolean {
  return known.every(({ spec }) => JSON.stringify(get(spec).read().data) === JSON.stringify(spec.empty()));
}
