import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseQuizSource } from './load';
import { questionSchema } from './schema';
import { makeCategorize, makeMatching, makeMultiple, makeNumeric, makeOrdering, makeScenario, makeSingle, makeTrueFalse } from './test-factories';

const FILE = 'content/quizzes/demo.yaml';
const parseQuestions = (...questions: unknown[]) => parseQuizSource(FILE, stringify({ questions }));
const errorOf = (result: ReturnType<typeof parseQuizSource>) => (result.success ? '' : result.error);

describe('questionSchema', () => {
  it.each([makeSingle(), makeMultiple(), makeTrueFalse(), makeOrdering(), makeMatching(), makeCategorize(), makeNumeric(), makeScenario()])(
    'accepts a well-formed $type question',
    (question) => {
      expect(questionSchema.safeParse(question).success).toBe(true);
    },
  );

  it('fills in a numeric tolerance of zero and no mistakes', () => {
    const parsed = questionSchema.parse({ ...makeNumeric(), answer: { value: 3 }, mistakes: undefined });
    expect(parsed).toMatchObject({ answer: { value: 3, tolerance: 0 }, mistakes: [] });
  });
});

describe('parseQuizSource', () => {
  it('accepts a valid file', () => {
    expect(parseQuestions(makeSingle()).success).toBe(true);
  });

  it('names the file and question when the answer is not among the options', () => {
    const choices = [{ id: 'a', text: 'A', feedback: 'x' }, { id: 'b', text: 'B', feedback: 'y' }];
    expect(errorOf(parseQuestions(makeSingle({ id: 'pick-one', choices, answer: 'zzz' })))).toBe(
      `${FILE}: question "pick-one" (questions.0.answer): "zzz" is not among the options (a, b)`,
    );
  });

  it('reports duplicate question ids', () => {
    expect(errorOf(parseQuestions(makeSingle({ id: 'same' }), makeNumeric({ id: 'same' })))).toContain('question "same" (questions.1.id): duplicate id "same"');
  });

  it('reports duplicate option ids', () => {
    const choices = [{ id: 'a', text: 'A' }, { id: 'a', text: 'again', feedback: 'x' }];
    expect(errorOf(parseQuestions(makeSingle({ choices })))).toContain('duplicate id "a"');
  });

  it('reports a missing explanation', () => {
    const question: Partial<ReturnType<typeof makeSingle>> = makeSingle({ id: 'no-why' });
    delete question.explanation;
    expect(errorOf(parseQuestions(question))).toBe(`${FILE}: question "no-why" (questions.0.explanation): is required`);
  });

  it('requires feedback on every wrong option', () => {
    const choices = [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }];
    expect(errorOf(parseQuestions(makeSingle({ choices })))).toContain('wrong option "b" needs feedback naming the misconception');
    expect(errorOf(parseQuestions(makeScenario({ reasons: [{ id: 'team', text: 'T' }, { id: 'users', text: 'U' }] })))).toContain(
      'wrong option "users"',
    );
  });

  it('checks the keys of every type', () => {
    expect(errorOf(parseQuestions(makeMultiple({ answer: ['a', 'nope'] })))).toContain('"nope" is not among the options');
    expect(errorOf(parseQuestions(makeMultiple({ answer: ['a', 'b', 'c', 'd'] })))).toContain('at least one choice must be wrong');
    expect(errorOf(parseQuestions(makeTrueFalse({ answer: { verdict: true, reason: 'r9' } })))).toContain('"r9" is not among the reasons');
    expect(errorOf(parseQuestions(makeMatching({ pairs: [{ id: 'p', prompt: 'P', answer: 'x' }, { id: 'q', prompt: 'Q', answer: 'queue' }] })))).toContain(
      '"x" is not among the targets',
    );
    expect(errorOf(parseQuestions(makeCategorize({ items: [...makeCategorize().items, { id: 'z', text: 'Z', category: 'nano' }] })))).toContain(
      '"nano" is not among the categories',
    );
    expect(errorOf(parseQuestions(makeNumeric({ mistakes: [{ value: 100, tolerance: 0, feedback: 'x' }] })))).toContain('would be graded correct');
  });

  it('refuses unknown fields and types, naming the question by number when it has no id', () => {
    expect(errorOf(parseQuestions({ ...makeSingle(), answr: 'a' }))).toContain('question "single"');
    expect(errorOf(parseQuestions({ type: 'essay', prompt: 'x' }))).toMatch(/question 1 \(questions\.0(\.type)?\)/);
  });

  it('explains YAML that does not parse', () => {
    expect(errorOf(parseQuizSource(FILE, 'questions: [\n oops'))).toMatch(/^content\/quizzes\/demo\.yaml: not valid YAML/);
  });
});
