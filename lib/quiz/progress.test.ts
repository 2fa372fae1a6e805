import { describe, expect, it } from 'vitest';
import { StoredRecord, memoryBackend } from '@/lib/storage/browser-store';
import { decode, encode } from '@/lib/storage/versioned';
import { dropRemovedQuestions, quizProgressSpec, recordAttempt, recordRun, reviewQueue, type Attempt, type QuizProgress } from './progress';

const attempt = (over: Partial<Attempt & { response: unknown }> = {}) => ({ earned: 1, total: 1, certainty: null, at: '2025-01-01T00:00:00.000Z', response: { selected: 'a' }, ...over });
const empty = (): QuizProgress => quizProgressSpec.empty();
const everything = () => true;

describe('recordAttempt', () => {
  it('keeps the first attempt and the best one as later attempts arrive', () => {
    let p = recordAttempt(empty(), 'quiz', 'q1', attempt({ earned: 0, at: 't1' }));
    p = recordAttempt(p, 'quiz', 'q1', attempt({ earned: 1, at: 't2' }));
    p = recordAttempt(p, 'quiz', 'q1', attempt({ earned: 0, at: 't3', response: { selected: 'b' } }));
    const q = p.quizzes.quiz!.questions.q1!;
    expect(q.attempts).toBe(3);
    expect(q.first.at).toBe('t1');
    expect(q.best).toMatchObject({ earned: 1, at: 't2' });
    expect(q.last).toMatchObject({ earned: 0, at: 't3', response: { selected: 'b' } });
  });

  it('keeps the earlier best on a tie', () => {
    let p = recordAttempt(empty(), 'quiz', 'q1', attempt({ at: 't1' }));
    p = recordAttempt(p, 'quiz', 'q1', attempt({ at: 't2' }));
    expect(p.quizzes.quiz!.questions.q1!.best.at).toBe('t1');
  });

  it('does not change the progress it was given', () => {
    const before = empty();
    recordAttempt(before, 'quiz', 'q1', attempt());
    expect(before).toEqual({ quizzes: {} });
  });

  it('produces data the stored schema accepts', () => {
    const p = recordRun(recordAttempt(empty(), 'quiz', 'q1', attempt({ certainty: 'high' })), 'quiz', { earned: 1, total: 1, at: 't' });
    expect(decode(quizProgressSpec, encode(quizProgressSpec, p))).toEqual({ status: 'ok', data: p, migrated: false });
  });
});

describe('recordRun', () => {
  it('counts runs, keeps the best and the last', () => {
    let p = recordRun(empty(), 'quiz', { earned: 5, total: 8, at: 't1' });
    p = recordRun(p, 'quiz', { earned: 8, total: 8, at: 't2' });
    p = recordRun(p, 'quiz', { earned: 3, total: 8, at: 't3' });
    expect(p.quizzes.quiz).toMatchObject({ runs: 3, best: { earned: 8 }, last: { earned: 3 } });
  });
});

describe('reviewQueue', () => {
  it('lists sure-and-wrong first, then misses, then lucky guesses, and leaves out sure right answers', () => {
    let p = empty();
    p = recordAttempt(p, 'a', 'guess', attempt({ certainty: 'low', at: 't1' }));
    p = recordAttempt(p, 'a', 'missed', attempt({ earned: 0, certainty: 'medium', at: 't2' }));
    p = recordAttempt(p, 'b', 'sure-wrong', attempt({ earned: 1, total: 2, certainty: 'high', at: 't3' }));
    p = recordAttempt(p, 'b', 'known', attempt({ certainty: 'high', at: 't4' }));
    expect(reviewQueue(p, everything).map((e) => [e.questionId, e.reason])).toEqual([
      ['sure-wrong', 'confident-wrong'],
      ['missed', 'missed'],
      ['guess', 'unsure'],
    ]);
  });

  it('drops a question once it is answered right and with some confidence', () => {
    let p = recordAttempt(empty(), 'a', 'q', attempt({ earned: 0 }));
    expect(reviewQueue(p, everything)).toHaveLength(1);
    p = recordAttempt(p, 'a', 'q', attempt({ certainty: 'medium' }));
    expect(reviewQueue(p, everything)).toEqual([]);
  });

  it('puts the question unseen for longest first within a reason', () => {
    let p = recordAttempt(empty(), 'a', 'recent', attempt({ earned: 0, at: '2025-02-01' }));
    p = recordAttempt(p, 'a', 'old', attempt({ earned: 0, at: '2025-01-01' }));
    expect(reviewQueue(p, everything).map((e) => e.questionId)).toEqual(['old', 'recent']);
  });

  it('skips questions that no longer exist', () => {
    const p = recordAttempt(empty(), 'a', 'gone', attempt({ earned: 0 }));
    expect(reviewQueue(p, () => false)).toEqual([]);
  });
});

describe('dropRemovedQuestions', () => {
  it("forgets a quiz's attempts at questions it no longer has and keeps the rest", () => {
    let p = recordAttempt(empty(), 'a', 'kept', attempt());
    p = recordAttempt(p, 'a', 'rewritten', attempt({ earned: 0 }));
    p = recordAttempt(p, 'b', 'other', attempt());
    const next = dropRemovedQuestions(p, 'a', ['kept', 'new']);
    expect(Object.keys(next.quizzes.a!.questions)).toEqual(['kept']);
    expect(next.quizzes.b).toBe(p.quizzes.b);
    expect(reviewQueue(next, everything)).toEqual([]);
  });

  it('returns the same progress when nothing was removed or the quiz was never tried', () => {
    const p = recordAttempt(empty(), 'a', 'kept', attempt());
    expect(dropRemovedQuestions(p, 'a', ['kept'])).toBe(p);
    expect(dropRemovedQuestions(p, 'zzz', [])).toBe(p);
  });
});

describe('the sb:quiz record', () => {
  it('explains damaged data and keeps a copy of it', () => {
    const backend = memoryBackend();
    backend.setItem('sb:quiz', JSON.stringify({ v: 1, data: { quizzes: { x: { questions: 'nope' } } } }));
    const record = new StoredRecord(quizProgressSpec, backend);
    const read = record.read();
    expect(read).toMatchObject({ status: 'corrupt', message: expect.stringMatching(/damaged/), backupKey: 'sb:quiz:backup' });
    expect(read.data).toEqual({ quizzes: {} });
  });
});
