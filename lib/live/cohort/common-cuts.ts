import type { Partition } from '@/lib/builder/similarity';

/** One distinct cut the class drew, however its services were named or coloured. */
export type CommonCut = {
  /** Canonical form: groups of capability ids, each sorted, groups ordered by their first id, e.g. `"cart,checkout|payments"`. */
  key: string;
  /** The groups, e.g. `[["cart", "checkout"], ["payments"]]`. */
  groups: string[][];
  /** How many submissions drew exactly this cut, e.g. `7`. */
  count: number;
  /** Who drew it (participant ids), in submission order; for opening one of them, never shown as names by default. */
  participants: string[];
};

/** The groups of a partition, each sorted, ordered by their first capability id. */
export function groupsOf(cut: Partition): string[][] {
  const byService = new Map<string, string[]>();
  for (const [cap, svc] of Object.entries(cut)) {
    const list = byService.get(svc);
    if (list) list.push(cap);
    else byService.set(svc, [cap]);
  }
  return [...byService.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** The same partition under different service ids, names or colours gives the same key. */
export function cutKey(cut: Partition): string {
  return groupsOf(cut)
    .map((g) => g.join(','))
    .join('|');
}

/**
 * The distinct cuts of a round, most drawn first (ties: the one first submitted first), at most
 * `limit`. `submissions` come in submission order.
 */
export function commonCuts(submissions: { participant: string; cut: Partition }[], limit = 5): CommonCut[] {
  const byKey = new Map<string, CommonCut & { firstAt: number }>();
  submissions.forEach(({ participant, cut }, at) => {
    const key = cutKey(cut);
    const found = byKey.get(key);
    if (found) {
      found.count++;
      found.participants.push(participant);
    } else {
      byKey.set(key, { key, groups: groupsOf(cut), count: 1, participants: [participant], firstAt: at });
    }
  });
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || a.firstAt - b.firstAt)
    .slice(0, limit)
    .map((c) => ({ key: c.key, groups: c.groups, count: c.count, participants: c.participants }));
}
