import type { Certainty } from './progress';
import { isCorrect, type Score } from './score';

/**
 * One pass through a quiz, as a pure reducer: the `Quiz` component dispatches, this decides.
 * Questions are addressed by key (`<quiz-id>/<question-id>`), so a practice run can mix quizzes.
 */

/** The learner's state on one question in this pass. */
export type Entry = {
  response: unknown;
  certainty: Certainty | null;
  /** The last check; `null` before checking and after "Try again". */
  score: Score | null;
  /** How many hints are revealed. */
  hints: number;
};

export type RunState = {
  /** Every question of the quiz. */
  all: string[];
  /** The questions in this pass: all of them, or the ones missed last time. */
  keys: string[];
  index: number;
  /** 0 for the first pass, +1 per retake; seeds the option order. */
  round: number;
  entries: Record<string, Entry>;
  view: 'question' | 'summary';
};

export type RunAction =
  | { type: 'respond'; key: string; response: unknown }
  | { type: 'certainty'; key: string; certainty: Certainty | null }
  | { type: 'hint'; key: string }
  | { type: 'check'; key: string; score: Score }
  | { type: 'try-again'; key: string }
  | { type: 'go'; index: number }
  | { type: 'summary' }
  | { type: 'retake'; only: 'all' | 'missed' }
  | { type: 'restore'; entries: Record<string, Pick<Entry, 'response' | 'certainty' | 'score'>> };

const blank = (): Entry => ({ response: null, certainty: null, score: null, hints: 0 });

export function startRun(keys: string[]): RunState {
  return { all: keys, keys, index: 0, round: 0, entries: Object.fromEntries(keys.map((k) => [k, blank()])), view: 'question' };
}

const isGraded = (e: Entry | undefined) => e?.score?.type === 'graded';

/** Every question of the pass has been checked and graded. */
export const runFinished = (state: RunState) => state.keys.every((k) => isGraded(state.entries[k]));

/** Keys of this pass not fully right. */
export const missedKeys = (state: RunState) => state.keys.filter((k) => !isCorrect(state.entries[k]?.score));

function patch(state: RunState, key: string, change: Partial<Entry>): RunState {
  const entry = state.entries[key];
  if (!entry) return state;
  return { ...state, entries: { ...state.entries, [key]: { ...entry, ...change } } };
}

export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'respond':
      // A graded answer is locked until "Try again"; an incomplete one is edited freely.
      if (isGraded(state.entries[action.key])) return state;
      return patch(state, action.key, { response: action.response, score: null });
    case 'certainty':
      if (isGraded(state.entries[action.key])) return state;
      return patch(state, action.key, { certainty: action.certainty });
    case 'hint':
      return patch(state, action.key, { hints: (state.entries[action.key]?.hints ?? 0) + 1 });
    case 'check':
      return patch(state, action.key, { score: action.score });
    case 'try-again':
      return patch(state, action.key, { score: null });
    case 'go':
      return { ...state, view: 'question', index: Math.max(0, Math.min(state.keys.length - 1, action.index)) };
    case 'summary':
      return runFinished(state) ? { ...state, view: 'summary' } : state;
    case 'retake': {
      const keys = action.only === 'missed' && missedKeys(state).length > 0 ? missedKeys(state) : state.all;
      const entries = { ...state.entries };
      for (const k of keys) entries[k] = blank();
      return { ...state, keys, entries, index: 0, round: state.round + 1, view: 'question' };
    }
    case 'restore': {
      const entries = { ...state.entries };
      for (const [k, saved] of Object.entries(action.entries)) {
        const current = entries[k];
        if (current && current.response === null && current.score === null) entries[k] = { ...current, ...saved };
      }
      const next = { ...state, entries };
      const open = next.keys.findIndex((k) => !isGraded(entries[k]));
      return open === -1 ? { ...next, view: 'summary' } : { ...next, index: open };
    }
  }
}
