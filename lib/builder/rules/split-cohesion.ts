import { finding, type Analysis, type Rule } from '../analysis';
import type { Capability, Finding } from '../model';

const PER_SPLIT = 5;
const MAX_PENALTY = 15;

/** Unordered pairs of placed capabilities that change together, each once. */
function changePairs(a: Analysis): [Capability, Capability][] {
  const seen = new Set<string>();
  const pairs: [Capability, Capability][] = [];
  for (const c of a.scenario.capabilities) {
    for (const other of c.changesWith ?? []) {
      const key = [c.id, other].sort().join('|');
      if (seen.has(key) || !a.serviceOf.has(c.id) || !a.serviceOf.has(other)) continue;
      seen.add(key);
      pairs.push([c, a.capability.get(other)!]);
    }
  }
  return pairs;
}

/**
 * A helper: a capability that calls nothing and is called by exactly one other capability with
 * the same scaling profile. Nothing else uses it and nothing about its load argues for a split;
 * GPU-bound and spiky work is exempt, since scaling it on its own is a reason to separate it.
 */
export function helperOwner(a: Analysis, c: Capability): Capability | undefined {
  if (c.scaling === 'gpu' || c.scaling === 'spiky') return undefined;
  if (a.callees.has(c.id)) return undefined;
  const callers = a.callers.get(c.id);
  if (!callers || callers.size !== 1) return undefined;
  const owner = a.capability.get([...callers][0]!)!;
  return owner.scaling === c.scaling ? owner : undefined;
}

/** Splitting what belongs together: capabilities that change together, or a one-user helper, in separate services. */
export const splitCohesionRule: Rule = (a) => {
  const findings: Finding[] = [];
  const pairs = changePairs(a);
  for (const [x, y] of pairs) {
    const sx = a.serviceOf.get(x.id)!;
    const sy = a.serviceOf.get(y.id)!;
    if (sx === sy) continue;
    findings.push(
      finding('split-cohesion', {
        severity: 'warning',
        title: `${x.name} and ${y.name} change together but live apart`,
        services: [a.serviceName(sx), a.serviceName(sy)],
        detail: `${x.name} (in ${a.serviceName(sx)}) and ${y.name} (in ${a.serviceName(sy)}) change for the same reasons, so most changes need two coordinated releases.`,
        why: 'Keep together what changes together. A boundary between capabilities whose requirements move together turns every change into a cross-team, cross-service release.',
        penalty: PER_SPLIT,
      }),
    );
  }
  for (const c of a.scenario.capabilities) {
    const owner = helperOwner(a, c);
    if (!owner || !a.serviceOf.has(c.id) || !a.serviceOf.has(owner.id)) continue;
    const sc = a.serviceOf.get(c.id)!;
    const so = a.serviceOf.get(owner.id)!;
    if (sc === so) continue;
    findings.push(
      finding('split-cohesion', {
        severity: 'warning',
        title: `${c.name} is a helper of ${owner.name} only`,
        services: [a.serviceName(sc), a.serviceName(so)],
        detail: `Only ${owner.name} uses ${c.name}, and they scale the same way, yet they sit in ${a.serviceName(sc)} and ${a.serviceName(so)}. Make it a component or library inside ${a.serviceName(so)}.`,
        why: 'Ask of a candidate service: does anything else use it, and do its requirements change on their own? A profile page\'s "external auth aggregator" used by that page alone belongs inside it, not in a service of its own.',
        penalty: PER_SPLIT,
      }),
    );
  }
  let left = MAX_PENALTY;
  for (const f of findings) {
    f.penalty = Math.min(f.penalty, left);
    left -= f.penalty;
  }
  if (findings.length === 0 && pairs.length > 0 && a.services.length > 1) {
    findings.push(
      finding('split-cohesion', {
        severity: 'good',
        title: 'What changes together stays together',
        services: [],
        detail: `All ${pairs.length} pairs of capabilities that change together share a service.`,
        why: 'Keep together what changes together, so one change is one release.',
        penalty: 0,
      }),
    );
  }
  return findings;
};
