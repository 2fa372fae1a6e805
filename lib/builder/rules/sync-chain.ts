import { HOP_MS, IN_PROCESS_MS, LONG_CHAIN_SERVICES } from '../facts';
import { finding, listNames, plural, type Analysis, type Rule } from '../analysis';
import type { CriticalRequest, Finding, Interaction } from '../model';

const PER_EXTRA_HOP = 2;
/** Hops at which a chain passes the course's 5 services and latency compounds. */
const LONG_CHAIN = LONG_CHAIN_SERVICES - 1;
const OVER_BUDGET_WORST = 3;
const OVER_BUDGET_BEST = 6;
const MAX_PENALTY = 20;

/** What one critical request costs in this design. */
export type ChainCost = {
  request: CriticalRequest;
  /** Synchronous network hops the user waits for. */
  hops: number;
  /** In-process steps the user waits for. */
  inProcess: number;
  /** Services the waited-for calls reach, in order of the path, each once. */
  services: string[];
  /** Path indices of steps handed off asynchronously: the user does not wait for them or what they call. */
  handedOff: number[];
};

/**
 * The interaction that makes step `j` of a path: a call to it from the nearest earlier step.
 * A plain chain calls each step from the one before; an orchestrator (a gateway) may call
 * several later steps in turn.
 */
export function stepCall(a: Pick<Analysis, 'callBetween'>, path: string[], j: number): { caller: number; x: Interaction } | undefined {
  for (let k = j - 1; k >= 0; k--) {
    const x = a.callBetween.get(`${path[k]}>${path[j]}`);
    if (x) return { caller: k, x };
  }
  return undefined;
}

export function chainCost(a: Analysis, request: CriticalRequest): ChainCost {
  const cost: ChainCost = { request, hops: 0, inProcess: 0, services: [], handedOff: [] };
  const path = request.path;
  const waited = [true];
  const first = a.serviceOf.get(path[0]!);
  if (first) cost.services.push(first);
  for (let j = 1; j < path.length; j++) {
    const call = stepCall(a, path, j);
    const from = call && a.serviceOf.get(path[call.caller]!);
    const to = a.serviceOf.get(path[j]!);
    waited[j] = false;
    if (!call || !from || !to || !waited[call.caller]) continue;
    if (a.modeOf(call.x) === 'async') {
      // The caller moves on once the message is queued; this step and what it calls happen later.
      cost.handedOff.push(j);
      continue;
    }
    waited[j] = true;
    if (from === to) cost.inProcess++;
    else {
      cost.hops++;
      if (!cost.services.includes(to)) cost.services.push(to);
    }
  }
  return cost;
}

function requestFinding(a: Analysis, c: ChainCost): Finding {
  const { min, max } = HOP_MS;
  const budget = c.request.budgetMs;
  let penalty = PER_EXTRA_HOP * Math.max(0, c.hops - 1) + (c.hops >= LONG_CHAIN ? 3 : 0);
  const worst = c.hops * max;
  const best = c.hops * min;
  let budgetNote = '';
  if (budget !== undefined && best > budget) {
    penalty += OVER_BUDGET_BEST + OVER_BUDGET_WORST;
    budgetNote = ` Even at ${min} ms a hop this exceeds the ${budget} ms budget.`;
  } else if (budget !== undefined && worst > budget) {
    penalty += OVER_BUDGET_WORST;
    budgetNote = ` At ${max} ms a hop it would exceed the ${budget} ms budget.`;
  }
  const asyncNote = c.handedOff.length
    ? ` The user does not wait for the asynchronous hand-off to ${listNames(c.handedOff.map((j) => a.capName(c.request.path[j]!)))}.`
    : '';
  return finding('sync-chain', {
    severity: penalty >= 8 ? 'problem' : 'warning',
    title: `${c.request.name}: ${plural(c.hops, 'network hop')}`,
    services: [...new Set(c.services.map(a.serviceName))],
    detail:
      `The request reaches ${listNames(c.services.map(a.serviceName))} with ${plural(c.hops, 'synchronous network hop')}: about ${best}–${worst} ms of waiting on the network, ` +
      `against under ${IN_PROCESS_MS} ms per call in process.${budgetNote}${asyncNote}`,
    why:
      `Each synchronous call to another service costs ${min}–${max} ms and can fail, and the costs add up along the chain: ` +
      `requests that cross ${LONG_CHAIN_SERVICES} or more services compound both latency and failure. Keep the critical path in few services, or make steps asynchronous where the user need not wait.`,
    penalty,
  });
}

/** Synchronous chains: network hops on the scenario's critical requests and their latency. */
export const syncChainRule: Rule = (a) => {
  const costs = a.scenario.criticalRequests
    .filter((r) => r.path.every((c) => a.serviceOf.has(c)))
    .map((r) => chainCost(a, r));
  if (costs.length === 0) return [];
  const slow = costs.filter((c) => c.hops >= 2 || (c.request.budgetMs !== undefined && c.hops * HOP_MS.max > c.request.budgetMs));
  if (slow.length === 0) {
    const maxHops = Math.max(...costs.map((c) => c.hops));
    return [
      finding('sync-chain', {
        severity: 'good',
        title: 'Critical requests stay short',
        services: [],
        detail: `Every critical request waits on at most ${plural(maxHops, 'network hop')} (${maxHops * HOP_MS.min}–${maxHops * HOP_MS.max} ms).`,
        why: `Each synchronous call between services costs ${HOP_MS.min}–${HOP_MS.max} ms against under ${IN_PROCESS_MS} ms in process.`,
        penalty: 0,
      }),
    ];
  }
  const findings = slow.map((c) => requestFinding(a, c));
  // Cap the rule's total so one aspect cannot swamp the score; trim from the smallest penalties.
  let budget = MAX_PENALTY;
  for (const f of [...findings].sort((x, y) => y.penalty - x.penalty)) {
    f.penalty = Math.min(f.penalty, budget);
    budget -= f.penalty;
  }
  return findings;
};
