import { describe, expect, it } from 'vitest';
import { StoredRecord, memoryBackend } from '@/lib/storage/browser-store';
import { decode, encode } from '@/lib/storage/versioned';
import { markRead, markUnread, readingProgressSpec, setCertificateName, visit } from './record';
import { T0, makeReading } from './test-factories';

const LATER = '2025-03-02T10:00:00.000Z';

describe('reading progress reducers', () => {
  it('marks a lesson read with the time and how', () => {
    expect(markRead(makeReading(), 'one', 'marked', T0).lessons).toEqual({ one: { readAt: T0, via: 'marked' } });
  });

  it('keeps the first date when a read lesson is finished again', () => {
    const once = markRead(makeReading(), 'one', 'end', T0);
    expect(markRead(once, 'one', 'marked', LATER)).toBe(once);
  });

  it('forgets a lesson marked not done, leaving the others', () => {
    const two = markRead(markRead(makeReading(), 'one', 'end', T0), 'two', 'end', T0);
    expect(Object.keys(markUnread(two, 'one').lessons)).toEqual(['two']);
  });

  it('returns the same object when the place has not changed, so nothing is written', () => {
    const here = visit(makeReading(), { slug: 'one', section: 'intro', heading: 'Intro' }, T0);
    expect(here.last).toEqual({ slug: 'one', section: 'intro', heading: 'Intro', at: T0 });
    expect(visit(here, { slug: 'one', section: 'intro', heading: 'Intro' }, LATER)).toBe(here);
    expect(visit(here, { slug: 'one', section: 'deep', heading: 'Deep' }, LATER).last?.section).toBe('deep');
  });

  it('caps the certificate name at 120 characters', () => {
    expect(setCertificateName(makeReading(), 'x'.repeat(300)).certificateName).toHaveLength(120);
  });
});

describe('the sb:progress record', () => {
  it('round-trips through its envelope', () => {
    const data = markRead(makeReading({ certificateName: 'Ada' }), 'one', 'end', T0);
    expect(decode(readingProgressSpec, encode(readingProgressSpec, data))).toEqual({ status: 'ok', data, migrated: false });
  });

  it('explains damaged data, keeps a copy aside and starts empty', () => {
    const backend = memoryBackend();
    const damaged = JSON.stringify({ v: 1, data: { lessons: { one: { readAt: T0, via: 'teleport' } }, last: null, certificateName: '' } });
    backend.setItem('sb:progress', damaged);
    const record = new StoredRecord(readingProgressSpec, backend);
    expect(record.read()).toMatchObject({ status: 'corrupt', message: expect.stringContaining('lessons.one.via'), backupKey: 'sb:progress:backup' });
    expect(record.read().data).toEqual(readingProgressSpec.empty());
    record.update((p) => markRead(p, 'two', 'end', T0));
    expect(backend.getItem('sb:progress:backup')).toBe(damaged);
  });

  it('rejects lesson slugs that could not come from the course', () => {
    const raw = JSON.stringify({ v: 1, data: { lessons: { '<script>': { readAt: T0, via: 'end' } }, last: null, certificateName: '' } });
    expect(decode(readingProgressSpec, raw).status).toBe('corrupt');
  });
});
