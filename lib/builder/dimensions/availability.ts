import { latencyOf, listNames, ms, plural, type Analysis } from '../analysis';
import { SERVICE_AVAILABILITY, SLOW_MS } from '../facts';
import { requestCost } from './latency';
import type { Dimension, Draft } from './types';

/** Strongly connected components (Tarjan) of a directed graph given as adjacency lists. */
function stronglyConnected(nodes: string[], edges: Map<string, Set<string>>): string[][] {
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

/** Cycles of synchronous calls between services (each a list of service ids). */
function syncCycles(a: Analysis): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const c of a.calls) if (c.crosses && c.mode === 'sync') edges.set(c.fromService, (edges.get(c.fromService) ?? new Set()).add(c.toService));
  return stronglyConnected(a.services.map((s) => s.id), edges).filter((c) => c.length > 1);
}

/** The capabilities `from` waits on synchronously, directly or through other synchronous calls. */
export function waitsOn(a: Analysis, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const cur = queue.pop()!;
    for (const c of a.calls) {
      if (c.interaction.from !== cur || c.mode !== 'sync' || seen.has(c.interaction.to)) continue;
      seen.add(c.interaction.to);
      queue.push(c.interaction.to);
    }
  }
  seen.delete(from);
  return seen;
}

const pct = (p: number) => `${(Math.floor(p * 1000) / 10).toFixed(1)} %`;

export const availability: Dimension = {
  id: 'availability',
  label: 'Availability',
  why:
    'A request is only as available as everything it waits on: each synchronous dependency multiplies the chance of failure, and a slow one ties up the caller\'s threads until the slowness spreads. ' +
    'Synchronous loops between services are the worst case, a distributed monolith: none can be deployed or restarted alone.',
  judge(a) {
    const drafts: Draft[] = [];
    for (const cycle of syncCycles(a)) {
      const inCycle = new Set(cycle);
      const loop = a.calls
        .filter((c) => c.crosses && c.mode === 'sync' && inCycle.has(c.fromService) && inCycle.has(c.toService))
        .map((c) => `${a.capName(c.interaction.from)} → ${a.capName(c.interaction.to)}`);
      drafts.push({
        key: `cycle:${[...cycle].sort().join('+')}`,
        severity: 'problem',
        title: `${listNames(cycle.map(a.serviceName))} call each other in a loop`,
        services: cycle.map(a.serviceName),
        detail: `Synchronous calls form a cycle: ${listNames(loop)}. Merge these services, or make one direction an event so the loop breaks.`,
      });
    }
    for (const c of a.calls) {
      const callee = a.capability.get(c.interaction.to)!;
      if (!c.crosses || c.mode !== 'sync' || latencyOf(callee) < SLOW_MS) continue;
      const caller = a.serviceName(c.fromService);
      drafts.push({
        key: `call:${c.interaction.id}`,
        severity: 'warning',
        title: `${caller} waits on ${callee.name}, which can take ${ms(latencyOf(callee))}`,
        services: [caller, a.serviceName(c.toService)],
        detail:
          `${a.capName(c.interaction.from)} calls ${callee.name} synchronously across a boundary (${c.interaction.label.toLowerCase()}). While ${callee.name} is slow, ${caller} holds a request open for each call and slows with it.` +
          (c.interaction.switchable ? ' Make the call an event and let the result come back as another event.' : ''),
      });
    }
    const costs = a.scenario.criticalRequests.map((r) => requestCost(a, r)).filter((c) => c !== undefined);
    const figure = costs.map((c) => `${c.request.name}: ${pct(SERVICE_AVAILABILITY ** c.services.length)}`).join('; ');
    if (drafts.length === 0 && costs.length > 0) {
      const longest = costs.reduce((m, c) => (c.services.length > m.services.length ? c : m));
      drafts.push({
        key: 'availability',
        severity: 'good',
        title: 'No request waits on a slow or looping dependency',
        services: [],
        detail:
          `The longest synchronous chain, ${longest.request.name}, needs ${plural(longest.services.length, 'service')} up at once: about ${pct(SERVICE_AVAILABILITY ** longest.services.length)} if each is up ${pct(SERVICE_AVAILABILITY)} of the time.`,
      });
    }
    return { drafts, figure };
  },
};
