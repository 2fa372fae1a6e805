import { describe, expect, it } from 'vitest';
import { missedKeys, runFinished, runReducer, startRun, type RunAction, type RunState } from './run';
import { graded, incomplete } from './score';

const play = (state: RunState, ...actions: RunAction[]) => actions.reduce(runReducer, state);
const right = graded(1, 1);
const wrong = graded(0, 1, ['misconception']);

describe('runReducer', () => {
  it('locks a graded answer until "Try again", then keeps the response to edit', () => {
    let s = play(startRun(['q/a']), { type: 'respond', key: 'q/a', response: 'x' }, { type: 'check', key: 'q/a', score: wrong });
    s = runReducer(s, { type: 'respond', key: 'q/a', response: 'y' });
    expect(s.entries['q/a']).toMatchObject({ response: 'x', score: wrong });
    s = play(s, { type: 'try-again', key: 'q/a' }, { type: 'respond', key: 'q/a', response: 'y' });
    expect(s.entries['q/a']).toMatchObject({ response: 'y', score: null });
  });

  it('lets an incomplete answer be edited and clears its message', () => {
    const s = play(startRun(['q/a']), { type: 'check', key: 'q/a', score: incomplete('Choose') }, { type: 'respond', key: 'q/a', response: 'x' });
    expect(s.entries['q/a']!.score).toBeNull();
  });

  it('shows the summary only when every question is graded', () => {
    let s = play(startRun(['q/a', 'q/b']), { type: 'check', key: 'q/a', score: right }, { type: 'summary' });
    expect(s.view).toBe('question');
    s = play(s, { type: 'check', key: 'q/b', score: wrong }, { type: 'summary' });
    expect(runFinished(s)).toBe(true);
    expect(s.view).toBe('summary');
  });

  it('retakes only the missed questions, with a new round for a new option order', () => {
    let s = play(startRun(['q/a', 'q/b']), { type: 'check', key: 'q/a', score: right }, { type: 'check', key: 'q/b', score: wrong }, { type: 'summary' });
    expect(missedKeys(s)).toEqual(['q/b']);
    s = runReducer(s, { type: 'retake', only: 'missed' });
    expect(s).toMatchObject({ keys: ['q/b'], index: 0, round: 1, view: 'question' });
    expect(s.entries['q/b']!.score).toBeNull();
    expect(s.entries['q/a']!.score).toEqual(right);
  });

  it('retakes everything even after a perfect score', () => {
    let s = play(startRun(['q/a']), { type: 'check', key: 'q/a', score: right }, { type: 'summary' });
    s = runReducer(s, { type: 'retake', only: 'missed' });
    expect(s).toMatchObject({ keys: ['q/a'], round: 1, view: 'question' });
    expect(s.entries['q/a']!.score).toBeNull();
  });

  it('keeps the index within the questions', () => {
    const s = startRun(['q/a', 'q/b']);
    expect(runReducer(s, { type: 'go', index: 9 }).index).toBe(1);
    expect(runReducer(s, { type: 'go', index: -1 }).index).toBe(0);
  });

  it('restores saved answers, opens the first unanswered question, and does not overwrite fresh input', () => {
    let s = runReducer(startRun(['q/a', 'q/b', 'q/c']), { type: 'respond', key: 'q/b', response: 'typed' });
    s = runReducer(s, {
      type: 'restore',
      entries: { 'q/a': { response: 'saved', certainty: 'high', score: right }, 'q/b': { response: 'old', certainty: null, score: wrong } },
    });
    expect(s.entries['q/a']).toMatchObject({ response: 'saved', certainty: 'high', score: right });
    expect(s.entries['q/b']).toMatchObject({ response: 'typed', score: null });
    expect(s.index).toBe(1);
  });

  it('opens the summary when every saved answer is graded', () => {
    const s = runReducer(startRun(['q/a']), { type: 'restore', entries: { 'q/a': { response: 'x', certainty: null, score: right } } });
    expect(s.view).toBe('summary');
  });
});
