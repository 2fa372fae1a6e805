import { RULE_LESSONS } from './lesson-links';
import type { Capability, Design, Finding, Interaction, RuleId, Scenario } from './model';

/** A service as the rules see it: only services holding at least one capability count. */
export type PlacedService = { id: string; name: string; capabilities: Capability[] };

/**
 * Everything the rules need about one design, computed once per evaluation so each rule stays a
 * small pure function of it.
 */
export type Analysis = {
  scenario: Scenario;
  design: Design;
  /** Non-empty services in the design's order. */
  services: PlacedService[];
  /** Capability id → service id, for placed capabilities whose service exists. */
  serviceOf: Map<string, string>;
  capability: Map<string, Capability>;
  /** Interactions whose two ends are both placed. */
  placedInteractions: Interaction[];
  /** The interaction from one capability to another, by `"from>to"`. */
  callBetween: Map<string, Interaction>;
  /** Capability id → ids of the capabilities it calls, and that call it. */
  callees: Map<string, Set<string>>;
  callers: Map<string, Set<string>>;
  serviceName: (serviceId: string) => string;
  capName: (capId: string) => string;
  /** The style the learner chose, or the scenario's default. */
  modeOf: (x: Interaction) => 'sync' | 'async';
  /** True when both ends are placed in different services. */
  crosses: (x: Interaction) => boolean;
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
  const callees = new Map<string, Set<string>>();
  const callers = new Map<string, Set<string>>();
  for (const x of scenario.interactions) {
    callBetween.set(`${x.from}>${x.to}`, x);
    callees.set(x.from, (callees.get(x.from) ?? new Set()).add(x.to));
    callers.set(x.to, (callers.get(x.to) ?? new Set()).add(x.from));
  }
  const names = new Map(services.map((s) => [s.id, s.name]));
  const placedInteractions = scenario.interactions.filter((x) => serviceOf.has(x.from) && serviceOf.has(x.to));
  return {
    scenario,
    design,
    services,
    serviceOf,
    capability,
    placedInteractions,
    callBetween,
    callees,
    callers,
    serviceName: (id) => names.get(id) ?? id,
    capName: (id) => capability.get(id)?.name ?? id,
    modeOf: (x) => (x.switchable ? (design.modes[x.id] ?? x.kind) : x.kind),
    crosses: (x) => {
      const a = serviceOf.get(x.from);
      const b = serviceOf.get(x.to);
      return a !== undefined && b !== undefined && a !== b;
    },
  };
}

/** Builds a finding with the rule's lesson link filled in from the one table. */
export function finding(rule: RuleId, f: Omit<Finding, 'rule' | 'lesson'>): Finding {
  return { rule, lesson: RULE_LESSONS[rule], ...f };
}

/** A rule: a pure check of one aspect of a design. */
export type Rule = (a: Analysis) => Finding[];

/** "A, B and C" for short lists in finding texts. */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Rounds for display: 3.25 → "3.3", 4 → "4". */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}
