import { describe, expect, it } from 'vitest';
import { makeCategorize, makeMatching, makeMultiple, makeNumeric, makeOrdering, makeScenario, makeSingle, makeTrueFalse } from '@/lib/quiz/test-factories';
import { answerLines, correctLetters, placedLetters, pollLayout, shownQuestion } from './answer-key';

/** The letter the shown order gives an option, read back from the layout. */
const letterOf = (items: { letter: string; text: string }[], text: string) => items.find((i) => i.text === text)?.letter;

describe('pollLayout and answerLines', () => {
  it('names the right single choice by the letter it is shown under', () => {
    const q = makeSingle({ choices: [{ id: 'a', text: 'Right' }, { id: 'b', text: 'Wrong', feedback: 'No.' }, { id: 'c', text: 'Also wrong', feedback: 'No.' }], answer: 'a' });
    const [list] = pollLayout(q).lists;
    expect(list!.items.map((i) => i.text).sort()).toEqual(['Also wrong', 'Right', 'Wrong']);
    expect(answerLines(q)).toEqual([`${letterOf(list!.items, 'Right')}. Right`]);
  });

  it('lists every right choice of a multiple-answer question and no wrong one', () => {
    const lines = answerLines(makeMultiple());
    expect(lines.map((l) => l.slice(3)).sort()).toEqual(['A', 'B']);
  });

  it('gives the verdict and the reason of a true-false question', () => {
    const q = makeTrueFalse();
    const reasons = pollLayout(q).lists[0]!.items;
    expect(answerLines(q)).toEqual(['False', `Because ${letterOf(reasons, 'Reason one')}. Reason one`]);
  });

  it('gives an ordering in the authored order, each step with its shown letter', () => {
    const q = makeOrdering();
    const items = pollLayout(q).lists[0]!.items;
    expect(items.map((i) => i.text)).not.toEqual(['One', 'Two', 'Three']);
    expect(answerLines(q)).toEqual(['One', 'Two', 'Three'].map((t, n) => `${n + 1}. ${letterOf(items, t)}. ${t}`));
  });

  it('pairs each numbered matching item with its lettered target', () => {
    const q = makeMatching();
    const [, targets] = pollLayout(q).lists;
    const shown = shownQuestion(q);
    expect(shown.type).toBe('matching');
    const pairs = shown.type === 'matching' ? shown.pairs : [];
    expect(answerLines(q)).toEqual(
      pairs.map((p, n) => {
        const text = p.answer === 'tracing' ? 'Distributed tracing' : 'Message queue';
        return `${n + 1}. ${p.prompt} → ${letterOf(targets!.items, text)}. ${text}`;
      }),
    );
  });

  it('lists the numbered items of each category, and "none" for an empty one', () => {
    const q = makeCategorize();
    const lines = answerLines(q);
    expect(lines).toHaveLength(q.categories.length);
    const numbered = pollLayout(q).lists[0]!.items;
    const all = lines.flatMap((l) => l.split(': ')[1]!.split(', ')).filter((x) => x !== 'none');
    expect(all.sort()).toEqual(numbered.map((i) => i.letter).sort());
  });

  it('gives a numeric answer with its unit and tolerance', () => {
    expect(answerLines(makeNumeric({ answer: { value: 24000, tolerance: 0, unit: 'users' } }))).toEqual(['24,000 users']);
    expect(answerLines(makeNumeric({ answer: { value: 30, tolerance: 5 } }))).toEqual(['30 (± 5)']);
    expect(pollLayout(makeNumeric({ answer: { value: 1, tolerance: 0, unit: 'ms' } })).instruction).toBe('Answer in ms.');
  });

  it('shows a scenario with its facts and gives the recommendation and the reason', () => {
    const q = makeScenario();
    const layout = pollLayout(q);
    expect(layout.facts).toEqual(q.facts);
    expect(answerLines(q)).toHaveLength(2);
    expect(answerLines(q)[1]).toMatch(/^Because [A-H]\. /);
  });

  it('shows the same order every time, so the poll and the handout agree', () => {
    const q = makeSingle({ choices: 'abcdef'.split('').map((id) => ({ id, text: id.toUpperCase(), feedback: 'Why not.' })), answer: 'a' });
    expect(pollLayout(q)).toEqual(pollLayout(q));
  });
});

describe('correctLetters', () => {
  it('marks the right single choice by its shown letter, and only it', () => {
    const q = makeSingle({ choices: [{ id: 'a', text: 'Right' }, { id: 'b', text: 'Wrong', feedback: 'No.' }, { id: 'c', text: 'Also wrong', feedback: 'No.' }], answer: 'a' });
    const [list] = pollLayout(q).lists;
    expect(correctLetters(q)).toEqual([[letterOf(list!.items, 'Right')]]);
  });

  it('marks every right choice of a multiple-answer question', () => {
    const q = makeMultiple();
    const [list] = pollLayout(q).lists;
    expect(correctLetters(q)[0]!.sort()).toEqual(['A', 'B'].map((t) => letterOf(list!.items, t)).sort());
  });

  it('marks the reason of a true-false question and both picks of a scenario, one list each', () => {
    const tf = makeTrueFalse();
    expect(correctLetters(tf)).toEqual([[letterOf(pollLayout(tf).lists[0]!.items, 'Reason one')]]);
    const sc = makeScenario();
    const marks = correctLetters(sc);
    expect(marks).toHaveLength(pollLayout(sc).lists.length);
    expect(marks.every((m) => m.length === 1)).toBe(true);
  });

  it('marks nothing where the answer is a mapping, keeping one entry per shown list', () => {
    for (const q of [makeOrdering(), makeMatching(), makeCategorize()]) {
      const marks = correctLetters(q);
      expect(marks).toHaveLength(pollLayout(q).lists.length);
      expect(marks.flat()).toEqual([]);
    }
    expect(correctLetters(makeNumeric())).toEqual([]);
  });
});

describe('placedLetters', () => {
  it('gives each numbered matching item the letter of its target, as answerLines does', () => {
    const q = makeMatching();
    const placed = placedLetters(q)!;
    expect(placed).toEqual(answerLines(q).map((line) => /→ ([A-Z])\./.exec(line)![1]));
  });

  it('gives each numbered categorize item the letter of its category, as answerLines does', () => {
    const q = makeCategorize();
    const placed = placedLetters(q)!;
    expect(placed).toHaveLength(pollLayout(q).lists[0]!.items.length);
    for (const line of answerLines(q)) {
      const [, cat, members] = /^([A-Z])\. .*: (.*)$/.exec(line)!;
      for (const n of members!.split(', ').filter((m) => m !== 'none')) expect(placed[Number(n) - 1]).toBe(cat);
    }
  });

  it('gives each shown ordering item its position in the right order', () => {
    const q = makeOrdering();
    const items = pollLayout(q).lists[0]!.items;
    const placed = placedLetters(q)!;
    expect(items.map((item, i) => `${placed[i]} ${item.text}`).sort()).toEqual(['1 One', '2 Two', '3 Three']);
  });

  it('leaves the pick questions to correctLetters', () => {
    for (const q of [makeSingle(), makeMultiple(), makeTrueFalse(), makeScenario(), makeNumeric()]) expect(placedLetters(q)).toBeNull();
  });
});
