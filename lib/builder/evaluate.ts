import { analyse, type Analysis } from './analysis';
import { checkConstraints } from './constraints';
import { DIMENSIONS } from './dimensions';
import type { Draft } from './dimensions/types';
import { requestCost } from './dimensions/latency';
import { closestReference } from './dimensions/reference';
import { RULE_LESSONS } from './lesson-links';
import type { Design, DimensionId, DimensionScore, Evaluation, Finding, Scenario, Severity } from './model';

/** Points a finding costs at weight 1. A problem always costs more than any warning, a warning more than an accepted trade-off. */
export const SEVERITY_POINTS: Record<Severity, number> = { problem: 15, warning: 5, accepted: 1, info: 0, good: 0 };
/** Weights stay in this range, so a problem (≥ 9 points) always outweighs a warning (≤ 8). */
const WEIGHT_RANGE = { min: 0.6, max: 1.6 } as const;
/** No dimension takes more than two problems' worth off the score. */
const DIMENSION_CAP = 2 * SEVERITY_POINTS.problem;
/** A cut this many steps from a reference shares the trade-offs its rationale accepts. */
const ACCEPT_WITHIN_MOVES = 1;

const SEVERITY_ORDER: Record<Severity, number> = { problem: 0, warning: 1, accepted: 2, info: 3, good: 4 };

type Weight = { weight: number; reason: string };

/**
 * How much each dimension weighs in the scenario's context, and why: the course teaches that the
 * same cut is right for one organisation and wrong for another.
 */
export function contextWeights(scenario: Scenario): Record<DimensionId, Weight> {
  let w = weightMemo.get(scenario);
  if (!w) weightMemo.set(scenario, (w = computeWeights(scenario)));
  return w;
}

const weightMemo = new WeakMap<Scenario, Record<DimensionId, Weight>>();

function computeWeights(scenario: Scenario): Record<DimensionId, Weight> {
  const { devopsCapacity, platformTeam, stage, trafficLevel = 'medium', teamSize } = scenario.context;
  const w: Record<DimensionId, Weight> = {
    unplaced: { weight: 1, reason: 'every capability must be placed' },
    latency: { weight: 1, reason: 'the requests\' budgets' },
    availability: { weight: 1, reason: 'what users wait on' },
    consistency: { weight: 1, reason: 'the business rules that span capabilities' },
    'data-ownership': { weight: 1.2, reason: 'one owner per piece of data is the first rule of a boundary' },
    'change-coupling': { weight: stage === 'startup' ? 1.2 : 1, reason: stage === 'startup' ? 'a startup changes its product every week' : 'how often requirements move together' },
    'resource-fit': {
      weight: { low: 0.6, medium: 1, high: 1.4 }[trafficLevel],
      reason: { low: 'light traffic makes shared machines affordable', medium: 'moderate traffic', high: 'heavy traffic makes every wasted replica expensive' }[trafficLevel],
    },
    'team-fit': {
      weight: { startup: 0.8, medium: 1, large: 1.4 }[stage],
      reason: { startup: 'one small team owns everything', medium: 'a few teams share the work', large: `${teamSize} engineers in many teams must release alone` }[stage],
    },
    operations: {
      weight: { low: 1.5, medium: 1, high: 0.7 }[devopsCapacity] * (platformTeam ? 0.8 : 1),
      reason: `${devopsCapacity} DevOps capacity${platformTeam ? ' and a platform team' : ''}`,
    },
    compliance: scenario.capabilities.some((c) => c.dataClass === 'regulated')
      ? { weight: 1.2, reason: 'regulated data is handled here' }
      : { weight: 1, reason: 'no regulated data' },
    reference: { weight: 0, reason: 'information only' },
  };
  for (const { text, check } of scenario.context.constraints) {
    if (check.kind !== 'weighs') continue;
    w[check.dimension] = { weight: w[check.dimension].weight * check.factor, reason: `${w[check.dimension].reason}; "${text}"` };
  }
  for (const id of Object.keys(w) as DimensionId[]) {
    if (id === 'reference') continue;
    w[id].weight = Math.round(Math.min(WEIGHT_RANGE.max, Math.max(WEIGHT_RANGE.min, w[id].weight)) * 100) / 100;
  }
  w.unplaced.weight = 1;
  return w;
}

type Judged = Draft & { dimension: DimensionId; constraint?: string; accepted?: string };

/** Every draft of every dimension, with broken constraints joined to the finding of the same root cause. */
function judge(a: Analysis): { drafts: Judged[]; figures: Record<DimensionId, string> } {
  const drafts: Judged[] = [];
  const figures = {} as Record<DimensionId, string>;
  for (const d of Object.values(DIMENSIONS)) {
    const r = d.judge(a);
    figures[d.id] = r.figure;
    drafts.push(...r.drafts.map((x) => ({ ...x, dimension: d.id })));
  }
  const byKey = new Map(drafts.map((d) => [`${d.dimension}/${d.key}`, d]));
  for (const v of checkConstraints(a)) {
    const same = byKey.get(`${v.dimension}/${v.key}`);
    const note = `This breaks the scenario's constraint: "${v.constraint.text}"`;
    if (same) {
      if (same.constraint) continue;
      same.severity = 'problem';
      same.constraint = v.constraint.text;
      same.detail = `${same.detail} ${note}`;
    } else {
      drafts.push({ key: v.key, dimension: v.dimension, severity: 'problem', title: v.title, services: v.services, detail: `${v.detail} ${note}`, constraint: v.constraint.text });
    }
  }
  // A dimension that found a problem has nothing good to say as well.
  const bad = new Set(drafts.filter((d) => d.severity === 'problem' || d.severity === 'warning').map((d) => d.dimension));
  return { drafts: drafts.filter((d) => d.severity !== 'good' || !bad.has(d.dimension)), figures };
}

function worstOf(findings: Finding[]): Severity | undefined {
  return findings.map((f) => f.severity).sort((x, y) => SEVERITY_ORDER[x] - SEVERITY_ORDER[y])[0];
}

function metricsOf(a: Analysis): Evaluation['metrics'] {
  const crossing = a.calls.filter((c) => c.crosses);
  const total = a.calls.reduce((s, c) => s + c.interaction.weight, 0);
  const crossingWeight = crossing.reduce((s, c) => s + c.interaction.weight, 0);
  const costs = a.scenario.criticalRequests.map((r) => requestCost(a, r)).filter((c) => c !== undefined);
  return {
    services: a.services.length,
    capabilities: a.scenario.capabilities.length,
    placed: a.serviceOf.size,
    unplaced: a.scenario.capabilities.length - a.serviceOf.size,
    crossingCalls: crossing.length,
    asyncCrossingCalls: crossing.filter((c) => c.mode === 'async').length,
    crossingSharePct: total ? Math.round((crossingWeight / total) * 100) : 0,
    maxNetworkHops: costs.reduce((m, c) => Math.max(m, c.hops), 0),
    slowestRequestMs: costs.reduce((m, c) => Math.max(m, c.totalMs), 0),
  };
}

/**
 * Judges a learner's cut of a scenario along the course's dimensions: 100 minus the penalties
 * of all findings, clamped to 0–100. Each finding is one root cause; its penalty follows its
 * severity and its dimension's weight in this context. Pure; about a millisecond for 60
 * capabilities (see `npm run bench`).
 */
export function evaluate(scenario: Scenario, design: Design): Evaluation {
  const a = analyse(scenario, design);
  const weights = contextWeights(scenario);
  const { drafts, figures } = judge(a);
  const closest = closestReference(a);
  const accepts = closest && closest.moves <= ACCEPT_WITHIN_MOVES ? new Set(closest.reference.accepts ?? []) : new Set<DimensionId>();
  const findings: Finding[] = drafts.map((d) => {
    let severity: Severity = d.severity;
    let detail = d.detail;
    if (severity === 'warning' && d.acceptable !== false && !d.constraint && accepts.has(d.dimension)) {
      severity = 'accepted';
      detail = `${detail} The reference "${closest!.reference.title}" accepts this cost; its rationale says why.`;
    }
    const why = DIMENSIONS[d.dimension].why;
    const size = severity === 'problem' ? Math.min(2, Math.max(1, d.size ?? 1)) : 1;
    const penalty = d.dimension === 'unplaced' ? unplacedPenalty(a) : Math.round(SEVERITY_POINTS[severity] * weights[d.dimension].weight * size);
    const f: Finding = { rule: d.dimension, severity, title: d.title, services: d.services, detail, why, lesson: RULE_LESSONS[d.dimension], penalty };
    if (d.constraint) f.constraint = d.constraint;
    return f;
  });
  // Cap each dimension, trimming its smallest penalties first.
  const dimensions: DimensionScore[] = [];
  for (const dim of Object.values(DIMENSIONS)) {
    const own = findings.filter((f) => f.rule === dim.id);
    const cap = dim.id === 'unplaced' ? 100 : Math.round(DIMENSION_CAP * weights[dim.id].weight);
    let left = cap;
    for (const f of [...own].sort((x, y) => y.penalty - x.penalty)) {
      f.penalty = Math.min(f.penalty, left);
      left -= f.penalty;
    }
    if (dim.id === 'unplaced' && own.length === 0) continue;
    if (own.length === 0 && !figures[dim.id]) continue;
    const lost = cap - left;
    dimensions.push({
      id: dim.id,
      label: dim.label,
      score: cap ? Math.round(100 * (1 - lost / cap)) : 100,
      lost,
      weight: weights[dim.id].weight,
      weightReason: weights[dim.id].reason,
      worst: worstOf(own),
      figure: figures[dim.id],
    });
  }
  findings.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || y.penalty - x.penalty);
  const lost = findings.reduce((s, f) => s + f.penalty, 0);
  const heaviest = (Object.entries(weights) as [DimensionId, { weight: number; reason: string }][])
    .filter(([id]) => id !== 'unplaced' && id !== 'reference')
    .sort((x, y) => y[1].weight - x[1].weight)[0]!;
  return {
    score: Math.max(0, Math.min(100, 100 - lost)),
    findings,
    dimensions,
    weighedMost: { dimension: heaviest[0], label: DIMENSIONS[heaviest[0]].label, reason: heaviest[1].reason },
    metrics: metricsOf(a),
    closestReference: closest && { id: closest.reference.id, title: closest.reference.title, mojoFM: closest.mojoFM, f1: closest.f1, moves: closest.moves },
  };
}

/** An unfinished cut loses points in proportion to what is still in the palette; an empty one scores 0. */
function unplacedPenalty(a: Analysis): number {
  const total = a.scenario.capabilities.length;
  const missing = total - a.serviceOf.size;
  if (missing === total) return 100;
  return Math.max(SEVERITY_POINTS.problem, Math.round((60 * missing) / total));
}

/**
 * An evaluate() that remembers its last answer: the saver and the panel both read the
 * evaluation of the same design object, and it is computed once per change.
 */
export function lastEvaluation(): (scenario: Scenario, design: Design) => Evaluation {
  let last: { scenario: Scenario; design: Design; evaluation: Evaluation } | undefined;
  return (scenario, design) => {
    if (last?.scenario !== scenario || last.design !== design) last = { scenario, design, evaluation: evaluate(scenario, design) };
    return last.evaluation;
  };
}
