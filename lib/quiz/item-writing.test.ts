import { describe, expect, it } from 'vitest';
import { problemsOf, formatReport } from './item-writing-check';
import { contentWords, hasAbsoluteWord, itemWritingReport, moves, multipleChance, multipleScore, sharedWords, unitsOf, type BankQuiz } from './item-writing';
import { makeCategorize, makeMatching, makeMultiple, makeOrdering, makeScenario, makeSingle, makeTrueFalse } from './test-factories';

const quiz = (...questions: BankQuiz['questions']): BankQuiz[] => [{ quizId: 'q', questions }];
const figure = (bank: BankQuiz[], id: string) => itemWritingReport(bank).strategies.find((s) => s.id === id)!;

const single = (id: string, right: string, wrong: string, prompt = 'Which is it?') =>
  makeSingle({ id, prompt, choices: [{ id: 'r', text: right }, { id: 'w', text: wrong, feedback: 'No.' }], answer: 'r' });

describe('unitsOf', () => {
  it('turns single, scenario and true/false reasons into option sets with the right index', () => {
    const units = unitsOf(quiz(makeSingle(), makeScenario(), makeTrueFalse({ prompt: 'True or false: it scales.' })));
    expect(units.optionSets.map((s) => s.right)).toEqual([0, 0, 0, 0]);
    expect(units.optionSets).toHaveLength(4);
    expect(units.verdicts).toEqual([{ quizId: 'q', questionId: 'tf', statement: 'it scales.', verdict: false }]);
  });

  it('gives the scenario facts to the prompt, and one item per matching pair and categorize item', () => {
    const units = unitsOf(quiz(makeScenario(), makeMatching(), makeCategorize(), makeMultiple(), makeOrdering()));
    expect(units.optionSets[0]!.prompt).toContain('5 engineers');
    expect(units.matchItems).toHaveLength(2 + 3);
    expect(units.matchItems[0]).toMatchObject({ text: 'Jaeger', right: 0 });
    expect(units.multiSets).toEqual([{ quizId: 'q', questionId: 'multiple', options: ['A', 'B', 'C', 'D'], right: [true, true, false, false] }]);
  });
});

describe('words', () => {
  it('finds absolute words as whole words only', () => {
    expect(hasAbsoluteWord('It never scales')).toBe(true);
    expect(hasAbsoluteWord("You can't split it")).toBe(true);
    expect(hasAbsoluteWord('A small team')).toBe(false);
    expect(hasAbsoluteWord('Install the tally service')).toBe(false);
  });

  it('compares content words without stop words or plural s', () => {
    expect([...contentWords('The services call the database')]).toEqual(['service', 'call', 'database']);
    expect(sharedWords('How do services share a database?', 'Each service owns its database')).toBe(2);
  });
});

describe('moves', () => {
  it('the longest pick shares its chance among tied options', () => {
    const set = { quizId: 'q', questionId: 's', prompt: '', options: ['abcd', 'abcd', 'ab'], right: 0 };
    expect(moves.longest(set)).toBeCloseTo(0.5);
    expect(moves.longest({ ...set, right: 2 })).toBe(0);
  });

  it('avoiding absolute words picks among the others, or among all when every option has one', () => {
    const set = { quizId: 'q', questionId: 's', prompt: '', options: ['It always works', 'It works here', 'Never'], right: 1 };
    expect(moves.avoidAbsolute(set)).toBe(1);
    expect(moves.avoidAbsolute({ ...set, options: ['always', 'never', 'all'] })).toBeCloseTo(1 / 3);
  });

  it('calls an absolute statement false and tosses a coin on the rest', () => {
    expect(moves.absoluteIsFalse({ quizId: 'q', questionId: 't', statement: 'It always fails', verdict: false })).toBe(1);
    expect(moves.absoluteIsFalse({ quizId: 'q', questionId: 't', statement: 'It always fails', verdict: true })).toBe(0);
    expect(moves.absoluteIsFalse({ quizId: 'q', questionId: 't', statement: 'It fails', verdict: true })).toBe(0.5);
  });
});

describe('select-all scoring', () => {
  it('scores as the quiz does: +1 right, -1 wrong, never below 0, out of the right ones', () => {
    expect(multipleScore([true, true, false], [true, true, true])).toBeCloseTo(0.5);
    expect(multipleScore([true, false, false], [true, true, true])).toBe(0);
  });

  it('averages every subset for the chance score', () => {
    // subsets of [right, wrong]: {} 0, {r} 1, {w} 0, {r,w} 0
    expect(multipleChance([true, false])).toBeCloseTo(0.25);
  });
});

describe('itemWritingReport', () => {
  it('measures the tells of a bank where every statement is false and the right option is the longest', () => {
    const bank = quiz(
      single('a', 'The long and careful right answer', 'Short'),
      single('b', 'Another long and careful right answer', 'Brief'),
      makeTrueFalse({ id: 't1' }),
      makeTrueFalse({ id: 't2' }),
    );
    const report = itemWritingReport(bank);
    expect(report.trueShare).toBe(0);
    // the two true/false reasons are the same length: a tie, half a point to the longest pick
    expect(report.rightLongest).toBe(0.5);
    expect(figure(bank, 'always-false')).toMatchObject({ items: 2, score: 1, chance: 0.5 });
    expect(figure(bank, 'longest')).toMatchObject({ items: 4, score: 0.75, chance: 0.5 });
  });

  it('gives a balanced bank of equal-length options no edge', () => {
    const bank = quiz(
      single('a', 'Split by team', 'Split by layer'),
      single('b', 'Split by layer', 'Split by team'),
      makeTrueFalse({ id: 't1', answer: { verdict: true, reason: 'r1' } }),
      makeTrueFalse({ id: 't2' }),
    );
    expect(figure(bank, 'always-false').score).toBe(0.5);
    expect(figure(bank, 'longest').score - figure(bank, 'longest').chance).toBeLessThan(0.15);
    expect(problemsOf(bank)).toEqual([]);
  });
});

describe('problemsOf and formatReport', () => {
  it('names the strategy that wins and the quizzes that add most to it', () => {
    const bad: BankQuiz = { quizId: 'bad', questions: [single('a', 'A much longer right answer', 'No'), single('b', 'Another much longer one', 'No')] };
    const fine: BankQuiz = { quizId: 'fine', questions: [single('c', 'No', 'A much longer wrong answer')] };
    const problems = problemsOf([bad, fine]);
    expect(problems.find((p) => p.startsWith('"Pick the longest option"'))).toMatch(/worst quizzes: bad \(\+50 on 2\)$/);
    expect(problems.some((p) => p.includes('the right option is the longest in 67 %'))).toBe(true);
  });

  it('names the opposite move when a two-sided strategy falls far below chance', () => {
    const shortRight = quiz(single('a', 'No', 'A much longer wrong answer'), single('b', 'No', 'Another long wrong answer'));
    expect(problemsOf(shortRight)).toEqual([expect.stringMatching(/^"Pick the shortest option" wins: "Pick the longest option" scores 0 % where chance is 50 %/)]);
  });

  it('reports the true/false balance when it leaves 40–60 %', () => {
    const bank = quiz(makeTrueFalse({ id: 't1' }), makeTrueFalse({ id: 't2' }), makeTrueFalse({ id: 't3', answer: { verdict: true, reason: 'r1' } }));
    expect(problemsOf(bank).some((p) => p.startsWith('33 % of true/false statements are true'))).toBe(true);
  });

  it('prints the bank figures and a row per quiz', () => {
    const text = formatReport([{ quizId: 'alpha', questions: [makeSingle()] }, { quizId: 'beta', questions: [makeTrueFalse()] }]);
    expect(text).toMatch(/^Question bank: 2 quizzes, 2 questions/);
    expect(text).toMatch(/\n {2}alpha +– +0 %/);
    expect(text).toMatch(/\n {2}beta +0 %/);
  });
});
