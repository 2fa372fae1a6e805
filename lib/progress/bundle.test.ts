import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { builderRecord } from '@/lib/builder/saved-designs';
import { quizProgressSpec } from '@/lib/quiz/progress';
import type { RecordSpec } from '@/lib/storage/versioned';
import { BUNDLE_FORMAT, MAX_BUNDLE_BYTES, bundleFileName, createBundle, parseBundle } from './bundle';
import { markRead, readingProgressSpec } from './record';
import { KNOWN_RECORDS, type KnownRecord } from './records';
import { T0, answer, emptyBuilder, emptyQuiz, finishQuiz, makeReading } from './test-factories';

const NOW = new Date(T0);
const reading = markRead(makeReading({ certificateName: 'Ada' }), 'one', 'end', T0);
const quiz = finishQuiz(answer(emptyQuiz(), 'one', 'q1'), 'one');
const builder = { ...emptyBuilder(), best: { shop: 80 } };

const fullBundle = () =>
  createBundle(
    [
      { spec: readingProgressSpec as RecordSpec<unknown>, data: reading },
      { spec: quizProgressSpec as RecordSpec<unknown>, data: quiz },
      { spec: builderRecord as RecordSpec<unknown>, data: builder },
    ],
    NOW,
  );

/** The bundle as a loose object (so tests can damage it), changed by `edit`, back to text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped: the tests write what a damaged file would hold
type Loose = Record<string, any>;
const edited = (edit: (b: Loose) => void) => {
  const bundle = JSON.parse(fullBundle());
  edit(bundle);
  return JSON.stringify(bundle);
};

const errorOf = (text: string, known = KNOWN_RECORDS) => {
  const result = parseBundle(text, known);
  if (result.success) throw new Error('expected the import to be refused');
  return result.error;
};

describe('createBundle', () => {
  it('writes every record in its stored envelope under one versioned header', () => {
    const bundle = JSON.parse(fullBundle());
    expect(bundle).toMatchObject({ app: 'service-boundaries', format: BUNDLE_FORMAT, exportedAt: T0 });
    expect(bundle.records['sb:progress']).toEqual({ v: 1, data: reading });
    expect(Object.keys(bundle.records)).toEqual(['sb:progress', 'sb:quiz', 'sb:builder']);
  });

  it('names the file by the local date', () => {
    expect(bundleFileName(new Date(2025, 2, 9, 23, 30))).toBe('service-boundaries-progress-2025-03-09.json');
  });
});

describe('parseBundle', () => {
  it('restores every record of a file it wrote, with nothing to report', () => {
    const result = parseBundle(fullBundle(), KNOWN_RECORDS);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.exportedAt).toBe(T0);
    expect(result.data.problems).toEqual([]);
    expect(result.data.restore.map((r) => [r.spec.key, r.data])).toEqual([
      ['sb:progress', reading],
      ['sb:quiz', quiz],
      ['sb:builder', builder],
    ]);
  });

  it('explains an empty file', () => {
    expect(errorOf('  \n')).toMatch(/empty/);
  });

  it('explains damaged JSON, e.g. a file cut short', () => {
    expect(errorOf(fullBundle().slice(0, 200))).toMatch(/not valid JSON.*damaged or cut short/);
  });

  it('explains a JSON file that is not a progress export', () => {
    expect(errorOf('{"name":"my-package","version":"1.0.0"}')).toMatch(/not a Service Boundaries progress file.*Export progress/);
    expect(errorOf('[1,2,3]')).toMatch(/not a Service Boundaries progress file/);
  });

  it('explains a file from a newer version of the site', () => {
    expect(errorOf(edited((b) => (b.format = BUNDLE_FORMAT + 1)))).toMatch(/newer version of the site \(file format 2; this page reads format 1\)\. Reload/);
  });

  it('explains a header that is damaged', () => {
    expect(errorOf(edited((b) => delete b.format))).toMatch(/format number is missing/);
    expect(errorOf(edited((b) => (b.records = 'lost')))).toMatch(/part holding your progress is missing/);
  });

  it('refuses a file far too large to be progress without parsing it', () => {
    expect(errorOf(' '.repeat(MAX_BUNDLE_BYTES + 1))).toMatch(/too large/);
  });

  it('restores the sound parts of a partly damaged file and says which part was kept', () => {
    const text = edited((b) => (b.records['sb:quiz'].data.quizzes.one.runs = -3));
    const result = parseBundle(text, KNOWN_RECORDS);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.restore.map((r) => r.spec.key)).toEqual(['sb:progress', 'sb:builder']);
    expect(result.data.problems).toEqual([
      'The quiz answers and scores in the file are damaged (the problem is at “quizzes.one.runs”), so yours in this browser were kept.',
    ]);
  });

  it('keeps the current data for a part missing from the file, and leaves out parts it does not know', () => {
    const text = edited((b) => {
      delete b.records['sb:builder'];
      b.records['sb:future-feature'] = { v: 1, data: {} };
    });
    const result = parseBundle(text, KNOWN_RECORDS);
    if (!result.success) throw new Error(result.error);
    expect(result.data.problems).toEqual([
      'The file holds no builder designs and best scores, so yours in this browser were kept.',
      'The file also holds data this version of the site does not know (sb:future-feature); it was left out.',
    ]);
  });

  it('keeps the current data for a part written by a newer version', () => {
    const result = parseBundle(edited((b) => (b.records['sb:progress'] = { v: 7, data: {} })), KNOWN_RECORDS);
    if (!result.success) throw new Error(result.error);
    expect(result.data.problems[0]).toMatch(/^The lessons read in the file come from a newer version/);
  });

  it('refuses the whole file when no part of it can be used', () => {
    const text = edited((b) => {
      for (const key of Object.keys(b.records)) b.records[key] = { v: 1, data: null };
    });
    expect(errorOf(text)).toMatch(/^Nothing in this file could be restored\..*Your progress in this browser is unchanged\.$/);
  });

  it('migrates a record exported by an older version to the current one', () => {
    // A record whose version 1 stored a list of ids and whose version 2 stores a map.
    const spec: RecordSpec<{ seen: Record<string, true> }> = {
      key: 'sb:seen',
      version: 2,
      schema: v.object({ seen: v.record(v.string(), v.literal(true)) }),
      migrations: { 1: (old) => ({ seen: Object.fromEntries((old as string[]).map((id) => [id, true])) }) },
      empty: () => ({ seen: {} }),
    };
    const known: KnownRecord[] = [{ spec: spec as RecordSpec<unknown>, label: 'seen pages' }];
    const text = JSON.stringify({ app: 'service-boundaries', format: 1, exportedAt: T0, records: { 'sb:seen': { v: 1, data: ['a', 'b'] } } });
    const result = parseBundle(text, known);
    if (!result.success) throw new Error(result.error);
    expect(result.data.restore[0]!.data).toEqual({ seen: { a: true, b: true } });
  });

  it('accepts a file whose export time is missing, reporting no date', () => {
    const result = parseBundle(edited((b) => delete b.exportedAt), KNOWN_RECORDS);
    expect(result.success && result.data.exportedAt).toBe('');
  });
});
