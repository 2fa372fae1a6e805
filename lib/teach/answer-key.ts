import type { Question, QuestionOf, QuestionType } from '@/lib/quiz/schema';
import { presentQuestion } from '@/lib/quiz/shuffle';

/**
 * A quiz question as a room reads it off a screen or a worksheet: lettered options in a fixed,
 * seeded order, and the answer in words that refer to those letters. Pure, so the poll view,
 * the handout and the answer key always agree.
 */

/** One lettered list on a poll or worksheet, e.g. `{ title: "Reasons", items: ["A. …", "B. …"] }`. */
type OptionList = { title: string | null; items: { letter: string; text: string }[] };

/** What a poll shows before the reveal: labelled facts (scenario questions) and the option lists. */
type PollLayout = { facts: { label: string; value: string }[]; lists: OptionList[]; instruction: string };

export const letter = (i: number) => String.fromCharCode(65 + i);

const lettered = (texts: string[]) => texts.map((text, i) => ({ letter: letter(i), text }));

/** The seed every presenter surface shuffles with, so the poll and the handout show one order. */
const POLL_SEED = 'poll';

/** The question with its options in the order every class surface shows them. */
export function shownQuestion(question: Question): Question {
  return presentQuestion(question, POLL_SEED);
}

/** One entry per question type, given the question as shown and as authored; a missing type fails the type check. */
type PerType<R> = { [T in QuestionType]: (shown: QuestionOf<T>, authored: QuestionOf<T>) => R };

function byType<R>(table: PerType<R>, question: Question): R {
  const entry = table[question.type] as (shown: Question, authored: Question) => R;
  return entry(shownQuestion(question), question);
}

const LAYOUTS: PerType<PollLayout> = {
  single: (q) => ({ facts: [], lists: [{ title: null, items: lettered(q.choices.map((c) => c.text)) }], instruction: 'Choose one.' }),
  multiple: (q) => ({ facts: [], lists: [{ title: null, items: lettered(q.choices.map((c) => c.text)) }], instruction: 'Choose every one that applies.' }),
  'true-false': (q) => ({
    facts: [],
    lists: [{ title: 'Why?', items: lettered(q.reasons.map((r) => r.text)) }],
    instruction: 'True or false? Then pick the reason.',
  }),
  ordering: (q) => ({ facts: [], lists: [{ title: null, items: lettered(q.items.map((i) => i.text)) }], instruction: 'Put these in order.' }),
  matching: (q) => ({
    facts: [],
    lists: [
      { title: 'Match each', items: q.pairs.map((p, i) => ({ letter: String(i + 1), text: p.prompt })) },
      { title: 'With one of', items: lettered(q.targets.map((t) => t.text)) },
    ],
    instruction: 'Match each numbered item with a lettered one.',
  }),
  categorize: (q) => ({
    facts: [],
    lists: [
      { title: 'Items', items: q.items.map((item, i) => ({ letter: String(i + 1), text: item.text })) },
      { title: 'Categories', items: lettered(q.categories.map((c) => c.label)) },
    ],
    instruction: 'Put each numbered item in a lettered category.',
  }),
  numeric: (q) => ({ facts: [], lists: [], instruction: q.answer.unit ? `Answer in ${q.answer.unit}.` : 'Answer with a number.' }),
  scenario: (q) => ({
    facts: q.facts,
    lists: [
      { title: 'Recommend', items: lettered(q.choices.map((c) => c.text)) },
      { title: 'Because', items: lettered(q.reasons.map((r) => r.text)) },
    ],
    instruction: 'Pick a recommendation and the reason for it.',
  }),
};

/** The poll or worksheet layout of a question, options in the shown order. */
export function pollLayout(question: Question): PollLayout {
  return byType(LAYOUTS, question);
}

const letters = <T extends { id: string }>(items: T[], right: (item: T) => boolean) => items.flatMap((item, i) => (right(item) ? [letter(i)] : []));

const CORRECT_LETTERS: PerType<string[][]> = {
  single: (q) => [letters(q.choices, (c) => c.id === q.answer)],
  multiple: (q) => [letters(q.choices, (c) => q.answer.includes(c.id))],
  'true-false': (q) => [letters(q.reasons, (r) => r.id === q.answer.reason)],
  scenario: (q) => [letters(q.choices, (c) => c.id === q.answer.choice), letters(q.reasons, (r) => r.id === q.answer.reason)],
  ordering: () => [[]],
  matching: () => [[], []],
  categorize: () => [[], []],
  numeric: () => [],
};

/**
 * The right options as letters, per list of `pollLayout` (same order), for highlighting them on
 * the revealed slide; an empty list where a list has no single right pick (ordering, matching,
 * categorize: their answer is a mapping, given in words by `answerLines`). Separate from
 * `pollLayout` so nothing that shows a question before the reveal can carry the key.
 */
export function correctLetters(question: Question): string[][] {
  return byType(CORRECT_LETTERS, question);
}

const at = <T extends { id: string }>(items: T[], id: string) => items.findIndex((x) => x.id === id);

const ANSWER_LINES: PerType<string[]> = {
  single: (q) => {
    const i = at(q.choices, q.answer);
    return [`${letter(i)}. ${q.choices[i]!.text}`];
  },
  multiple: (q) => q.choices.flatMap((c, i) => (q.answer.includes(c.id) ? [`${letter(i)}. ${c.text}`] : [])),
  'true-false': (q) => {
    const i = at(q.reasons, q.answer.reason);
    return [q.answer.verdict ? 'True' : 'False', `Because ${letter(i)}. ${q.reasons[i]!.text}`];
  },
  // Authors write the items in the right order; the letters are those of the shuffled list.
  ordering: (q, authored) => authored.items.map((item, n) => `${n + 1}. ${letter(at(q.items, item.id))}. ${item.text}`),
  matching: (q) =>
    q.pairs.map((p, n) => {
      const t = at(q.targets, p.answer);
      return `${n + 1}. ${p.prompt} → ${letter(t)}. ${q.targets[t]!.text}`;
    }),
  categorize: (q) =>
    q.categories.map((c, ci) => {
      const members = q.items.flatMap((item, n) => (item.category === c.id ? [String(n + 1)] : []));
      return `${letter(ci)}. ${c.label}: ${members.length ? members.join(', ') : 'none'}`;
    }),
  numeric: (q) => {
    const { value, tolerance, unit } = q.answer;
    const amount = `${value.toLocaleString('en')}${unit ? ` ${unit}` : ''}`;
    return [tolerance > 0 ? `${amount} (± ${tolerance.toLocaleString('en')})` : amount];
  },
  scenario: (q) => {
    const c = at(q.choices, q.answer.choice);
    const r = at(q.reasons, q.answer.reason);
    return [`${letter(c)}. ${q.choices[c]!.text}`, `Because ${letter(r)}. ${q.reasons[r]!.text}`];
  },
};

/**
 * Where each numbered item of a mapping question goes, by the shown letter, for marking the
 * revealed slide in place: a matching item's target, a categorize item's category, an ordering
 * item's position (`"1"`, `"2"`, …). One entry per item of the first list of `pollLayout`, in its
 * order; `null` for the types whose answer is a pick (see `correctLetters`).
 */
export function placedLetters(question: Question): string[] | null {
  const q = shownQuestion(question);
  switch (q.type) {
    case 'matching':
      return q.pairs.map((p) => letter(at(q.targets, p.answer)));
    case 'categorize':
      return q.items.map((item) => letter(at(q.categories, item.category)));
    case 'ordering': {
      const authored = (question as typeof q).items;
      return q.items.map((item) => String(at(authored, item.id) + 1));
    }
    default:
      return null;
  }
}

/** The answer in words, one line each, referring to the shown letters, e.g. `["B. Incremental"]`. */
export function answerLines(question: Question): string[] {
  return byType(ANSWER_LINES, question);
}
