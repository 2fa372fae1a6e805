import type { Question, QuestionOf, QuestionType } from './schema';

/**
 * Seeded, deterministic shuffling: the server and the browser compute the same order from the
 * same seed, so a shuffled quiz hydrates without a mismatch, and a retake (a new seed) reorders.
 */

/** FNV-1a: a string to a 32-bit seed. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast PRNG with a 32-bit state. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of a copy of `items`, decided by `seed` alone. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const next = random(hashSeed(seed));
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Like `shuffled`, but never returns the original order (when there are at least two items). */
export function shuffledAway<T>(items: readonly T[], seed: string): T[] {
  const out = shuffled(items, seed);
  if (items.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}

type Presenter<T extends QuestionType> = (question: QuestionOf<T>, seed: (part: string) => string) => QuestionOf<T>;

/** Question type → what it shuffles; a type missing here fails the type check. */
const PRESENTERS: { [T in QuestionType]: Presenter<T> } = {
  single: (q, s) => ({ ...q, choices: shuffled(q.choices, s('choices')) }),
  multiple: (q, s) => ({ ...q, choices: shuffled(q.choices, s('choices')) }),
  'true-false': (q, s) => ({ ...q, reasons: shuffled(q.reasons, s('reasons')) }),
  scenario: (q, s) => ({ ...q, choices: shuffled(q.choices, s('choices')), reasons: shuffled(q.reasons, s('reasons')) }),
  ordering: (q, s) => ({ ...q, items: shuffledAway(q.items, s('items')) }),
  matching: (q, s) => ({ ...q, targets: shuffled(q.targets, s('targets')) }),
  categorize: (q, s) => ({ ...q, items: shuffled(q.items, s('items')) }),
  numeric: (q) => q,
};

/**
 * The question as shown: options, items and targets in a seeded order. Grading always uses the
 * authored question, so order never matters to the key. Ordering items never start solved.
 */
export function presentQuestion(question: Question, seed: string): Question {
  const present = PRESENTERS[question.type] as Presenter<QuestionType>;
  return present(question as QuestionOf<QuestionType>, (part) => `${seed}:${question.id}:${part}`);
}
