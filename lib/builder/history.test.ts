import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, canRedo, canUndo, record, redo, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
  });

  it('drops the redo branch when a new step is recorded', () => {
    const h = record(undo(record(startHistory('a'), 'b')), 'c');
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('does not record an unchanged value as a step', () => {
    const h = startHistory({ n: 1 });
    expect(record(h, h.present)).toBe(h);
  });

  it('keeps at most the limit of past steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const h = startHistory('a');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});
