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
  /** Its own time to answer one call, in ms, e.g. `2500` for a slow payment provider. Defaults to {@link DEFAULT_CAPABILITY_MS}. */
  latencyMs?: number;
  /** The accelerator it runs on: `large` (an LLM), `small` (an embedding model) or `none`. Defaults to `small` for `gpu` scaling, else `none`. */
  accelerator?: Accelerator;
  /** The most sensitive data it handles. `regulated` puts every deployable that holds it in compliance scope. Defaults to `internal`. */
  dataClass?: DataClass;
};

export type Accelerator = 'none' | 'small' | 'large';
export type DataClass = 'public' | 'internal' | 'regulated';

/** A capability's own latency when the scenario does not give one. */
export const DEFAULT_CAPABILITY_MS = 5;

/** A data entity that capabilities write, e.g. `{ id: "order", name: "Orders" }`. */
type DataEntity = { id: string; name: string };

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
  /**
   * How long the user may wait for the whole request, in ms, e.g. `300`: network hops plus each
   * waited step's own latency.
   */
  budgetMs?: number;
};

/** A team of the organisation and the capabilities it owns (Conway's law). */
export type Team = { id: string; name: string; people: number; owns: string[] };

/** A business rule that spans capabilities, e.g. "an order is never confirmed without payment and stock". */
type Invariant = {
  id: string;
  /** The sentence shown, e.g. "An order is never confirmed without payment and stock". */
  text: string;
  /** The capabilities whose writes must agree. */
  capabilities: string[];
  /** May users briefly see an intermediate state ("pending")? Then a saga of local steps is enough. */
  eventual: boolean;
};

/** The machine-checkable form of a constraint. Each kind is checked by one dimension of the evaluation. */
type ConstraintCheck =
  /** The requests must stay within their budgets. */
  | { kind: 'within-budget'; requests: string[] }
  /** `capability` must not wait synchronously on any of `on` (directly or through other calls), nor share a deployable with them. */
  | { kind: 'never-waits'; capability: string; on: string[] }
  /** No service holds one of `capabilities` together with one of `from`. */
  | { kind: 'separate'; capabilities: string[]; from: string[] }
  /** These calls must not make a caller wait across a service boundary, e.g. a slow payment provider. */
  | { kind: 'async-across-boundary'; interactions: string[] }
  /** These calls must stay synchronous, e.g. an audit write before the answer is returned. */
  | { kind: 'must-be-sync'; interactions: string[] }
  /** At most `count` deployables, e.g. when each needs a weeks-long review. */
  | { kind: 'max-deployables'; count: number }
  /** Every capability handling regulated data sits in one deployable. */
  | { kind: 'regulated-in-one-deployable' }
  /** No service holds capabilities of two teams. */
  | { kind: 'teams-release-alone' }
  /** The invariant must hold. */
  | { kind: 'invariant'; invariant: string }
  /** Not a pass/fail rule: the constraint makes one dimension weigh more (factor > 1) or less. */
  | { kind: 'weighs'; dimension: DimensionId; factor: number };

/** A constraint: the sentence shown to the learner and what the evaluation checks. */
export type Constraint = { text: string; check: ConstraintCheck };

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
  constraints: Constraint[];
  /** The teams and what each owns. Without them, teams of about eight are assumed. */
  teams?: Team[];
  /** A platform team runs the infrastructure (pipelines, clusters, tracing) for everyone. */
  platformTeam?: boolean;
};

/** A good answer, with why. A scenario may have several, each right in its own context. */
export type ReferenceDesign = {
  id: string;
  title: string;
  rationale: string;
  services: { name: string; capabilities: string[] }[];
  /** Call styles the reference chooses for switchable calls, by interaction id, e.g. `{ "orders-payments": "async" }`. */
  modes?: Record<string, 'sync' | 'async'>;
  /** Dimensions whose costs the rationale accepts, e.g. `["resource-fit"]` for GPUs scaled with everything else. */
  accepts?: DimensionId[];
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
  /** Business rules that span capabilities; a cut that splits one needs a saga. */
  invariants?: Invariant[];
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

/** The dimensions along which the evaluation judges a cut, each taught by one lesson section. */
export type DimensionId =
  | 'latency'
  | 'availability'
  | 'consistency'
  | 'data-ownership'
  | 'change-coupling'
  | 'resource-fit'
  | 'team-fit'
  | 'operations'
  | 'compliance'
  | 'reference'
  | 'unplaced';

export type Severity = 'problem' | 'warning' | 'accepted' | 'info' | 'good';

/** One thing the evaluation says about a design: one root cause, one finding. */
export type Finding = {
  rule: DimensionId;
  /** `accepted`: a cost the scenario or the nearest reference's rationale accepts. */
  severity: Severity;
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
  /** Points this finding takes off the 100; follows the severity. */
  penalty: number;
  /** The constraint sentence this finding breaks, when it breaks one. */
  constraint?: string;
};

/** How one dimension came out, for the "why this score" chart. */
export type DimensionScore = {
  id: DimensionId;
  label: string;
  /** 0–100 for this dimension alone. */
  score: number;
  /** Points it took off the overall score. */
  lost: number;
  /** Its weight in this scenario's context, e.g. 1.5. */
  weight: number;
  /** Why the context weighs it so, e.g. "little DevOps capacity". */
  weightReason: string;
  /** The worst severity among its findings, or undefined when it had nothing to say. */
  worst?: Severity;
  /** The figure behind it, e.g. "Answer a question: 62 ms of 2,000 ms". */
  figure: string;
};

export type Evaluation = {
  /** 0–100. */
  score: number;
  findings: Finding[];
  /** One entry per judged dimension, in the order the course teaches them. */
  dimensions: DimensionScore[];
  /** The consideration that weighs most in this context, and why. */
  weighedMost: { dimension: DimensionId; label: string; reason: string };
  /** Plain figures the panel can show, e.g. `{ services: 4, crossingCalls: 7 }`. */
  metrics: Record<string, number>;
  /** The reference design nearest to this cut, when every capability is placed. */
  closestReference?: { id: string; title: string; mojoFM: number; f1: number; moves: number };
};
