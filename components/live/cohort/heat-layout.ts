/**
 * The heat map's colour steps and block outlines, apart from React. Five steps of one hue
 * (`--heat-0` … `--heat-4` in cohort.css, one palette per theme): steps read more reliably than
 * a continuous ramp on a projector, and each step's text colour is chosen for contrast.
 */
export const HEAT_STEPS = [
  { from: 0, label: 'under 20%' },
  { from: 0.2, label: '20–39%' },
  { from: 0.4, label: '40–59%' },
  { from: 0.6, label: '60–79%' },
  { from: 0.8, label: '80% or more' },
] as const;

/** The colour step of a share, 0–4, e.g. `0.7` → `3`. Shares are rounded to whole percent first, as they are shown. */
export function heatStep(share: number): number {
  const shown = Math.round(share * 100) / 100;
  let step = 0;
  HEAT_STEPS.forEach((s, i) => {
    if (shown >= s.from) step = i;
  });
  return step;
}

/** Which sides of a cell lie on the outline of an agreed block, e.g. `{ top: true, left: true }`. */
export type BlockEdges = { top?: true; right?: true; bottom?: true; left?: true };

/**
 * The outline of each agreed block on the diagonal: cells whose row and column capabilities are
 * in the same group of `blockOf` (capability id → group key), for groups of two or more placed
 * next to each other in `order`. Returns the edges per cell, keyed `"row,col"` (indices in `order`).
 */
export function blockOutlines(order: string[], blockOf: Record<string, string>): Map<string, BlockEdges> {
  const size = new Map<string, number>();
  for (const id of order) {
    const b = blockOf[id];
    if (b !== undefined) size.set(b, (size.get(b) ?? 0) + 1);
  }
  const block = (i: number) => (i < 0 || i >= order.length ? undefined : blockOf[order[i]!]);
  const edges = new Map<string, BlockEdges>();
  order.forEach((rowId, r) => {
    const b = blockOf[rowId];
    if (b === undefined || (size.get(b) ?? 0) < 2) return;
    order.forEach((colId, c) => {
      if (blockOf[colId] !== b) return;
      const e: BlockEdges = {};
      if (block(r - 1) !== b) e.top = true;
      if (block(r + 1) !== b) e.bottom = true;
      if (block(c - 1) !== b) e.left = true;
      if (block(c + 1) !== b) e.right = true;
      edges.set(`${r},${c}`, e);
    });
  });
  return edges;
}
