import { dataClassOf, listNames, ms, type Analysis } from './analysis';
import { waitsOn } from './dimensions/availability';
import { requestCost } from './dimensions/latency';
import type { Constraint, DimensionId } from './model';

/** A constraint this cut breaks: the dimension that checks it and the root cause it shares with that dimension's finding. */
type Violation = { dimension: DimensionId; key: string; title: string; services: string[]; detail: string; constraint: Constraint };

/** Checks every machine-checkable constraint of the scenario against the cut. */
export function checkConstraints(a: Analysis): Violation[] {
  const out: Violation[] = [];
  for (const constraint of a.scenario.context.constraints) {
    const check = constraint.check;
    const push = (v: Omit<Violation, 'constraint'>) => out.push({ ...v, constraint });
    switch (check.kind) {
      case 'within-budget':
        for (const id of check.requests) {
          const r = a.scenario.criticalRequests.find((q) => q.id === id);
          const cost = r && requestCost(a, r);
          if (!cost || r.budgetMs === undefined || cost.totalMs <= r.budgetMs) continue;
          push({ dimension: 'latency', key: `request:${id}`, title: `${r.name} is over its budget`, services: cost.services.map(a.serviceName), detail: `${r.name} takes about ${ms(cost.totalMs)} against ${ms(r.budgetMs)}.` });
        }
        break;
      case 'never-waits': {
        if (!a.serviceOf.has(check.capability)) break;
        const waits = waitsOn(a, check.capability);
        const home = a.serviceOf.get(check.capability);
        const hit = check.on.filter((c) => waits.has(c) || (a.serviceOf.has(c) && a.serviceOf.get(c) === home));
        if (hit.length === 0) break;
        const name = a.capName(check.capability);
        push({
          dimension: 'availability',
          key: `isolate:${check.capability}`,
          title: `${name} depends on ${listNames(hit.map(a.capName))}`,
          services: [...new Set([check.capability, ...hit].map((c) => a.serviceName(a.serviceOf.get(c)!)))],
          detail: `${name} waits on or shares a deployable with ${listNames(hit.map(a.capName))}, so when ${hit.length === 1 ? 'it is' : 'they are'} slow or down, ${name} is too.`,
        });
        break;
      }
      case 'separate':
        for (const svc of a.services) {
          const ids = new Set(svc.capabilities.map((c) => c.id));
          const left = check.capabilities.filter((c) => ids.has(c));
          const right = check.from.filter((c) => ids.has(c) && !left.includes(c));
          if (left.length === 0 || right.length === 0) continue;
          push({ dimension: 'resource-fit', key: `mix:${svc.id}`, title: `${svc.name} holds ${listNames(left.map(a.capName))} with ${listNames(right.map(a.capName))}`, services: [svc.name], detail: `${listNames(left.map(a.capName))} and ${listNames(right.map(a.capName))} share ${svc.name}.` });
        }
        break;
      case 'async-across-boundary':
        for (const id of check.interactions) {
          const call = a.callOf.get(id);
          if (!call || !call.crosses || call.mode !== 'sync') continue;
          const caller = a.serviceName(call.fromService);
          push({
            dimension: 'availability',
            key: `call:${id}`,
            title: `${caller} waits on ${a.capName(call.interaction.to)}`,
            services: [caller, a.serviceName(call.toService)],
            detail: `${a.capName(call.interaction.from)} calls ${a.capName(call.interaction.to)} synchronously across a boundary.`,
          });
        }
        break;
      case 'must-be-sync':
        for (const id of check.interactions) {
          const call = a.callOf.get(id);
          if (!call || call.mode !== 'async') continue;
          push({ dimension: 'consistency', key: `sync:${id}`, title: `${a.capName(call.interaction.from)} no longer waits for ${a.capName(call.interaction.to)}`, services: [a.serviceName(call.fromService)], detail: `${call.interaction.label}, but the call was made an event.` });
        }
        break;
      case 'max-deployables':
        if (a.services.length > check.count)
          push({ dimension: 'operations', key: 'deployables', title: `${a.services.length} deployables where at most ${check.count} fit`, services: [], detail: `The cut has ${a.services.length} deployables.` });
        break;
      case 'regulated-in-one-deployable': {
        const scope = a.services.filter((s) => s.capabilities.some((c) => dataClassOf(c) === 'regulated'));
        if (scope.length > 1) push({ dimension: 'compliance', key: 'scope', title: `Regulated data is handled in ${scope.length} deployables`, services: scope.map((s) => s.name), detail: `${listNames(scope.map((s) => s.name))} all handle regulated data.` });
        break;
      }
      case 'teams-release-alone': {
        const teamOf = new Map((a.scenario.context.teams ?? []).flatMap((t) => t.owns.map((c) => [c, t.name] as [string, string])));
        for (const svc of a.services) {
          const owners = [...new Set(svc.capabilities.map((c) => teamOf.get(c.id)).filter((t) => t !== undefined))];
          if (owners.length > 1) push({ dimension: 'team-fit', key: `teams:${svc.id}`, title: `${svc.name} is shared by ${owners.length} teams`, services: [svc.name], detail: `${listNames(owners)} would release ${svc.name} together.` });
        }
        break;
      }
      case 'invariant': {
        const inv = a.scenario.invariants?.find((v) => v.id === check.invariant);
        if (!inv || inv.eventual) break;
        const services = new Set(inv.capabilities.filter((c) => a.serviceOf.has(c)).map((c) => a.serviceOf.get(c)!));
        if (services.size > 1) push({ dimension: 'consistency', key: `invariant:${inv.id}`, title: 'A rule that may never be seen half-done spans services', services: [...services].map(a.serviceName), detail: inv.text });
        break;
      }
      case 'weighs':
        break;
    }
  }
  return out;
}
