import { finding, listNames, type Rule } from '../analysis';

const PER_CYCLE = 10;
const MAX_PENALTY = 20;

/** Strongly connected components (Tarjan) of a directed graph given as adjacency lists. */
export function stronglyConnected(nodes: string[], edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.reverse());
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

/** Cycles of synchronous calls between services: a distributed monolith. */
export const syncCycleRule: Rule = (a) => {
  const edges = new Map<string, Set<string>>();
  const calls: { from: string; to: string; label: string }[] = [];
  for (const x of a.placedInteractions) {
    if (!a.crosses(x) || a.modeOf(x) !== 'sync') continue;
    const from = a.serviceOf.get(x.from)!;
    const to = a.serviceOf.get(x.to)!;
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
    calls.push({ from, to, label: `${a.capName(x.from)} → ${a.capName(x.to)}` });
  }
  const why =
    'When services call each other synchronously in a loop, none can be deployed, scaled or restarted alone and one failure spreads around the loop: ' +
    'the cost of microservices without their independence, a distributed monolith.';
  const cycles = stronglyConnected(a.services.map((s) => s.id), edges).filter((c) => c.length > 1);
  if (cycles.length === 0) {
    if (calls.length === 0) return [];
    return [
      finding('sync-cycle', {
        severity: 'good',
        title: 'Synchronous calls flow one way',
        services: [],
        detail: `No service waits, directly or through others, on a service that waits on it.`,
        why,
        penalty: 0,
      }),
    ];
  }
  let left = MAX_PENALTY;
  return cycles.map((cycle) => {
    const inCycle = new Set(cycle);
    const loopCalls = calls.filter((c) => inCycle.has(c.from) && inCycle.has(c.to)).map((c) => c.label);
    const penalty = Math.min(left, PER_CYCLE);
    left -= penalty;
    return finding('sync-cycle', {
      severity: 'problem',
      title: `${listNames(cycle.map(a.serviceName))} call each other in a loop`,
      services: cycle.map(a.serviceName),
      detail: `Synchronous calls form a cycle: ${listNames(loopCalls)}. Merge these services, or make one direction asynchronous (an event) so the loop breaks.`,
      why,
      penalty,
    });
  });
};
