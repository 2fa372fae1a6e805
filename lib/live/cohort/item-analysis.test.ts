import { describe, expect, it } from 'vitest';
import { makeMultiple, makeOrdering, makeSingle, makeTrueFalse } from '@/lib/quiz/test-factories';
import { analyseItems, chosenKeys, correlation, type ItemInput } from './item-analysis';

const single = makeSingle({
  choices: [
    { id: 'a', text: 'Right' },
    { id: 'b', text: 'Tempting', feedback: 'No.' },
    { id: 'c', text: 'Never picked', feedback: 'No.' },
  ],
  answer: 'a',
});
const pick = (selected: string) => ({ selected });

/** A hand-made class: for each question, who picked what. */
function session(answers: Record<string, Record<string, unknown>>, questions: Record<string, ItemInput['question']>): ItemInput[] {
  return Object.entries(questions).map(([id, question]) => ({
    id,
    question,
    answers: Object.entries(answers[id] ?? {}).map(([participant, response]) => ({ participant, response })),
  }));
}

describe('correlation', () => {
  it('is 1 for a perfect rise, -1 for a perfect fall, null without variance or with too few', () => {
    expect(correlation([0, 1, 1], [1, 2, 2])).toBeCloseTo(1);
    expect(correlation([1, 0, 0], [1, 2, 2])).toBeCloseTo(-1);
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(correlation([0, 1], [0, 1])).toBeNull();
  });
});

describe('analyseItems', () => {
  it('gives the share right and the distribution of picks', () => {
    const [stats] = analyseItems(session({ q1: { p1: pick('a'), p2: pick('a'), p3: pick('b'), p4: pick('a') } }, { q1: single }));
    expect(stats!.answered).toBe(4);
    expect(stats!.facility).toBe(0.75);
    expect(stats!.outcomes).toEqual({ right: 3, partial: 0, wrong: 1 });
    expect(stats!.options.map((o) => [o.label, o.count, o.correct])).toEqual([
      ['Right', 3, true],
      ['Tempting', 1, false],
      ['Never picked', 0, false],
    ]);
  });

  it('rates a question the stronger learners get right as discriminating, and one they get wrong as negative', () => {
    // p1–p3 are strong (right on q2 and q3), p4–p6 weak. q1 follows strength, qBad runs against it.
    const strong = ['p1', 'p2', 'p3'];
    const all = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const by = (f: (p: string) => string) => Object.fromEntries(all.map((p) => [p, pick(f(p))]));
    const isStrong = (p: string) => strong.includes(p);
    const items = session(
      {
        q1: by((p) => (isStrong(p) ? 'a' : 'b')),
        q2: by((p) => (isStrong(p) ? 'a' : 'b')),
        q3: by((p) => (isStrong(p) || p === 'p4' ? 'a' : 'b')),
        qBad: by((p) => (isStrong(p) ? 'b' : 'a')),
      },
      { q1: single, q2: single, q3: single, qBad: single },
    );
    const [q1, , , bad] = analyseItems(items);
    expect(q1!.discrimination).toBeGreaterThan(0.5);
    expect(bad!.discrimination).toBeLessThan(0);
    expect(bad!.flags.map((f) => f.kind)).toContain('negative-discrimination');
    expect(q1!.flags.map((f) => f.kind)).not.toContain('negative-discrimination');
  });

  it('leaves discrimination unknown when everyone got it right', () => {
    const [stats] = analyseItems(session({ q1: { p1: pick('a'), p2: pick('a'), p3: pick('a') } }, { q1: single }));
    expect(stats!.discrimination).toBeNull();
  });

  it('flags a question most got wrong and a distractor nobody chose, once there are enough answers', () => {
    const answers = { q1: { p1: pick('b'), p2: pick('b'), p3: pick('b'), p4: pick('a'), p5: pick('b') } };
    const [stats] = analyseItems(session(answers, { q1: single }));
    const kinds = stats!.flags.map((f) => f.kind);
    expect(kinds).toContain('most-wrong');
    const unchosen = stats!.flags.find((f) => f.kind === 'unchosen-distractor');
    expect(unchosen).toMatchObject({ option: 'choice:c' });
    expect(unchosen!.message).toContain('Never picked');
    const [few] = analyseItems(session({ q1: { p1: pick('b'), p2: pick('b') } }, { q1: single }));
    expect(few!.flags).toEqual([]);
  });

  it('does not flag a question most got right', () => {
    const answers = { q1: Object.fromEntries(['p1', 'p2', 'p3', 'p4', 'p5'].map((p, i) => [p, pick(i === 0 ? 'b' : i === 1 ? 'c' : 'a')])) };
    expect(analyseItems(session(answers, { q1: single }))[0]!.flags).toEqual([]);
  });

  it('counts every option of a multiple-choice answer and partial credit as partly right', () => {
    const multiple = makeMultiple();
    const [stats] = analyseItems(
      session({ q: { p1: { selected: ['a', 'b'] }, p2: { selected: ['a'] }, p3: { selected: ['c', 'd'] } } }, { q: multiple }),
    );
    expect(stats!.options.find((o) => o.key === 'choice:a')!.count).toBe(2);
    expect(stats!.outcomes.right).toBe(1);
    expect(stats!.outcomes.right + stats!.outcomes.partial + stats!.outcomes.wrong).toBe(3);
  });

  it('reads verdict and reason of a true-false answer', () => {
    expect(chosenKeys(makeTrueFalse(), { verdict: false, reason: 'r2' })).toEqual(['verdict:false', 'reason:r2']);
  });

  it('has outcomes but no options for an ordering question, and skips answers it cannot grade', () => {
    const ordering = makeOrdering();
    const right = { order: ordering.items.map((i) => i.id) };
    const [stats] = analyseItems(session({ q: { p1: right, p2: { order: [] }, p3: 'garbage' } }, { q: ordering }));
    expect(stats!.options).toEqual([]);
    expect(stats!.answered).toBe(1);
    expect(stats!.facility).toBe(1);
  });

  it('reports nothing answered as unknown, not as zero', () => {
    expect(analyseItems(session({}, { q1: single }))[0]).toMatchObject({ answered: 0, facility: null, discrimination: null });
  });
});
