import type { Accelerator, Capability, DataClass, Design, Interaction, Scenario, ScalingProfile } from './model';
import { DEFAULT_CAPABILITY_MS } from './model';

/** A service as the dimensions see it: only services holding at least one capability count. */
export type PlacedService = { id: string; name: string; capabilities: Capability[] };

/**
 * One call between two placed capabilities as every view sees it: the canvas edge, the table
 * row, the exports and the evaluation all read this, so they never disagree.
 */
export type Call = {
  interaction: Interaction;
  /** Service ids of the two ends. */
  fromService: string;
  toService: string;
  /** The two ends are in different services: a network call. */
  crosses: boolean;
  /** The learner's choice for a switchable call, else the scenario's. */
  mode: 'sync' | 'async';
  /** The learner may switch it now: the scenario allows it and it crosses a boundary. */
  switchable: boolean;
};

/** The style of a call: the learner's choice when the scenario lets them choose, else the scenario's. */
export function modeOf(x: Interaction, design: Pick<Design, 'modes'>): 'sync' | 'async' {
  return x.switchable ? (design.modes[x.id] ?? x.kind) : x.kind;
}

/** Calls whose two ends are placed in existing services, in the scenario's order. */
export function callsOf(scenario: Scenario, design: Design): Call[] {
  const boxes = new Set(design.services.map((s) => s.id));
  const calls: Call[] = [];
  for (const x of scenario.interactions) {
    const fromService = design.placement[x.from];
    const toService = design.placement[x.to];
    if (!fromService || !toService || !boxes.has(fromService) || !boxes.has(toService)) continue;
    const crosses = fromService !== toService;
    calls.push({ interaction: x, fromService, toService, crosses, mode: modeOf(x, design), switchable: x.switchable && crosses });
  }
  return calls;
}

export const acceleratorOf = (c: Capability): Accelerator => c.accelerator ?? (c.scaling === 'gpu' ? 'small' : 'none');
export const latencyOf = (c: Capability): number => c.latencyMs ?? DEFAULT_CAPABILITY_MS;
export const dataClassOf = (c: Capability): DataClass => c.dataClass ?? 'internal';

/**
 * Everything the dimensions need about one design, computed once per evaluation so each
 * dimension stays a small pure function of it.
 */
export type Analysis = {
  scenario: Scenario;
  design: Design;
  /** Non-empty services in the design's order. */
  services: PlacedService[];
  /** Capability id → service id, for placed capabilities whose service exists. */
  serviceOf: Map<string, string>;
  capability: Map<string, Capability>;
  /** Calls between placed capabilities. */
  calls: Call[];
  /** The call for an interaction id, when both ends are placed. */
  callOf: Map<string, Call>;
  /** The interaction from one capability to another, by `"from>to"`. */
  callBetween: Map<string, Interaction>;
  /** Capability id → ids of the capabilities that call it. */
  callers: Map<string, Set<string>>;
  /** Every capability is placed. */
  complete: boolean;
  serviceName: (serviceId: string) => string;
  capName: (capId: string) => string;
  /** How a capability's load behaves once the load it inherits from its callers is counted. */
  profileOf: (capId: string) => ScalingProfile;
};

export function analyse(scenario: Scenario, design: Design): Analysis {
  const capability = new Map(scenario.capabilities.map((c) => [c.id, c]));
  const boxes = new Map(design.services.map((s) => [s.id, s]));
  const serviceOf = new Map<string, string>();
  for (const [capId, svcId] of Object.entries(design.placement)) {
    if (capability.has(capId) && boxes.has(svcId)) serviceOf.set(capId, svcId);
  }
  const members = new Map<string, Capability[]>();
  for (const c of scenario.capabilities) {
    const svc = serviceOf.get(c.id);
    if (svc) members.set(svc, [...(members.get(svc) ?? []), c]);
  }
  const services: PlacedService[] = design.services
    .filter((s) => members.has(s.id))
    .map((s) => ({ id: s.id, name: s.name.trim() || s.id, capabilities: members.get(s.id)! }));
  const callBetween = new Map<string, Interaction>();
  const callers = new Map<string, Set<string>>();
  for (const x of scenario.interactions) {
    callBetween.set(`${x.from}>${x.to}`, x);
    callers.set(x.to, (callers.get(x.to) ?? new Set()).add(x.from));
  }
  const calls = callsOf(scenario, design);
  const names = new Map(services.map((s) => [s.id, s.name]));
  const profiles = new Map(scenario.capabilities.map((c) => [c.id, inheritedProfile(scenario, capability, c)]));
  return {
    scenario,
    design,
    services,
    serviceOf,
    capability,
    calls,
    callOf: new Map(calls.map((c) => [c.interaction.id, c])),
    callBetween,
    callers,
    complete: serviceOf.size === scenario.capabilities.length,
    serviceName: (id) => names.get(id) ?? id,
    capName: (id) => capability.get(id)?.name ?? id,
    profileOf: (id) => profiles.get(id) ?? 'steady',
  };
}

/**
 * A steady capability that only spiky capabilities call synchronously follows their load: content
 * filtering called once per serving request spikes with serving. A capability that starts a
 * critical request, and every other profile, keeps its own.
 */
function inheritedProfile(scenario: Scenario, byId: Map<string, Capability>, c: Capability): ScalingProfile {
  if (c.scaling !== 'steady') return c.scaling;
  // A request's first step has users of its own, so its load is its own.
  if (scenario.criticalRequests.some((r) => r.path[0] === c.id)) return 'steady';
  const incoming = scenario.interactions.filter((x) => x.to === c.id && x.kind === 'sync');
  if (incoming.length === 0) return 'steady';
  return incoming.every((x) => byId.get(x.from)?.scaling === 'spiky') ? 'spiky' : 'steady';
}

/** "A, B and C" for short lists in finding texts. */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Rounds for display: 3.25 → "3.3", 4 → "4". */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "1 service", "3 services". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

/** A duration for people: "40 ms", "1.2 s". */
export function ms(n: number): string {
  if (n >= 1000) return `${fmt(Math.round(n / 100) / 10)} s`;
  return `${Math.round(n)} ms`;
}
