import { z } from 'zod';

/**
 * The quiz file format (`content/quizzes/<quiz-id>.yaml`), one discriminated union on `type`.
 * Each question type has two named shapes: `XQuestion` (what the learner sees, with its key in
 * `answer`, or in its items for ordering, matching and categorize) and `XResponse` (what the
 * learner entered, in `responses.ts`).
 * Cross-field rules (the key points at real options, ids are unique, every wrong option says
 * which misconception it shows) are checked here, so a malformed quiz fails the build.
 */

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A kebab-case id, e.g. `"big-bang-risk"`. */
const id = z.string().regex(KEBAB, 'must be a kebab-case id, e.g. "big-bang-risk"');
const text = z.string().trim().min(1, 'must not be empty');

/** An option the learner can pick. `feedback` names the misconception picking it (wrongly) shows. */
const choiceSchema = z.strictObject({
  /** e.g. `"all-at-once"` */
  id,
  /** e.g. `"Build every service at once, then switch users over"` */
  text,
  /** e.g. `"Building everything first is the big bang, the riskier path."` */
  feedback: text.optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

const base = {
  /** Unique within the quiz, e.g. `"big-bang-risk"`. */
  id,
  /** The question as the learner reads it. */
  prompt: text,
  /** Why the answer is right; shown after every check. */
  explanation: z.string().trim().min(10, 'must explain the answer in at least a sentence'),
  /** Optional nudges the learner may reveal before checking, e.g. `["Think about what must exist on day one."]` */
  hints: z.array(text).max(3).optional(),
  /** The lesson section that teaches this, `"<lesson-slug>#<heading-id>"`, e.g. `"migration-strategies#the-big-bang"`. */
  section: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must be "<lesson-slug>#<heading-id>", e.g. "migration-strategies#the-big-bang"'),
};

type Ctx = z.RefinementCtx;

function uniqueIds(items: { id: string }[], where: string, ctx: Ctx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [where, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

function keyIn(key: string, items: { id: string }[], path: (string | number)[], ctx: Ctx, what = 'options') {
  if (!items.some((c) => c.id === key)) {
    ctx.addIssue({ code: 'custom', path, message: `"${key}" is not among the ${what} (${items.map((c) => c.id).join(', ')})` });
  }
}

/** Every option that is not the key must say which misconception choosing it shows. */
function wrongOptionsExplained(choices: Choice[], correct: string[], where: string, ctx: Ctx) {
  choices.forEach((c, i) => {
    if (!correct.includes(c.id) && !c.feedback) {
      ctx.addIssue({ code: 'custom', path: [where, i, 'feedback'], message: `wrong option "${c.id}" needs feedback naming the misconception` });
    }
  });
}

const choices = (min: number) => z.array(choiceSchema).min(min).max(8);

const singleQuestionSchema = z
  .strictObject({ ...base, type: z.literal('single'), choices: choices(2), /** The id of the one right choice, e.g. `"incremental"`. */ answer: id })
  .superRefine((q, ctx) => {
    uniqueIds(q.choices, 'choices', ctx);
    keyIn(q.answer, q.choices, ['answer'], ctx);
    wrongOptionsExplained(q.choices, [q.answer], 'choices', ctx);
  });
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;

const multipleQuestionSchema = z
  .strictObject({
    ...base,
    type: z.literal('multiple'),
    choices: choices(3),
    /** The ids of every right choice, e.g. `["own-data", "own-deploy"]`. */
    answer: z.array(id).min(1),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.choices, 'choices', ctx);
    q.answer.forEach((a, i) => keyIn(a, q.choices, ['answer', i], ctx));
    if (new Set(q.answer).size !== q.answer.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'lists a choice twice' });
    if (q.answer.length >= q.choices.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'at least one choice must be wrong' });
    wrongOptionsExplained(q.choices, q.answer, 'choices', ctx);
  });
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;

const trueFalseQuestionSchema = z
  .strictObject({
    ...base,
    type: z.literal('true-false'),
    /** Whether the statement holds, and the id of the reason that says why, e.g. `{ verdict: false, reason: "scale-whole" }`. */
    answer: z.strictObject({ verdict: z.boolean(), reason: id }),
    /** The misconception behind the wrong verdict, e.g. `"Scaling a monolith means copying all of it."` */
    verdictFeedback: text,
    /** Candidate reasons; exactly one is `answer.reason`. */
    reasons: choices(2),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.reasons, 'reasons', ctx);
    keyIn(q.answer.reason, q.reasons, ['answer', 'reason'], ctx, 'reasons');
    wrongOptionsExplained(q.reasons, [q.answer.reason], 'reasons', ctx);
  });
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;

const orderItem = z.strictObject({ id, text, /** Shown when this item ends up in the wrong place. */ feedback: text.optional() });

const orderingQuestionSchema = z
  .strictObject({ ...base, type: z.literal('ordering'), /** In the right order: that order is the key. */ items: z.array(orderItem).min(3).max(8) })
  .superRefine((q, ctx) => uniqueIds(q.items, 'items', ctx));
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;

const target = z.strictObject({ id, text });
const pair = z.strictObject({
  /** e.g. `"jaeger"` */
  id,
  /** The left-hand side, e.g. `"Jaeger"`. */
  prompt: text,
  /** The id of the target it matches, e.g. `"tracing"`. */
  answer: id,
  /** Shown when this pair is matched wrongly. */
  feedback: text.optional(),
});

const matchingQuestionSchema = z
  .strictObject({ ...base, type: z.literal('matching'), pairs: z.array(pair).min(2).max(8), targets: z.array(target).min(2).max(10) })
  .superRefine((q, ctx) => {
    uniqueIds(q.pairs, 'pairs', ctx);
    uniqueIds(q.targets, 'targets', ctx);
    q.pairs.forEach((p, i) => keyIn(p.answer, q.targets, ['pairs', i, 'answer'], ctx, 'targets'));
  });
export type MatchingQuestion = z.infer<typeof matchingQuestionSchema>;

const category = z.strictObject({ id, label: text });
const sortable = z.strictObject({
  id,
  text,
  /** The id of the category it belongs in, e.g. `"micro"`. */
  category: id,
  /** Shown when this item is put in the wrong category. */
  feedback: text.optional(),
});

const categorizeQuestionSchema = z
  .strictObject({ ...base, type: z.literal('categorize'), categories: z.array(category).min(2).max(4), items: z.array(sortable).min(3).max(10) })
  .superRefine((q, ctx) => {
    uniqueIds(q.categories, 'categories', ctx);
    uniqueIds(q.items, 'items', ctx);
    q.items.forEach((item, i) => keyIn(item.category, q.categories, ['items', i, 'category'], ctx, 'categories'));
  });
export type CategorizeQuestion = z.infer<typeof categorizeQuestionSchema>;

const mistake = z.strictObject({
  /** A value learners reach by a known wrong route, e.g. `2` (hours instead of minutes). */
  value: z.number(),
  tolerance: z.number().nonnegative().default(0),
  /** The misconception that produces it. */
  feedback: text,
});
const numericQuestionSchema = z
  .strictObject({
    ...base,
    type: z.literal('numeric'),
    /** The right value, how far off still counts, and its unit, e.g. `{ value: 100, tolerance: 0, unit: "minutes" }`. */
    answer: z.strictObject({ value: z.number(), tolerance: z.number().nonnegative().default(0), unit: text.optional() }),
    /** Anticipated wrong answers with the misconception behind each. */
    mistakes: z.array(mistake).max(6).default([]),
  })
  .superRefine((q, ctx) => {
    q.mistakes.forEach((m, i) => {
      if (Math.abs(m.value - q.answer.value) <= q.answer.tolerance) {
        ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'value'], message: `${m.value} would be graded correct, so it cannot be a mistake` });
      }
    });
  });
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;

const fact = z.strictObject({ /** e.g. `"Team"` */ label: text, /** e.g. `"6 engineers, no DevOps specialist"` */ value: text });

const scenarioQuestionSchema = z
  .strictObject({
    ...base,
    type: z.literal('scenario'),
    /** The case, as labelled facts: team size, scaling needs, DevOps capacity… */
    facts: z.array(fact).min(2).max(8),
    /** Candidate architectures. */
    choices: choices(2),
    /** Candidate reasons for the recommendation. */
    reasons: choices(2),
    /** The architecture the decision framework recommends and the reason why, e.g. `{ choice: "monolith", reason: "team-size" }`. */
    answer: z.strictObject({ choice: id, reason: id }),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.choices, 'choices', ctx);
    uniqueIds(q.reasons, 'reasons', ctx);
    keyIn(q.answer.choice, q.choices, ['answer', 'choice'], ctx);
    keyIn(q.answer.reason, q.reasons, ['answer', 'reason'], ctx, 'reasons');
    wrongOptionsExplained(q.choices, [q.answer.choice], 'choices', ctx);
    wrongOptionsExplained(q.reasons, [q.answer.reason], 'reasons', ctx);
  });
export type ScenarioQuestion = z.infer<typeof scenarioQuestionSchema>;

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  categorizeQuestionSchema,
  numericQuestionSchema,
  scenarioQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** One quiz file. */
export const quizFileSchema = z
  .strictObject({
    /** Shown after "Quiz:", e.g. `"Check your understanding"`. Defaults by kind of quiz. */
    title: text.optional(),
    questions: z.array(questionSchema).min(1).max(20),
  })
  .superRefine((quiz, ctx) => uniqueIds(quiz.questions, 'questions', ctx));
export type QuizFile = z.infer<typeof quizFileSchema>;
