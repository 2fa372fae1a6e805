
/**
 * Everything the site keeps in the browser goes through here: each record is stored as an
 * envelope `{ v, data }`, validated on the way in, migrated from older versions, and never
 * lost: a record that cannot be read is copied aside before anything replaces it.
 */
import * as v from 'valibot';

export type Envelope = { v: number; data: unknown };

/** A valibot schema whose output is `T`. */
type Validator<T> = v.GenericSchema<unknown, T>;

/** How to read one kind of record, e.g. quiz progress. */
export type RecordSpec<T> = {
  /** The localStorage key, e.g. `"sb:quiz"`. */
  key: string;
  /** The version this code writes, e.g. `2`. */
  version: number;
  /** Validates data of the current version (valibot: it runs in the browser, where zod would cost 17 KB). */
  schema: Validator<T>;
  /** `migrations[n]` turns version-n data into version n+1. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The value when nothing is stored, e.g. `{ quizzes: {} }`. */
  empty: () => T;
};

/** What a read found. Every status carries usable data; the ones with `message` explain why it is the empty value. */
export type ReadResult<T> =
  | { status: 'ok'; data: T; migrated: boolean }
  | { status: 'empty'; data: T }
  | { status: 'corrupt'; data: T; message: string; backupKey?: string }
  | { status: 'future'; data: T; message: string };

/** Parses a stored string. Pure: the caller decides what to do with a corrupt record. */
export function decode<T>(spec: RecordSpec<T>, raw: string | null): ReadResult<T> {
  if (raw === null || raw === '') return { status: 'empty', data: spec.empty() };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', data: spec.empty(), message: 'The saved data is not readable (it is not valid JSON).' };
  }
  if (!isEnvelope(envelope)) {
    return { status: 'corrupt', data: spec.empty(), message: 'The saved data is not in the format this site writes.' };
  }
  if (envelope.v > spec.version) {
    return {
      status: 'future',
      data: spec.empty(),
      message: `The saved data comes from a newer version of the site (format ${envelope.v}; this page reads up to ${spec.version}). It was left untouched.`,
    };
  }
  let data = envelope.data;
  for (let v = envelope.v; v < spec.version; v++) {
    const migrate = spec.migrations?.[v];
    if (!migrate) return { status: 'corrupt', data: spec.empty(), message: `The saved data uses format ${envelope.v}, which can no longer be upgraded.` };
    try {
      data = migrate(data);
    } catch {
      return { status: 'corrupt', data: spec.empty(), message: `The saved data could not be upgraded from format ${v}.` };
    }
  }
  const parsed = v.safeParse(spec.schema, data);
  if (!parsed.success) {
    const where = issuePath(parsed.issues[0]);
    return { status: 'corrupt', data: spec.empty(), message: `Part of the saved data is damaged${where ? ` (at ${where})` : ''}.` };
  }
  return { status: 'ok', data: parsed.output, migrated: envelope.v !== spec.version };
}

export function encode<T>(spec: RecordSpec<T>, data: T): string {
  return JSON.stringify({ v: spec.version, data } satisfies Envelope);
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'v' in value &&
    'data' in value &&
    Number.isInteger((value as Envelope).v) &&
    (value as Envelope).v >= 1
  );
}

/** Where an issue is, as dotted keys, e.g. `"services.0.color"`; empty at the top. */
function issuePath(issue: v.BaseIssue<unknown> | undefined): string {
  return issue?.path?.map((item) => String(item.key)).join('.') ?? '';
}
