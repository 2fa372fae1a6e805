/**
 * The service-boundary builder's model: a scenario (authored, read-only) and a design (the
 * learner's cut). The canvas, the table view and the evaluation are all views of these types.
 * This file is the contract between lib/builder (rules, evaluation) and components/builder (UI).
 */

/** How a capability's load behaves, e.g. `"spiky"` for flash-sale checkout traffic. */
export type ScalingProfile = 'steady' | 'spiky' | 'gpu' | 'batch';

/** One business capability: the unit a learner places into a service. */
export type Capability = {
  /** Stable kebab-case id, e.g. `"pricing"`. */
  id: string;
  /** Shown on the node, e.g. `"Pricing"`. */
  name: string;
  /** One sentence on what it does. */
  description: string;
  /** Ids of the data entities this capability writes, e.g. `["price"]`. */
  writes: string[];
  scaling: ScalingProfile;
  /** Ids of capabilities whose requirements change together with this one (cohesion). */
  changesWith?: string[];
};

/** A data entity that capabilities write, e.g. `{ id: "order", name: "Orders" }`. */
export type DataEntity = { id: string; name: string };

/** One way two capabilities interact. */
export type Interaction = {
  /** Stable id, e.g. `"checkout-pricing"`. */
  id: string;
  from: string;
  to: string;
  /** The scenario's default style. */
  kind: 'sync' | 'async';
  /** Relative call frequency, e.g. calls per user request (1 = once per request). */
  weight: number;
  /** May the learner switch this call between sync and async when it crosses a boundary? */
  switchable: boolean;
  /** Why the call exists, e.g. "Checkout needs the current price". */
  label: string;
};

/** A request users care about, as the chain of capabilities it passes through in order. */
export type CriticalRequest = {
  id: string;
  name: string;
  /**
   * Capability ids in call order, e.g. `["checkout", "cart", "pricing"]`. Each step is called by
   * the nearest earlier step that has an interaction to it: the one before in a chain, or an
   * orchestrator such as a gateway that calls several steps in turn.
   */
  path: string[];
  /** Optional latency the request may add in calls between capabilities, in ms, e.g. `100`. */
  budgetMs?: number;
};

/** The organisation and constraints around the system. The same cut scores differently in different contexts. */
export type ScenarioContext = {
  /** Engineers who will build and run it, e.g. `6`. */
  teamSize: number;
  stage: 'startup' | 'medium' | 'large';
  /** How much platform/DevOps capacity the team has for running many services. */
  devopsCapacity: 'low' | 'medium' | 'high';
  /** Human-readable traffic, e.g. "2M requests a day, 10x spikes on sale days". */
  traffic: string;
  /** How hard load drives the design: weighs scaling mismatches (low 0.5×, medium 1×, high 1.5×). Defaults to medium. */
  trafficLevel?: 'low' | 'medium' | 'high';
  constraints: string[];
};

/** A good answer, with why. A scenario may have several, each right in its own context. */
export type ReferenceDesign = {
  id: string;
  title: string;
  rationale: string;
  services: { name: string; capabilities: string[] }[];
  /** Call styles the reference chooses for switchable calls, by interaction id, e.g. `{ "orders-payments": "async" }`. */
  modes?: Record<string, 'sync' | 'async'>;
};

export type Scenario = {
  /** kebab-case id, also the URL: `/builder/<id>`. */
  id: string;
  title: string;
  summary: string;
  /** Lesson slugs this scenario exercises. */
  lessons: string[];
  context: ScenarioContext;
  capabilities: Capability[];
  data: DataEntity[];
  interactions: Interaction[];
  criticalRequests: CriticalRequest[];
  references: ReferenceDesign[];
};

/** A service the learner created. */
export type ServiceBox = {
  /** Generated id, e.g. `"svc-3"`. */
  id: string;
  name: string;
  /** One of the palette's colour names, e.g. `"teal"`. */
  color: string;
};

/** The learner's cut of a scenario. */
export type Design = {
  scenarioId: string;
  services: ServiceBox[];
  /** capability id → service id; a capability missing here is still in the palette. */
  placement: Record<string, string>;
  /** Interaction id → the learner's chosen style, for switchable calls they changed. */
  modes: Record<string, 'sync' | 'async'>;
  /** Canvas positions by node id (services and capabilities); layout only, never scored. */
  positions?: Record<string, { x: number; y: number }>;
};

/** The course's rules, each a check the evaluation runs. */
export type RuleId =
  | 'coupling'
  | 'sync-chain'
  | 'data-ownership'
  | 'sync-cycle'
  | 'scaling-mismatch'
  | 'split-cohesion'
  | 'team-size'
  | 'ops-overhead'
  | 'reference-distance'
  | 'unplaced';

/** One thing the evaluation says about a design. */
export type Finding = {
  rule: RuleId;
  severity: 'good' | 'info' | 'warning' | 'problem';
  /** Short headline, e.g. "Orders are written by two services". */
  title: string;
  /** Names of the services involved. */
  services: string[];
  /** What was found, with the numbers. */
  detail: string;
  /** Why it matters, in the course's terms. */
  why: string;
  /** Where the course teaches it: lesson slug and heading anchor. */
  lesson: { slug: string; anchor: string; label: string };
  /** Points this finding takes off the 100. */
  penalty: number;
};

export type Evaluation = {
  /** 0–100. */
  score: number;
  findings: Finding[];
  /** Plain figures the panel can show, e.g. `{ services: 4, crossingCalls: 7 }`. */
  metrics: Record<string, number>;
  /** The reference design nearest to this cut, e.g. `{ id: "three-services", title: "Three services", mojoFM: 83.3, f1: 0.8 }`. */
  closestReference?: { id: string; title: string; mojoFM: number; f1: number };
};
