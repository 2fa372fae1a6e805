import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys';

describe('moveInGrid', () => {
  it('moves one cell with the arrow keys', () => {
    expect(moveInGrid([2, 2], 'ArrowRight', 5)).toEqual([2, 3]);
    expect(moveInGrid([2, 2], 'ArrowLeft', 5)).toEqual([2, 1]);
    expect(moveInGrid([2, 2], 'ArrowDown', 5)).toEqual([3, 2]);
    expect(moveInGrid([2, 2], 'ArrowUp', 5)).toEqual([1, 2]);
  });

  it('stops at the edges instead of wrapping', () => {
    expect(moveInGrid([0, 4], 'ArrowRight', 5)).toEqual([0, 4]);
    expect(moveInGrid([0, 0], 'ArrowUp', 5)).toEqual([0, 0]);
    expect(moveInGrid([4, 0], 'ArrowLeft', 5)).toEqual([4, 0]);
    expect(moveInGrid([4, 0], 'ArrowDown', 5)).toEqual([4, 0]);
  });

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    expect(moveInGrid([3, 2], 'Home', 5)).toEqual([3, 0]);
    expect(moveInGrid([3, 2], 'End', 5)).toEqual([3, 4]);
    expect(moveInGrid([3, 2], 'Home', 5, true)).toEqual([0, 0]);
    expect(moveInGrid([3, 2], 'End', 5, true)).toEqual([4, 4]);
  });

  it('goes to the top and bottom of the column with Page Up and Page Down', () => {
    expect(moveInGrid([3, 2], 'PageUp', 5)).toEqual([0, 2]);
    expect(moveInGrid([1, 2], 'PageDown', 5)).toEqual([4, 2]);
  });

  it('leaves other keys to the browser', () => {
    expect(moveInGrid([1, 1], 'Tab', 5)).toBeNull();
    expect(moveInGrid([1, 1], 'a', 5)).toBeNull();
  });
});
