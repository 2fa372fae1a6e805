import { describe, expect, it } from 'vitest';
import { makeMatching, makeMultiple, makeNumeric, makeSingle, makeTrueFalse } from '@/lib/quiz/test-factories';
import { distribution, gradeResponse, publicQuestion, questionReveal } from './question-round';
import { allTypes } from './test-factories';

describe('publicQuestion', () => {
  it('never carries a key, feedback, hints or the explanation, for every type', () => {
    for (const q of allTypes) {
      const shown = JSON.stringify(publicQuestion({ ...q, hints: ['A hint'] } as typeof q, 'seed'));
      for (const word of ['answer', 'feedback', 'explanation', 'hints', 'mistakes', 'verdictFeedback', 'category"', 'section']) {
        expect(shown, `${q.type} leaks ${word}`).not.toContain(word);
      }
    }
  });

  it('keeps the unit of a numeric question but not its value', () => {
    expect(publicQuestion(makeNumeric(), 's')).toEqual({ type: 'numeric', id: 'numeric', prompt: 'A prompt?', unit: 'minutes' });
  });

  it('gives the whole room the same order for the same seed', () => {
    const q = makeMultiple();
    expect(publicQuestion(q, 'r_1')).toEqual(publicQuestion(q, 'r_1'));
  });

  it('never presents an ordering question already solved', () => {
    const q = allTypes.find((x) => x.type === 'ordering')!;
    for (const seed of ['a', 'b', 'c', 'd']) {
      const shown = publicQuestion(q, seed);
      expect(shown.type === 'ordering' && shown.items.map((i) => i.id)).not.toEqual(['one', 'two', 'three']);
    }
  });
});

describe('gradeResponse', () => {
  it('grades with the lesson graders', () => {
    expect(gradeResponse(makeSingle(), { selected: 'a' })).toEqual({ ok: true, value: { response: { selected: 'a' }, earned: 1, total: 1 } });
    expect(gradeResponse(makeSingle(), { selected: 'b' })).toMatchObject({ ok: true, value: { earned: 0 } });
  });

  it('refuses a response of the wrong shape', () => {
    expect(gradeResponse(makeSingle(), { order: ['a'] })).toMatchObject({ ok: false });
    expect(gradeResponse(makeSingle(), 'a')).toMatchObject({ ok: false, message: 'This is not an answer to a single question.' });
  });

  it('refuses an answer that cannot be graded yet, with the grader’s message', () => {
    const result = gradeResponse(makeMatching(), { matches: { jaeger: 'tracing' } });
    expect(result).toEqual({ ok: false, message: 'Match every item first (1 of 2 matched).' });
  });

  it('drops unknown fields from the stored response', () => {
    expect(gradeResponse(makeSingle(), { selected: 'a', extra: 'x'.repeat(100) })).toMatchObject({ ok: true, value: { response: { selected: 'a' } } });
  });
});

describe('distribution', () => {
  it('counts each choice and marks the key', () => {
    const d = distribution(makeSingle(), [
      { response: { selected: 'a' }, earned: 1, total: 1 },
      { response: { selected: 'b' }, earned: 0, total: 1 },
      { response: { selected: 'b' }, earned: 0, total: 1 },
    ]);
    expect(d.answered).toBe(3);
    expect(d.groups).toEqual([{ title: 'Choices', bars: [{ id: 'a', label: 'A', count: 1, correct: true }, { id: 'b', label: 'B', count: 2, correct: false }] }]);
  });

  it('counts a verdict and a reason for true/false', () => {
    const d = distribution(makeTrueFalse(), [{ response: { verdict: false, reason: 'r2' }, earned: 1, total: 2 }]);
    expect(d.groups.map((g) => g.title)).toEqual(['Verdict', 'Why?']);
    expect(d.groups[0]!.bars.find((b) => b.id === 'false')).toEqual({ id: 'false', label: 'False', count: 1, correct: true });
    expect(d.groups[1]!.bars.find((b) => b.id === 'r2')!.count).toBe(1);
  });

  it('groups other types by result', () => {
    const d = distribution(makeNumeric(), [
      { response: { value: '100' }, earned: 1, total: 1 },
      { response: { value: '2' }, earned: 0, total: 1 },
    ]);
    expect(d.groups[0]!.bars.map((b) => [b.id, b.count])).toEqual([['right', 1], ['partly', 0], ['wrong', 1]]);
  });

  it('counts each learner once even if an id repeats in their answer', () => {
    const d = distribution(makeMultiple(), [{ response: { selected: ['a', 'a'] }, earned: 0, total: 4 }]);
    expect(d.groups[0]!.bars.find((b) => b.id === 'a')!.count).toBe(1);
  });
});

describe('questionReveal', () => {
  it('sends an ordering question in its authored order, which is its key', () => {
    const q = allTypes.find((x) => x.type === 'ordering')!;
    expect(questionReveal(q, 'any-seed', []).question).toEqual(q);
  });

  it('shows the key in the room’s order with the explanation', () => {
    const reveal = questionReveal(makeMultiple(), 'r_1', []);
    expect(reveal.explanation).toBe('Because the lesson says so.');
    expect(reveal.question.type === 'multiple' && reveal.question.answer).toEqual(['a', 'b']);
    const order = (publicQuestion(makeMultiple(), 'r_1') as { choices: { id: string }[] }).choices.map((c) => c.id);
    expect(reveal.distribution.groups[0]!.bars.map((b) => b.id)).toEqual(order);
  });
});
