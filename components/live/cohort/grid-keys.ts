/** A cell of a square grid, as `[row, column]`, e.g. `[2, 5]`. */
export type Cell = readonly [number, number];

/**
 * Where a key moves the focus in an n×n grid (the heat map's roving focus): arrows one cell,
 * stopping at the edges; Home and End to the first and last cell of the row; with Ctrl (or ⌘),
 * to the first and last cell of the grid; Page Up and Page Down to the top and bottom of the
 * column. `null` for any other key, so the browser keeps it.
 */
export function moveInGrid([row, col]: Cell, key: string, n: number, ctrl = false): Cell | null {
  const last = n - 1;
  const clamp = (x: number) => Math.max(0, Math.min(last, x));
  switch (key) {
    case 'ArrowRight':
      return [row, clamp(col + 1)];
    case 'ArrowLeft':
      return [row, clamp(col - 1)];
    case 'ArrowDown':
      return [clamp(row + 1), col];
    case 'ArrowUp':
      return [clamp(row - 1), col];
    case 'Home':
      return ctrl ? [0, 0] : [row, 0];
    case 'End':
      return ctrl ? [last, last] : [row, last];
    case 'PageUp':
      return [0, col];
    case 'PageDown':
      return [last, col];
    default:
      return null;
  }
}
