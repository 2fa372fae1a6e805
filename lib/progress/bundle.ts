import { decode, type Envelope, type ReadResult, type RecordSpec } from '@/lib/storage/versioned';
import type { KnownRecord } from './records';

/**
 * The file a learner moves between devices: one JSON bundle of every `sb:*` record, each in the
 * envelope it is stored in, e.g.
 * `{ "app": "service-boundaries", "format": 1, "exportedAt": "2025-03-01T10:00:00.000Z",
 *    "records": { "sb:progress": { "v": 1, "data": { … } }, "sb:quiz": { "v": 1, "data": { … } } } }`.
 * Importing parses it once, here, and says in plain words what is wrong with a file that does
 * not fit; the caller applies only what passed.
 */

export const BUNDLE_APP = 'service-boundaries';
/** The bundle layout this code writes; the records inside carry their own versions. */
export const BUNDLE_FORMAT = 1;
/** Far above any real progress (a few hundred KB at most); protects the page from a wrong, huge file. */
export const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;

type Bundle = { app: typeof BUNDLE_APP; format: number; exportedAt: string; records: Record<string, Envelope> };

/** A record ready to be written, e.g. `{ spec: quizProgressSpec, label: "quiz answers and scores", data: { quizzes: {…} } }`. */
type RestorableRecord = KnownRecord & { data: unknown };

export type ImportPlan = {
  exportedAt: string;
  /** Records that passed, migrated to the current version. */
  restore: RestorableRecord[];
  /** One sentence per part that was not restored (the current data for it is kept). Empty when the whole file applies. */
  problems: string[];
};

export type ImportResult = { success: true; data: ImportPlan } | { success: false; error: string };

/** The export file's text for the given records' current data. */
export function createBundle(entries: { spec: RecordSpec<unknown>; data: unknown }[], now: Date): string {
  const records: Record<string, Envelope> = {};
  for (const { spec, data } of entries) records[spec.key] = { v: spec.version, data };
  const bundle: Bundle = { app: BUNDLE_APP, format: BUNDLE_FORMAT, exportedAt: now.toISOString(), records };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The file name for an export, e.g. `"service-boundaries-progress-2025-03-01.json"` (local date). */
export function bundleFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `service-boundaries-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const NOT_OURS =
  'This is not a Service Boundaries progress file. Choose the file you saved with “Export progress” (its name starts with “service-boundaries-progress”).';

/** Checks an imported file's text against the known records. Never throws. */
export function parseBundle(text: string, known: KnownRecord[]): ImportResult {
  if (text.length > MAX_BUNDLE_BYTES) return { success: false, error: `This file is too large to be a progress file (over ${MAX_BUNDLE_BYTES / 1024 / 1024} MB). ${NOT_OURS}` };
  if (text.trim() === '') return { success: false, error: 'This file is empty. It may not have finished saving; export your progress again on the other device.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      success: false,
      error: 'This file could not be read: it is not valid JSON, so it was damaged or cut short, or it is another kind of file. Export your progress again on the other device and import the new file.',
    };
  }
  if (!isObject(json) || json.app !== BUNDLE_APP) return { success: false, error: NOT_OURS };
  if (!Number.isInteger(json.format) || (json.format as number) < 1) return { success: false, error: `This progress file is damaged: its format number is missing or wrong. ${retry}` };
  if ((json.format as number) > BUNDLE_FORMAT) {
    return {
      success: false,
      error: `This file was exported by a newer version of the site (file format ${String(json.format)}; this page reads format ${BUNDLE_FORMAT}). Reload this page to get the latest version, then import the file again.`,
    };
  }
  if (!isObject(json.records)) return { success: false, error: `This progress file is damaged: the part holding your progress is missing. ${retry}` };
  const records = json.records;
  const exportedAt = typeof json.exportedAt === 'string' && !Number.isNaN(Date.parse(json.exportedAt)) ? json.exportedAt : '';

  const restore: RestorableRecord[] = [];
  const problems: string[] = [];
  for (const record of known) {
    if (!(record.spec.key in records)) {
      problems.push(`The file holds no ${record.label}, so yours in this browser were kept.`);
      continue;
    }
    const read = decode(record.spec, JSON.stringify(records[record.spec.key]));
    if (read.status === 'ok') restore.push({ ...record, data: read.data });
    else if (read.status === 'future') problems.push(`The ${record.label} in the file come from a newer version of the site, so yours in this browser were kept. Reload this page and import again.`);
    else problems.push(`The ${record.label} in the file are damaged (${reason(read)}), so yours in this browser were kept.`);
  }
  const unknown = Object.keys(records).filter((key) => !known.some((r) => r.spec.key === key));
  if (unknown.length) problems.push(`The file also holds data this version of the site does not know (${unknown.slice(0, 5).join(', ')}); it was left out.`);

  if (restore.length === 0) return { success: false, error: `Nothing in this file could be restored. ${problems.join(' ')} Your progress in this browser is unchanged.` };
  return { success: true, data: { exportedAt, restore, problems } };
}

const retry = 'Export your progress again on the other device and import the new file. Your progress in this browser is unchanged.';

/** The storage module's message, reworded for a file: the place of the damage when it names one. */
function reason(read: ReadResult<unknown>): string {
  const message = ('message' in read ? read.message : 'It does not match the expected format.').replace(/\.$/, '');
  const where = /\(at ([^)]+)\)/.exec(message)?.[1];
  if (where) return `the problem is at “${where}”`;
  return message.charAt(0).toLowerCase() + message.slice(1);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
