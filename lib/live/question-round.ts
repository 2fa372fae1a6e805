import * as v from 'valibot';
import { scoreQuestion } from '@/lib/quiz/registry';
import { responseSchemas } from '@/lib/quiz/responses';
import type { Question } from '@/lib/quiz/schema';
import { presentQuestion } from '@/lib/quiz/shuffle';

/**
 * A question round: what learners see before the reveal (no key, no feedback, no explanation),
 * how an answer is checked and graded (the lesson quizzes' own pure graders), and what the
 * reveal shows (the key, the explanation and the distribution).
 */

type Option = { id: string; text: string };

/** The question as learners receive it before the reveal. Options in one seeded order for the whole room. */
export type PublicQuestion =
  | { type: 'single' | 'multiple'; id: string; prompt: string; choices: Option[] }
  | { type: 'true-false'; id: string; prompt: string; reasons: Option[] }
  | { type: 'ordering'; id: string; prompt: string; items: Option[] }
  | { type: 'matching'; id: string; prompt: string; pairs: { id: string; prompt: string }[]; targets: Option[] }
  | { type: 'categorize'; id: string; prompt: string; categories: { id: string; label: string }[]; items: Option[] }
  | { type: 'numeric'; id: string; prompt: string; unit?: string }
  | { type: 'scenario'; id: string; prompt: string; facts: { label: string; value: string }[]; choices: Option[]; reasons: Option[] };

const opt = (o: Option): Option => ({ id: o.id, text: o.text });

/** The question in the room's order with everything that would give the answer away removed. */
export function publicQuestion(question: Question, seed: string): PublicQuestion {
  const q = presentQuestion(question, seed);
  const base = { id: q.id, prompt: q.prompt };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: q.type, choices: q.choices.map(opt) };
    case 'true-false':
      return { ...base, type: q.type, reasons: q.reasons.map(opt) };
    case 'ordering':
      return { ...base, type: q.type, items: q.items.map(opt) };
    case 'matching':
      return { ...base, type: q.type, pairs: q.pairs.map((p) => ({ id: p.id, prompt: p.prompt })), targets: q.targets.map(opt) };
    case 'categorize':
      return { ...base, type: q.type, categories: q.categories.map((c) => ({ id: c.id, label: c.label })), items: q.items.map(opt) };
    case 'numeric':
      return q.answer.unit ? { ...base, type: q.type, unit: q.answer.unit } : { ...base, type: q.type };
    case 'scenario':
      return { ...base, type: q.type, facts: q.facts.map((f) => ({ label: f.label, value: f.value })), choices: q.choices.map(opt), reasons: q.reasons.map(opt) };
  }
}

export type Graded = { response: unknown; earned: number; total: number };

/**
 * Checks and grades a learner's response. The shape is validated against the type's schema,
 * then the grader decides: an answer it cannot grade yet (`incomplete`) is refused with its message.
 */
export function gradeResponse(question: Question, response: unknown): { ok: true; value: Graded } | { ok: false; message: string } {
  const parsed = v.safeParse(responseSchemas[question.type], response);
  if (!parsed.success) return { ok: false, message: `This is not an answer to a ${question.type} question.` };
  const score = scoreQuestion(question, parsed.output);
  if (score.type === 'incomplete') return { ok: false, message: score.message };
  return { ok: true, value: { response: parsed.output, earned: score.earned, total: score.total } };
}

/** One bar of the reveal's chart, e.g. `{ id: "incremental", label: "Move one piece at a time", count: 12, correct: true }`. */
export type Bar = { id: string; label: string; count: number; correct: boolean };
/** Bars under one heading, e.g. `"Choices"`, or `"Why?"` for the reason of a true/false. */
type BarGroup = { title: string; bars: Bar[] };
export type Distribution = { answered: number; groups: BarGroup[] };

type Answered = { response: unknown; earned: number; total: number };

function countChoices(title: string, options: Option[], correct: string[], picks: (string | null | undefined)[][]): BarGroup {
  const counts = new Map(options.map((o) => [o.id, 0]));
  for (const ids of picks) for (const id of new Set(ids)) if (id && counts.has(id)) counts.set(id, counts.get(id)! + 1);
  return { title, bars: options.map((o) => ({ id: o.id, label: o.text, count: counts.get(o.id)!, correct: correct.includes(o.id) })) };
}

function byResult(answers: Answered[]): BarGroup {
  const right = answers.filter((a) => a.earned === a.total).length;
  const none = answers.filter((a) => a.earned === 0).length;
  return {
    title: 'Results',
    bars: [
      { id: 'right', label: 'All right', count: right, correct: true },
      { id: 'partly', label: 'Partly right', count: answers.length - right - none, correct: false },
      { id: 'wrong', label: 'Not right', count: none, correct: false },
    ],
  };
}

const field = (r: unknown, key: string): unknown => (r && typeof r === 'object' ? (r as Record<string, unknown>)[key] : undefined);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/** How the room answered, per option where a question has options, by result otherwise. */
export function distribution(question: Question, answers: Answered[]): Distribution {
  const rs = answers.map((a) => a.response);
  const groups: BarGroup[] = [];
  switch (question.type) {
    case 'single':
      groups.push(countChoices('Choices', question.choices, [question.answer], rs.map((r) => [str(field(r, 'selected'))])));
      break;
    case 'multiple':
      groups.push(countChoices('Choices', question.choices, question.answer, rs.map((r) => (Array.isArray(field(r, 'selected')) ? (field(r, 'selected') as string[]) : []))));
      break;
    case 'true-false': {
      const verdicts = [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }];
      groups.push(countChoices('Verdict', verdicts, [String(question.answer.verdict)], rs.map((r) => [typeof field(r, 'verdict') === 'boolean' ? String(field(r, 'verdict')) : null])));
      groups.push(countChoices('Why?', question.reasons, [question.answer.reason], rs.map((r) => [str(field(r, 'reason'))])));
      break;
    }
    case 'scenario':
      groups.push(countChoices('Architecture', question.choices, [question.answer.choice], rs.map((r) => [str(field(r, 'choice'))])));
      groups.push(countChoices('Why?', question.reasons, [question.answer.reason], rs.map((r) => [str(field(r, 'reason'))])));
      break;
    default:
      groups.push(byResult(answers));
  }
  return { answered: answers.length, groups };
}

/**
 * What the reveal shows everyone: the authored question with its key (an ordering question's
 * key is its authored order, so it is never sent shuffled), the explanation, and the bars in
 * the order the room saw the options.
 */
export type QuestionReveal = { question: Question; explanation: string; distribution: Distribution };

export function questionReveal(question: Question, seed: string, answers: Answered[]): QuestionReveal {
  return { question, explanation: question.explanation, distribution: distribution(presentQuestion(question, seed), answers) };
}
