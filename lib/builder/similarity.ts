/**
 * How close two cuts of the same capabilities are. A partition maps each element (a capability
 * id) to the key of its cluster (a service id or name), e.g. `{ cart: "shop", pricing: "shop" }`.
 * Only elements present in both partitions are compared.
 */
export type Partition = Record<string, string>;

/** The clusters of a partition restricted to `elements`, as arrays of elements. */
function clustersOf(p: Partition, elements: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of elements) {
    const key = p[e]!;
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  return out;
}

function common(a: Partition, b: Partition): string[] {
  return Object.keys(a)
    .filter((e) => e in b)
    .sort();
}

/** Kuhn's augmenting-path maximum matching; `edges[i]` lists the right vertices left vertex `i` may take. */
function maxMatching(edges: number[][], rightCount: number): number[] {
  const matchRight = new Array<number>(rightCount).fill(-1);
  const tryAugment = (left: number, seen: boolean[]): boolean => {
    for (const right of edges[left]!) {
      if (seen[right]) continue;
      seen[right] = true;
      if (matchRight[right] === -1 || tryAugment(matchRight[right]!, seen)) {
        matchRight[right] = left;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, left) => tryAugment(left, new Array<boolean>(rightCount).fill(false)));
  const matchLeft = new Array<number>(edges.length).fill(-1);
  matchRight.forEach((left, right) => {
    if (left !== -1) matchLeft[left] = right;
  });
  return matchLeft;
}

/**
 * MoJo distance mno(A, B): the fewest Move (one element to another cluster) and Join (merge two
 * clusters) operations that turn A into B, computed exactly with Wen and Tzerpos's algorithm:
 * tag each A cluster with the B clusters it shares most elements with, match A clusters to
 * B clusters (maximum bipartite matching), then count moves and joins.
 */
export function mojoDistance(a: Partition, b: Partition): number {
  const elements = common(a, b);
  const bKeys = [...new Set(elements.map((e) => b[e]))];
  const bIndex = new Map(bKeys.map((k, i) => [k, i]));
  const aClusters = [...clustersOf(a, elements).values()];
  let moves = 0;
  const tagLists = aClusters.map((members) => {
    const counts = new Map<number, number>();
    for (const e of members) {
      const g = bIndex.get(b[e])!;
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    const max = Math.max(...counts.values());
    moves += members.length - max;
    return [...counts].filter(([, c]) => c === max).map(([g]) => g);
  });
  const matched = maxMatching(tagLists, bKeys.length);
  const groups = new Set(matched.map((g, i) => (g === -1 ? tagLists[i]![0]! : g)));
  const joins = aClusters.length - groups.size;
  return moves + joins;
}

/** The largest mno(X, B) over every partition X of B's elements: n − g (Wen and Tzerpos). */
function maxMojoTo(b: Partition, elements: string[]): number {
  const sizes = [...clustersOf(b, elements).values()].map((c) => c.length).sort((x, y) => x - y);
  let g = 0;
  for (const size of sizes) if (g < size) g++;
  return elements.length - g;
}

/**
 * MoJoFM(A, B) in percent: 100 when A already is B, 0 when A is as far from B as any partition
 * can be. `b` is the reference (the "authoritative" decomposition).
 */
export function mojoFM(a: Partition, b: Partition): number {
  const elements = common(a, b);
  const max = maxMojoTo(b, elements);
  if (max === 0) return 100;
  return Math.round((1 - mojoDistance(a, b) / max) * 1000) / 10;
}

/** Pairwise agreement: of the element pairs A puts together, how many B puts together, and back. */
type PairwiseScore = { precision: number; recall: number; f1: number };

/**
 * Pairwise precision, recall and F1 of A against reference B. All singletons against a
 * reference with pairs gives precision 1, recall 0, F1 0; two all-singleton cuts agree fully.
 */
export function pairwiseScore(a: Partition, b: Partition): PairwiseScore {
  const elements = common(a, b);
  // Counted from group sizes rather than pair by pair: C(k, 2) pairs in a group of k, linear in the elements.
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const sizeA = new Map<string, number>();
  const sizeB = new Map<string, number>();
  const sizeAB = new Map<string, number>();
  for (const x of elements) {
    sizeA.set(a[x]!, (sizeA.get(a[x]!) ?? 0) + 1);
    sizeB.set(b[x]!, (sizeB.get(b[x]!) ?? 0) + 1);
    const key = `${a[x]}\u0000${b[x]}`;
    sizeAB.set(key, (sizeAB.get(key) ?? 0) + 1);
  }
  let both = 0;
  let inA = 0;
  let inB = 0;
  for (const k of sizeA.values()) inA += pairs(k);
  for (const k of sizeB.values()) inB += pairs(k);
  for (const k of sizeAB.values()) both += pairs(k);
  // With no pairs to claim, a side makes no false claims: vacuous precision (or recall) is 1.
  const precision = inA === 0 ? 1 : both / inA;
  const recall = inB === 0 ? 1 : both / inB;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
