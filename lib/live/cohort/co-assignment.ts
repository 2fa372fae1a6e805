import type { Partition } from '@/lib/builder/similarity';

/**
 * How often the class put two capabilities in the same service. Built from the submitted cuts,
 * each a partition (capability id → that learner's service key); a capability a learner left in
 * the palette is absent from their partition and does not count for or against any pair.
 */
export type CoAssignment = {
  /** Capability ids; rows and columns of every matrix below follow this order, e.g. `["cart", "checkout"]`. */
  ids: string[];
  /** Submissions counted, e.g. `30`. */
  submissions: number;
  /** `together[i][j]`: submissions that put `ids[i]` and `ids[j]` in one service. */
  together: number[][];
  /** `both[i][j]`: submissions that placed both `ids[i]` and `ids[j]` (the diagonal: placed `ids[i]`). */
  both: number[][];
  /** `together / both`, e.g. `0.8`; `null` when no submission placed both. The diagonal is 1 when placed. */
  share: (number | null)[][];
};

const square = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(0));

/**
 * Counts co-assignment over `cuts` for the capabilities `ids`. About 300 cuts of 60 capabilities
 * take a few milliseconds: each cut costs the pairs of its placed capabilities.
 */
export function coAssignment(ids: string[], cuts: Partition[]): CoAssignment {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const together = square(n);
  const both = square(n);
  for (const cut of cuts) {
    const placed: number[] = [];
    const service: string[] = [];
    for (const [cap, svc] of Object.entries(cut)) {
      const i = index.get(cap);
      if (i === undefined) continue;
      placed.push(i);
      service.push(svc);
    }
    for (let a = 0; a < placed.length; a++) {
      const i = placed[a]!;
      both[i]![i]!++;
      together[i]![i]!++;
      for (let b = a + 1; b < placed.length; b++) {
        const j = placed[b]!;
        both[i]![j]!++;
        both[j]![i]!++;
        if (service[a] === service[b]) {
          together[i]![j]!++;
          together[j]![i]!++;
        }
      }
    }
  }
  const share = together.map((row, i) => row.map((t, j) => (both[i]![j]! ? t / both[i]![j]! : null)));
  return { ids, submissions: cuts.length, together, both, share };
}

/**
 * The pairs the class is most split on: shares nearest one half, each placed by at least
 * `minPlaced` submissions, at most `limit`. What an instructor asks the room about first.
 */
export function splitPairs(m: CoAssignment, limit = 5, minPlaced = 2): { a: string; b: string; share: number }[] {
  const pairs: { a: string; b: string; share: number }[] = [];
  for (let i = 0; i < m.ids.length; i++) {
    for (let j = i + 1; j < m.ids.length; j++) {
      const s = m.share[i]![j];
      if (s === null || s === undefined || m.both[i]![j]! < minPlaced) continue;
      if (s > 0.2 && s < 0.8) pairs.push({ a: m.ids[i]!, b: m.ids[j]!, share: s });
    }
  }
  return pairs.sort((x, y) => Math.abs(x.share - 0.5) - Math.abs(y.share - 0.5)).slice(0, limit);
}
