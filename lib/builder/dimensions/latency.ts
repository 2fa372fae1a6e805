import { latencyOf, listNames, ms, plural, type Analysis } from '../analysis';
import { HOP_MS, IN_PROCESS_MS } from '../facts';
import type { CriticalRequest } from '../model';
import type { Dimension, Draft } from './types';

/** What one critical request waits for in this cut. */
type RequestCost = {
  request: CriticalRequest;
  /** Synchronous calls that cross a boundary. */
  hops: number;
  inProcess: number;
  /** Time in the waited steps themselves, ms. */
  ownMs: number;
  /** Hops at the typical cost plus in-process calls plus the steps' own time. */
  totalMs: number;
  /** Services the request waits on, in order. */
  services: string[];
  /** Path positions handed off asynchronously: the user does not wait for them. */
  handedOff: number[];
  /** The slowest waited steps, by capability id. */
  slowest: string[];
};

/** The caller of step j: the nearest earlier step with an interaction to it. */
function stepCaller(a: Pick<Analysis, 'callBetween'>, path: string[], j: number): number | undefined {
  for (let k = j - 1; k >= 0; k--) if (a.callBetween.has(`${path[k]}>${path[j]}`)) return k;
  return undefined;
}

const memo = new WeakMap<Analysis, Map<string, RequestCost | undefined>>();

/** Walks a request's path: which steps the user waits for, and how long. Undefined when a step is not placed. Computed once per analysis. */
export function requestCost(a: Analysis, request: CriticalRequest): RequestCost | undefined {
  let byId = memo.get(a);
  if (!byId) memo.set(a, (byId = new Map()));
  if (!byId.has(request.id)) byId.set(request.id, walk(a, request));
  return byId.get(request.id);
}

function walk(a: Analysis, request: CriticalRequest): RequestCost | undefined {
  const path = request.path;
  if (!path.every((c) => a.serviceOf.has(c))) return undefined;
  const first = a.capability.get(path[0]!)!;
  const cost: RequestCost = { request, hops: 0, inProcess: 0, ownMs: latencyOf(first), totalMs: 0, services: [a.serviceOf.get(first.id)!], handedOff: [], slowest: [] };
  const waited = [true];
  const own: [string, number][] = [[first.id, latencyOf(first)]];
  for (let j = 1; j < path.length; j++) {
    waited[j] = false;
    const k = stepCaller(a, path, j);
    if (k === undefined || !waited[k]) continue;
    const call = a.callOf.get(a.callBetween.get(`${path[k]}>${path[j]}`)!.id)!;
    if (call.mode === 'async') {
      cost.handedOff.push(j);
      continue;
    }
    waited[j] = true;
    const step = a.capability.get(path[j]!)!;
    cost.ownMs += latencyOf(step);
    own.push([step.id, latencyOf(step)]);
    if (call.crosses) {
      cost.hops++;
      if (!cost.services.includes(call.toService)) cost.services.push(call.toService);
    } else cost.inProcess++;
  }
  cost.totalMs = cost.ownMs + cost.hops * HOP_MS.typical + cost.inProcess * IN_PROCESS_MS;
  cost.slowest = own.sort((x, y) => y[1] - x[1]).slice(0, 2).map(([id]) => id);
  return cost;
}

function describe(a: Analysis, c: RequestCost): string {
  const budget = c.request.budgetMs;
  const slow = c.slowest.map((id) => `${a.capName(id)} ${ms(latencyOf(a.capability.get(id)!))}`);
  const hops = c.hops === 0 ? 'no network hop' : `${plural(c.hops, 'network hop')} at about ${HOP_MS.typical} ms${c.hops === 1 ? '' : ' each'}`;
  const handed = c.handedOff.length
    ? ` The user does not wait for ${listNames(c.handedOff.map((j) => a.capName(c.request.path[j]!)))}, handed off asynchronously.`
    : '';
  return `${c.request.name} takes about ${ms(c.totalMs)}${budget !== undefined ? ` of its ${ms(budget)} budget` : ''}: ${ms(c.ownMs)} in the steps themselves (slowest: ${listNames(slow)}) and ${hops}.${handed}`;
}

export const latency: Dimension = {
  id: 'latency',
  label: 'Latency',
  why:
    `Each synchronous call to another service adds a network hop (about ${HOP_MS.typical} ms on a good day, up to ${HOP_MS.max} ms in a busy service's slow tail, against nanoseconds in process) on top of the time the called step itself takes. ` +
    'Keep a critical request within its budget: few hops on the path the user waits for, and asynchronous hand-offs where the user need not wait.',
  judge(a) {
    const costs = a.scenario.criticalRequests.map((r) => requestCost(a, r)).filter((c): c is RequestCost => c !== undefined);
    if (costs.length === 0) return { drafts: [], figure: '' };
    const drafts: Draft[] = [];
    for (const c of costs) {
      const budget = c.request.budgetMs;
      if (budget === undefined) continue;
      const worst = c.ownMs + c.hops * HOP_MS.max + c.inProcess * IN_PROCESS_MS;
      const names = c.services.map(a.serviceName);
      if (c.totalMs > budget) {
        drafts.push({ key: `request:${c.request.id}`, severity: 'problem', title: `${c.request.name} is over its budget`, services: names, detail: describe(a, c) });
      } else if (c.totalMs > 0.8 * budget) {
        const why = c.hops > 0 && worst > budget ? ` At ${HOP_MS.max} ms a hop, on a bad day, it would take ${ms(worst)}.` : ' Little room is left.';
        drafts.push({ key: `request:${c.request.id}`, severity: 'warning', title: `${c.request.name} is close to its budget`, services: names, detail: describe(a, c) + why });
      }
    }
    const figure = costs
      .map((c) => `${c.request.name}: ${ms(c.totalMs)}${c.request.budgetMs !== undefined ? ` of ${ms(c.request.budgetMs)}` : ''}`)
      .join('; ');
    if (drafts.length === 0) {
      drafts.push({
        key: 'latency',
        severity: 'good',
        title: costs.length === 1 ? `${costs[0]!.request.name} fits its budget` : 'Critical requests fit their budgets',
        services: [],
        detail: costs.map((c) => describe(a, c)).join(' '),
      });
    }
    return { drafts, figure };
  },
};
