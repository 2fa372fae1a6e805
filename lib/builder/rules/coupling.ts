import { finding, fmt, listNames, type Rule } from '../analysis';

/** An asynchronous call across a boundary still couples the services, but about half as tightly. */
export const ASYNC_COUPLING = 0.5;
const MAX_PENALTY = 12;

/**
 * Coupling across boundaries against cohesion within services: the share of call traffic
 * (interaction weights, i.e. calls per request) that crosses a service boundary.
 */
export const couplingRule: Rule = (a) => {
  const total = a.placedInteractions.reduce((sum, x) => sum + x.weight, 0);
  if (total === 0 || a.services.length === 0) return [];
  const pairs = new Map<string, { services: [string, string]; weight: number }>();
  let crossing = 0;
  for (const x of a.placedInteractions) {
    if (!a.crosses(x)) continue;
    const w = x.weight * (a.modeOf(x) === 'async' ? ASYNC_COUPLING : 1);
    crossing += w;
    const ends = [a.serviceOf.get(x.from)!, a.serviceOf.get(x.to)!].sort() as [string, string];
    const key = ends.join('|');
    const pair = pairs.get(key) ?? { services: ends, weight: 0 };
    pair.weight += w;
    pairs.set(key, pair);
  }
  const share = crossing / total;
  const pct = Math.round(share * 100);
  const why =
    'Calls inside a service are cheap function calls; calls across a boundary are network calls that must be versioned, retried and monitored. ' +
    'Good boundaries keep the chatty calls inside (cohesion) and leave few, light calls between services (loose coupling).';
  if (share <= 0.15) {
    return [
      finding('coupling', {
        severity: 'good',
        title: a.services.length === 1 ? 'Every call stays in process' : 'Boundaries follow the calls',
        services: [],
        detail: `${pct}% of the call traffic (${fmt(crossing)} of ${fmt(total)} calls per request, weighted by frequency) crosses a service boundary.`,
        why,
        penalty: 0,
      }),
    ];
  }
  const top = [...pairs.values()].sort((p, q) => q.weight - p.weight).slice(0, 2);
  const heaviest = top.map((p) => `${a.serviceName(p.services[0])} ↔ ${a.serviceName(p.services[1])} (${fmt(p.weight)})`);
  return [
    finding('coupling', {
      severity: share > 0.5 ? 'problem' : 'warning',
      title: share > 0.5 ? 'Most calls cross a boundary' : 'Many calls cross a boundary',
      services: [...new Set(top.flatMap((p) => p.services.map(a.serviceName)))],
      detail:
        `${pct}% of the call traffic (${fmt(crossing)} of ${fmt(total)} calls per request, weighted by frequency; asynchronous calls count half) crosses a service boundary. ` +
        `Heaviest: ${listNames(heaviest)}.`,
      why,
      penalty: Math.round(MAX_PENALTY * share),
    }),
  ];
};
