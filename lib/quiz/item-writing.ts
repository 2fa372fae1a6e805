import type { Question } from './schema';

/**
 * The item-writing check: does the form of a question give its answer away? It reduces a bank
 * to the choices a test-wise learner faces (option sets with one right option, true/false
 * verdicts, select-all sets, matching pairs and categorize items), measures the tells that
 * item-writing guides warn about (the right option is the longest, every statement is false,
 * absolute words mark the wrong options, the answer repeats the prompt's words), and scores a
 * few test-wise strategies against chance on the same items. Pure: no file access.
 */

/** One quiz's questions, e.g. `{ quizId: "real-time-ml", questions: [...] }`. */
export type BankQuiz = { quizId: string; questions: Question[] };

/** Options of which exactly one is right: single choice, scenario choices and reasons, true/false reasons. */
type OptionSet = { quizId: string; questionId: string; prompt: string; options: string[]; right: number };
/** A true/false verdict, e.g. `{ statement: "A monolith can...", verdict: false }`. */
export type Verdict = { quizId: string; questionId: string; statement: string; verdict: boolean };
/** A select-all-that-apply question: which options are right. */
type MultiSet = { quizId: string; questionId: string; options: string[]; right: boolean[] };
/** One matching pair or categorize item: its text, the targets on offer and the right one. */
type MatchItem = { quizId: string; questionId: string; text: string; targets: string[]; right: number };

type Units = { optionSets: OptionSet[]; verdicts: Verdict[]; multiSets: MultiSet[]; matchItems: MatchItem[] };

/** Words that make a claim absolute. Item-writing guides warn that they mark wrong options. */
const ABSOLUTE_WORDS = /\b(always|never|cannot|can't|impossible|guarantees?|guaranteed|every|everything|all|none|nothing|only|must|entirely|completely|forever|no one)\b/i;
export const hasAbsoluteWord = (text: string) => ABSOLUTE_WORDS.test(text);

const TRUE_OR_FALSE = /^\s*true or false\s*[:?]\s*/i;

export function unitsOf(bank: BankQuiz[]): Units {
  const units: Units = { optionSets: [], verdicts: [], multiSets: [], matchItems: [] };
  for (const { quizId, questions } of bank) {
    for (const q of questions) {
      const at = { quizId, questionId: q.id };
      const set = (prompt: string, options: { id: string; text: string }[], right: string) =>
        units.optionSets.push({ ...at, prompt, options: options.map((o) => o.text), right: options.findIndex((o) => o.id === right) });
      switch (q.type) {
        case 'single':
          set(q.prompt, q.choices, q.answer);
          break;
        case 'scenario': {
          const context = [q.prompt, ...q.facts.map((f) => `${f.label} ${f.value}`)].join(' ');
          set(context, q.choices, q.answer.choice);
          set(context, q.reasons, q.answer.reason);
          break;
        }
        case 'true-false': {
          const statement = q.prompt.replace(TRUE_OR_FALSE, '');
          units.verdicts.push({ ...at, statement, verdict: q.answer.verdict });
          set(statement, q.reasons, q.answer.reason);
          break;
        }
        case 'multiple':
          units.multiSets.push({ ...at, options: q.choices.map((c) => c.text), right: q.choices.map((c) => q.answer.includes(c.id)) });
          break;
        case 'matching':
          for (const p of q.pairs) {
            units.matchItems.push({ ...at, text: p.prompt, targets: q.targets.map((t) => t.text), right: q.targets.findIndex((t) => t.id === p.answer) });
          }
          break;
        case 'categorize':
          for (const item of q.items) {
            units.matchItems.push({ ...at, text: item.text, targets: q.categories.map((c) => c.label), right: q.categories.findIndex((c) => c.id === item.category) });
          }
          break;
        case 'ordering':
        case 'numeric':
          break;
      }
    }
  }
  return units;
}

const STOP = new Set(
  ('the a an and or of to in on for with by at from as is are be been being it its this that these those which what who ' +
    'when where why how than then so but not no do does did can could would should will may might one each your you they ' +
    'their there them has have had into over under more most less about after before between same such any true false')
    .split(' '),
);

/** Content words, lower case, with a plural or verb "s" dropped: "Services call" → ["service", "call"]. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOP.has(w)).map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)));
}

/** How many content words of `option` also occur in `prompt`. */
export function sharedWords(prompt: string, option: string): number {
  const inPrompt = contentWords(prompt);
  return [...contentWords(option)].filter((w) => inPrompt.has(w)).length;
}

/** The expected score of picking uniformly among the options whose index `pick` keeps (all when it keeps none). */
function pickAmong(count: number, right: number, keep: (i: number) => boolean): number {
  const kept = Array.from({ length: count }, (_, i) => i).filter(keep);
  const pool = kept.length ? kept : Array.from({ length: count }, (_, i) => i);
  return pool.includes(right) ? 1 / pool.length : 0;
}

/** The indices holding the highest value. */
function argmax(values: number[]): Set<number> {
  const top = Math.max(...values);
  return new Set(values.flatMap((v, i) => (v === top ? [i] : [])));
}

const lengths = (options: string[]) => options.map((o) => o.trim().length);

/** The expected score (0..1) of one test-wise move on one item. */
export const moves = {
  longest: (s: OptionSet) => {
    const top = argmax(lengths(s.options));
    return pickAmong(s.options.length, s.right, (i) => top.has(i));
  },
  avoidAbsolute: (s: OptionSet) => pickAmong(s.options.length, s.right, (i) => !hasAbsoluteWord(s.options[i]!)),
  promptWords: (s: OptionSet) => {
    const top = argmax(s.options.map((o) => sharedWords(s.prompt, o)));
    return pickAmong(s.options.length, s.right, (i) => top.has(i));
  },
  /** A statement with an absolute word is called false, any other is a coin toss. */
  absoluteIsFalse: (v: Verdict) => (hasAbsoluteWord(v.statement) ? (v.verdict ? 0 : 1) : 0.5),
  matchWords: (m: MatchItem) => {
    const top = argmax(m.targets.map((t) => sharedWords(m.text, t)));
    return pickAmong(m.targets.length, m.right, (i) => top.has(i));
  },
};

/** The course's select-all score: +1 per right option chosen, -1 per wrong one, never below 0, out of the right ones. */
export function multipleScore(right: boolean[], chosen: boolean[]): number {
  const total = right.filter(Boolean).length;
  let earned = 0;
  chosen.forEach((c, i) => {
    if (c) earned += right[i] ? 1 : -1;
  });
  return total ? Math.max(0, earned) / total : 0;
}

/** The expected select-all score of ticking a random subset of the options (every subset equally likely). */
export function multipleChance(right: boolean[]): number {
  const n = right.length;
  let sum = 0;
  for (let mask = 0; mask < 1 << n; mask++) sum += multipleScore(right, right.map((_, i) => (mask & (1 << i)) !== 0));
  return sum / (1 << n);
}

/** A strategy's mean score and the chance score on the same items, both 0..1, and how many items it was tried on. */
export type StrategyFigure = {
  id: StrategyId;
  label: string;
  items: number;
  score: number;
  chance: number;
  /**
   * The opposite move (pick the shortest, prefer absolute words, avoid the prompt's words) when
   * the strategy falls far below chance, e.g. `"Pick the shortest option"`: an author who
   * over-corrects gives the answer away too.
   */
  opposite?: string;
};
export type StrategyId = 'always-false' | 'longest' | 'false-and-longest' | 'avoid-absolute' | 'prompt-words' | 'match-words' | 'select-all';

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const setChance = (s: OptionSet) => 1 / s.options.length;

function strategy(id: StrategyId, label: string, scored: { score: number; chance: number }[], opposite?: string): StrategyFigure {
  const figure: StrategyFigure = { id, label, items: scored.length, score: mean(scored.map((s) => s.score)), chance: mean(scored.map((s) => s.chance)) };
  return opposite ? { ...figure, opposite } : figure;
}

/** The item-writing figures of a bank or of one quiz. Rates are 0..1; `null` where there is nothing to measure. */
export type ItemWritingReport = {
  optionSets: number;
  verdicts: number;
  /** Share of true/false statements that are true. */
  trueShare: number | null;
  /** Share of option sets whose right option is strictly the longest. */
  rightLongest: number | null;
  /** Share of right options (in option sets) with an absolute word, and of wrong ones. */
  absoluteInRight: number | null;
  absoluteInWrong: number | null;
  /** Share of the options of select-all questions that are right. */
  multipleRightShare: number | null;
  strategies: StrategyFigure[];
};

function reportOn(units: Units): ItemWritingReport {
  const { optionSets, verdicts, multiSets, matchItems } = units;
  const rightOpts = optionSets.map((s) => s.options[s.right] ?? '');
  const wrongOpts = optionSets.flatMap((s) => s.options.filter((_, i) => i !== s.right));
  const share = <T>(xs: T[], test: (x: T) => boolean) => (xs.length ? xs.filter(test).length / xs.length : null);
  const sets = (move: (s: OptionSet) => number) => optionSets.map((s) => ({ score: move(s), chance: setChance(s) }));
  const onVerdicts = (move: (v: Verdict) => number) => verdicts.map((v) => ({ score: move(v), chance: 0.5 }));
  const alwaysFalse = onVerdicts((v) => (v.verdict ? 0 : 1));
  return {
    optionSets: optionSets.length,
    verdicts: verdicts.length,
    trueShare: share(verdicts, (v) => v.verdict),
    rightLongest: share(optionSets, (s) => {
      const ls = lengths(s.options);
      return ls.every((l, i) => i === s.right || l < ls[s.right]!);
    }),
    absoluteInRight: share(rightOpts, hasAbsoluteWord),
    absoluteInWrong: share(wrongOpts, hasAbsoluteWord),
    multipleRightShare: share(multiSets.flatMap((m) => m.right), Boolean),
    strategies: [
      strategy('always-false', 'Always "false" on true/false', alwaysFalse),
      strategy('longest', 'Pick the longest option', sets(moves.longest), 'Pick the shortest option'),
      strategy('false-and-longest', 'Both: "false" and the longest', [...alwaysFalse, ...sets(moves.longest)]),
      strategy('avoid-absolute', 'Avoid absolute words ("always"…)', [...sets(moves.avoidAbsolute), ...onVerdicts(moves.absoluteIsFalse)], 'Prefer absolute words'),
      strategy('prompt-words', 'Pick the option echoing the prompt', sets(moves.promptWords), "Avoid the prompt's words"),
      strategy('match-words', 'Match and sort by shared words', matchItems.map((m) => ({ score: moves.matchWords(m), chance: 1 / m.targets.length }))),
      strategy('select-all', 'Tick every select-all option', multiSets.map((m) => ({ score: multipleScore(m.right, m.right.map(() => true)), chance: multipleChance(m.right) }))),
    ],
  };
}

export const itemWritingReport = (bank: BankQuiz[]) => reportOn(unitsOf(bank));
