import type { Partition } from '@/lib/builder/similarity';
import type { CoAssignment } from './co-assignment';

/** One merge of average-linkage clustering: two groups joined at their mean pairwise share. */
type Merge = { members: number[]; similarity: number };

type Cluster = { order: number[]; first: number };

const simOf = (m: CoAssignment, i: number, j: number) => m.share[i]![j] ?? 0;

/**
 * Average-linkage (UPGMA) agglomerative clustering on the co-assignment shares, run to one
 * group. Returns the leaf order and, for each merge, its similarity. Deterministic: ties merge
 * the pair with the lowest original indices. When two groups join, whichever of the four
 * orientations puts the most co-assigned pair of capabilities side by side at the seam wins
 * (a cheap version of optimal leaf ordering), so agreed blocks sit on the diagonal.
 * O(n³) for n capabilities: 60 take well under a millisecond.
 */
export function averageLinkage(m: CoAssignment, stopBelow = -Infinity): { clusters: number[][]; merges: Merge[] } {
  const n = m.ids.length;
  let clusters: Cluster[] = Array.from({ length: n }, (_, i) => ({ order: [i], first: i }));
  // sim[a][b] between current clusters, updated by the Lance–Williams formula for UPGMA.
  let sim: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => simOf(m, i, j)));
  const merges: Merge[] = [];
  while (clusters.length > 1) {
    let best = -Infinity;
    let pa = -1;
    let pb = -1;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const s = sim[a]![b]!;
        if (s > best + 1e-12) {
          best = s;
          pa = a;
          pb = b;
        }
      }
    }
    if (best <= stopBelow) break;
    const A = clusters[pa]!;
    const B = clusters[pb]!;
    const merged: Cluster = { order: orient(m, A.order, B.order), first: Math.min(A.first, B.first) };
    merges.push({ members: merged.order, similarity: best });
    const na = A.order.length;
    const nb = B.order.length;
    const row = clusters.map((_, c) => (na * sim[pa]![c]! + nb * sim[pb]![c]!) / (na + nb));
    const keep = clusters.map((_, c) => c).filter((c) => c !== pa && c !== pb);
    const nextSim = keep.map((r) => keep.map((c) => sim[r]![c]!));
    keep.forEach((c, k) => nextSim[k]!.push(row[c]!));
    nextSim.push([...keep.map((c) => row[c]!), 1]);
    clusters = [...keep.map((c) => clusters[c]!), merged];
    sim = nextSim;
  }
  // Groups in the order of their earliest capability, so the picture is stable across recomputes.
  const ordered = [...clusters].sort((x, y) => x.first - y.first);
  return { clusters: ordered.map((c) => c.order), merges };
}

/** Joins two leaf orders in the orientation whose seam pair is the most co-assigned. */
function orient(m: CoAssignment, a: number[], b: number[]): number[] {
  const ra = [...a].reverse();
  const rb = [...b].reverse();
  const options = [
    [a, b],
    [a, rb],
    [ra, b],
    [ra, rb],
  ] as const;
  let best: readonly [number[], number[]] = options[0];
  let bestSim = -Infinity;
  for (const [x, y] of options) {
    const s = simOf(m, x[x.length - 1]!, y[0]!);
    if (s > bestSim + 1e-12) {
      bestSim = s;
      best = [x, y];
    }
  }
  return [...best[0], ...best[1]];
}

/** The heat map's row and column order: capability ids with agreed blocks next to each other. */
export function seriate(m: CoAssignment): string[] {
  return averageLinkage(m).clusters.flat().map((i) => m.ids[i]!);
}

/**
 * The class consensus: average-linkage groups joined only while, on average, more than
 * `threshold` of the learners who placed a pair put it in one service (a strict majority by
 * default). Every capability is in exactly one group; one nobody placed stands alone.
 */
export function consensusGroups(m: CoAssignment, threshold = 0.5): string[][] {
  return averageLinkage(m, threshold).clusters.map((c) => c.map((i) => m.ids[i]!));
}

/** The mean share within a group: how firmly the class holds it together, e.g. `0.86`. 1 for a single capability. */
export function groupAgreement(m: CoAssignment, group: string[]): number {
  const index = new Map(m.ids.map((id, i) => [id, i]));
  const idx = group.map((g) => index.get(g)!).filter((i) => i !== undefined);
  let sum = 0;
  let count = 0;
  for (let a = 0; a < idx.length; a++) {
    for (let b = a + 1; b < idx.length; b++) {
      sum += simOf(m, idx[a]!, idx[b]!);
      count++;
    }
  }
  return count ? sum / count : 1;
}

/** Groups as a partition: capability id → `"group-<n>"`. */
export function groupsToPartition(groups: string[][]): Partition {
  const p: Partition = {};
  groups.forEach((g, i) => g.forEach((cap) => (p[cap] = `group-${i + 1}`)));
  return p;
}
