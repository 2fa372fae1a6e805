import { scoreQuestion } from '@/lib/quiz/registry';
import type { Question } from '@/lib/quiz/schema';

/**
 * Classical item analysis of one live session: per question the answer distribution, the share
 * right (facility) and how well it separated the stronger learners from the weaker ones
 * (discrimination), with flags that point at the question rather than at the learners.
 */

/** One option a learner could pick, e.g. `{ key: "choice:monolith", label: "A monolith", correct: true }`. */
type OptionCount = { key: string; label: string; correct: boolean; count: number };

/** Something about a question worth a second look. */
type ItemFlag =
  | { kind: 'most-wrong'; message: string }
  | { kind: 'unchosen-distractor'; option: string; message: string }
  | { kind: 'negative-discrimination'; message: string };

export type ItemStats = {
  /** `"<quiz-id>/<question-id>"` or the round's own id. */
  id: string;
  prompt: string;
  /** Learners whose answer was graded, e.g. `24`. */
  answered: number;
  /** Share fully right, 0–1, e.g. `0.75`; `null` when nobody answered. */
  facility: number | null;
  /** Point-biserial correlation of being right with the rest of the session score, −1…1; `null` when it cannot be told (fewer than 3 answers, or everyone alike). */
  discrimination: number | null;
  /** Right, partly right and wrong answers. */
  outcomes: { right: number; partial: number; wrong: number };
  /** For questions with options (single, multiple, true-false, scenario): how often each was picked. */
  options: OptionCount[];
  flags: ItemFlag[];
};

/** A question of the session and every learner's final answer to it. */
export type ItemInput = { id: string; question: Question; answers: { participant: string; response: unknown }[] };

/** Below this many answers, no flag is raised: two learners say little about a question. */
const MIN_FOR_FLAGS = 5;

function optionsOf(q: Question): Omit<OptionCount, 'count'>[] {
  switch (q.type) {
    case 'single':
      return q.choices.map((c) => ({ key: `choice:${c.id}`, label: c.text, correct: c.id === q.answer }));
    case 'multiple':
      return q.choices.map((c) => ({ key: `choice:${c.id}`, label: c.text, correct: q.answer.includes(c.id) }));
    case 'true-false':
      return [
        { key: 'verdict:true', label: 'True', correct: q.answer.verdict },
        { key: 'verdict:false', label: 'False', correct: !q.answer.verdict },
        ...q.reasons.map((r) => ({ key: `reason:${r.id}`, label: r.text, correct: r.id === q.answer.reason })),
      ];
    case 'scenario':
      return [
        ...q.choices.map((c) => ({ key: `choice:${c.id}`, label: c.text, correct: c.id === q.answer.choice })),
        ...q.reasons.map((r) => ({ key: `reason:${r.id}`, label: r.text, correct: r.id === q.answer.reason })),
      ];
    default:
      return [];
  }
}

/** The option keys a response picked, matching `optionsOf`. Unknown shapes pick nothing. */
export function chosenKeys(q: Question, response: unknown): string[] {
  if (!response || typeof response !== 'object') return [];
  const r = response as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? [x] : []);
  switch (q.type) {
    case 'single':
      return str(r.selected).map((s) => `choice:${s}`);
    case 'multiple':
      return Array.isArray(r.selected) ? r.selected.filter((s) => typeof s === 'string').map((s) => `choice:${s}`) : [];
    case 'true-false':
      return [...(typeof r.verdict === 'boolean' ? [`verdict:${r.verdict}`] : []), ...str(r.reason).map((s) => `reason:${s}`)];
    case 'scenario':
      return [...str(r.choice).map((s) => `choice:${s}`), ...str(r.reason).map((s) => `reason:${s}`)];
    default:
      return [];
  }
}

/** Pearson correlation; `null` when either side has no variance or fewer than 3 pairs. */
export function correlation(x: number[], y: number[]): number | null {
  const n = x.length;
  if (n < 3 || y.length !== n) return null;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Analyses every question of a session. A learner's session total is the sum of their score
 * fractions; discrimination correlates being right on a question with the total of the *other*
 * questions (the corrected item–total correlation), so a question is not credited for agreeing
 * with itself, which in a five-question session would inflate every value.
 */
export function analyseItems(items: ItemInput[]): ItemStats[] {
  const graded = items.map((item) =>
    item.answers.flatMap(({ participant, response }) => {
      const score = scoreQuestion(item.question, response);
      return score.type === 'graded' && score.total > 0 ? [{ participant, response, fraction: score.earned / score.total }] : [];
    }),
  );
  const totals = new Map<string, number>();
  for (const list of graded) for (const g of list) totals.set(g.participant, (totals.get(g.participant) ?? 0) + g.fraction);
  return items.map((item, k) => {
    const list = graded[k]!;
    const right = list.filter((g) => g.fraction === 1).length;
    const wrong = list.filter((g) => g.fraction === 0).length;
    const facility = list.length ? right / list.length : null;
    const discrimination = correlation(
      list.map((g) => (g.fraction === 1 ? 1 : 0)),
      list.map((g) => totals.get(g.participant)! - g.fraction),
    );
    const options = optionsOf(item.question).map((o) => ({ ...o, count: 0 }));
    const byKey = new Map(options.map((o) => [o.key, o]));
    for (const g of list) {
      for (const key of new Set(chosenKeys(item.question, g.response))) {
        const option = byKey.get(key);
        if (option) option.count++;
      }
    }
    const flags: ItemFlag[] = [];
    if (list.length >= MIN_FOR_FLAGS) {
      if (facility !== null && facility < 0.5) {
        flags.push({ kind: 'most-wrong', message: `Only ${pct(facility)} got this right: check the wording, the key and whether it was taught before blaming the class.` });
      }
      for (const o of options) {
        if (!o.correct && o.count === 0 && !o.key.startsWith('verdict:')) {
          flags.push({ kind: 'unchosen-distractor', option: o.key, message: `Nobody chose "${o.label}": it distracts no one, so it adds nothing; replace it with a mistake learners really make.` });
        }
      }
      if (discrimination !== null && discrimination < 0) {
        flags.push({ kind: 'negative-discrimination', message: `Learners who did well on the rest of the session got this wrong more often (r = ${discrimination.toFixed(2)}): the key or the wording may mislead.` });
      }
    }
    return {
      id: item.id,
      prompt: item.question.prompt,
      answered: list.length,
      facility,
      discrimination: discrimination === null ? null : Math.round(discrimination * 100) / 100,
      outcomes: { right, partial: list.length - right - wrong, wrong },
      options,
      flags,
    };
  });
}
