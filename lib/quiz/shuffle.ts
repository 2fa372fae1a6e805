import type { Question } from './schema';

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

/**
 * The question as shown: options, items and targets in a seeded order. Grading always uses the
 * authored question, so order never matters to the key. Ordering items never start solved.
 */
export function presentQuestion(question: Question, seed: string): Question {
  const s = (part: string) => `${seed}:${question.id}:${part}`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...question, choices: shuffled(question.choices, s('choices')) };
    case 'true-false':
      return { ...question, reasons: shuffled(question.reasons, s('reasons')) };
    case 'scenario':
      return { ...question, choices: shuffled(question.choices, s('choices')), reasons: shuffled(question.reasons, s('reasons')) };
    case 'ordering':
      return { ...question, items: shuffledAway(question.items, s('items')) };
    case 'matching':
      return { ...question, targets: shuffled(question.targets, s('targets')) };
    case 'categorize':
      return { ...question, items: shuffled(question.items, s('items')) };
    case 'numeric':
      return question;
  }
}
