import { finding, listNames, type Rule } from '../analysis';
import type { ScalingProfile } from '../model';

/** Pairs of profiles that pull one deployment in different directions, with the penalty each costs. */
const CLASHES: { a: ScalingProfile; b: ScalingProfile[]; penalty: number; why: string }[] = [
  { a: 'gpu', b: ['steady', 'spiky', 'batch'], penalty: 10, why: 'GPU-bound work needs GPU nodes; every extra copy of the service then pays for a GPU, even for the parts that never use it' },
  { a: 'spiky', b: ['steady'], penalty: 5, why: 'spiky load forces the whole service to scale out, steady parts included' },
  { a: 'batch', b: ['steady', 'spiky'], penalty: 4, why: 'batch jobs compete for the same instances as interactive requests and slow them down' },
];
const TRAFFIC_FACTOR = { low: 0.5, medium: 1, high: 1.5 } as const;
const MAX_PENALTY = 24;

/** Scaling mismatch: capabilities with very different scaling profiles locked in one service. */
export const scalingMismatchRule: Rule = (a) => {
  const factor = TRAFFIC_FACTOR[a.scenario.context.trafficLevel ?? 'medium'];
  const why =
    'A service scales as one unit. Capabilities that need GPUs, that spike, or that run in batches want different machines and replica counts; ' +
    'locked together, you scale (and pay for) everything to serve the most demanding part.';
  const findings = [];
  let left = MAX_PENALTY;
  for (const svc of a.services) {
    const profiles = new Set(svc.capabilities.map((c) => c.scaling));
    const clashes = CLASHES.filter((k) => profiles.has(k.a) && k.b.some((p) => profiles.has(p)));
    if (clashes.length === 0) continue;
    const penalty = Math.min(left, Math.round(factor * clashes.reduce((s, k) => s + k.penalty, 0)));
    left -= penalty;
    const groups = [...profiles].map((p) => `${p}: ${listNames(svc.capabilities.filter((c) => c.scaling === p).map((c) => c.name))}`);
    findings.push(
      finding('scaling-mismatch', {
        severity: clashes.some((k) => k.a === 'gpu') ? 'problem' : 'warning',
        title: `${svc.name} mixes ${listNames([...profiles])} scaling`,
        services: [svc.name],
        detail: `${svc.name} holds ${groups.join('; ')}. Here ${clashes.map((k) => k.why).join('; and ')}.` +
          (factor !== 1 ? ` Weighted ×${factor} for this scenario's ${a.scenario.context.trafficLevel} traffic.` : ''),
        why,
        penalty,
      }),
    );
  }
  if (findings.length > 0) return findings;
  const allProfiles = new Set(a.services.flatMap((s) => s.capabilities.map((c) => c.scaling)));
  const clashingExists = CLASHES.some((k) => allProfiles.has(k.a) && k.b.some((p) => allProfiles.has(p)));
  if (!clashingExists) return [];
  return [
    finding('scaling-mismatch', {
      severity: 'good',
      title: 'Each service scales one way',
      services: [],
      detail: `Capabilities with different scaling profiles (${listNames([...allProfiles])}) sit in separate services, so each can scale on its own.`,
      why,
      penalty: 0,
    }),
  ];
};
