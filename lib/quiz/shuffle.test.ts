import { describe, expect, it } from 'vitest';
import { presentQuestion, shuffled, shuffledAway } from './shuffle';
import { makeOrdering, makeSingle } from './test-factories';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('shuffled', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffled(letters, 'quiz:0')).toEqual(shuffled(letters, 'quiz:0'));
  });

  it('gives a different order for another seed and keeps every item', () => {
    const a = shuffled(letters, 'quiz:0');
    const b = shuffled(letters, 'quiz:1');
    expect(a).not.toEqual(b);
    expect([...b].sort()).toEqual(letters);
  });

  it('leaves the input untouched', () => {
    const input = [...letters];
    shuffled(input, 'x');
    expect(input).toEqual(letters);
  });
});

describe('shuffledAway', () => {
  it('never returns the original order', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(shuffledAway(['x', 'y'], String(seed))).toEqual(['y', 'x']);
      expect(shuffledAway(['x', 'y', 'z'], String(seed))).not.toEqual(['x', 'y', 'z']);
    }
  });
});

describe('presentQuestion', () => {
  it('reorders the choices of a choice question but keeps its key', () => {
    const question = makeSingle({ choices: letters.map((id) => ({ id, text: id, feedback: id === 'a' ? undefined : 'no' })) });
    const shown = presentQuestion(question, 'seed-1');
    expect(shown.type === 'single' && shown.choices.map((c) => c.id)).not.toEqual(letters);
    expect(shown.type === 'single' && shown.answer).toBe('a');
  });

  it('never shows an ordering question already solved', () => {
    for (let round = 0; round < 50; round++) {
      const shown = presentQuestion(makeOrdering(), `quiz:${round}`);
      expect(shown.type === 'ordering' && shown.items.map((i) => i.id)).not.toEqual(['one', 'two', 'three']);
    }
  });
});
