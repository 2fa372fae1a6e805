import { describe, expect, it } from 'vitest';
import { contextWeights, evaluate, lastEvaluation, SEVERITY_POINTS } from './evaluate';
import { RULE_LESSONS } from './lesson-links';
import type { Constraint, DimensionId, Finding, Scenario } from './model';
import { allInOne, designOf, makeCapability as cap, makeInteraction as call, makeScenario, oneServiceEach } from './test-factories';

const of = (findings: Finding[], dim: DimensionId) => findings.filter((f) => f.rule === dim);
const judge = (s: Scenario, groups: Record<string, string[]>, dim: DimensionId, modes = {}) => of(evaluate(s, designOf(groups, modes)).findings, dim);
const severities = (s: Scenario, groups: Record<string, string[]>, dim: DimensionId, modes = {}) => judge(s, groups, dim, modes).map((f) => f.severity);
const constraint = (text: string, check: Constraint['check']): Constraint => ({ text, check });

describe('evaluate', () => {
  it('scores 100 minus the penalties, and every finding links its lesson', () => {
    const s = makeScenario({ interactions: [call('a', 'b', { weight: 3 })] });
    const e = evaluate(s, designOf({ One: ['a'], Two: ['b', 'c'] }));
    expect(e.score).toBe(100 - e.findings.reduce((sum, f) => sum + f.penalty, 0));
    for (const f of e.findings) expect(f.lesson).toEqual(RULE_LESSONS[f.rule]);
  });

  it('lists problems first, then warnings, accepted trade-offs, notes and good findings', () => {
    const s = makeScenario({ capabilities: [cap('a', { writes: ['d'] }), cap('b', { writes: ['d'] }), cap('c')], data: [{ id: 'd', name: 'Data' }], interactions: [call('a', 'b', { weight: 3 })] });
    const order = evaluate(s, oneServiceEach(s)).findings.map((f) => f.severity);
    const rank = { problem: 0, warning: 1, accepted: 2, info: 3, good: 4 };
    expect(order.map((x) => rank[x])).toEqual([...order.map((x) => rank[x])].sort((p, q) => p - q));
    expect(order[0]).toBe('problem');
  });

  it('makes the penalty follow the severity: any problem costs more than any warning', () => {
    expect(SEVERITY_POINTS.problem * 0.6).toBeGreaterThan(SEVERITY_POINTS.warning * 1.6);
    const s = makeScenario({
      capabilities: [cap('a', { writes: ['d'] }), cap('b', { writes: ['d'], changesWith: ['c'] }), cap('c')],
      data: [{ id: 'd', name: 'Data' }],
    });
    const e = evaluate(s, oneServiceEach(s));
    const problem = Math.min(...e.findings.filter((f) => f.severity === 'problem').map((f) => f.penalty));
    const warning = Math.max(...e.findings.filter((f) => f.severity === 'warning').map((f) => f.penalty));
    expect(problem).toBeGreaterThan(warning);
    for (const f of e.findings.filter((x) => x.severity === 'good' || x.severity === 'info')) expect(f.penalty).toBe(0);
  });

  it('scores an empty design 0 and says nothing is placed', () => {
    const s = makeScenario();
    const e = evaluate(s, designOf({}));
    expect(e.score).toBe(0);
    expect(e.findings.map((f) => f.title)).toContain('Nothing placed yet');
  });

  it('shows one score per dimension for the chart, with its weight and figure', () => {
    const s = makeScenario({ interactions: [call('a', 'b')], criticalRequests: [{ id: 'r', name: 'Request', path: ['a', 'b'], budgetMs: 100 }] });
    const e = evaluate(s, oneServiceEach(s));
    const latency = e.dimensions.find((d) => d.id === 'latency')!;
    expect(latency).toMatchObject({ label: 'Latency', score: 100, lost: 0, weight: 1 });
    expect(latency.figure).toBe('Request: 20 ms of 100 ms');
    for (const d of e.dimensions) expect(d.score).toBeGreaterThanOrEqual(0);
  });

  it('writes correct English for one of a thing', () => {
    const s = makeScenario({ capabilities: [cap('a'), cap('b'), cap('c')], interactions: [call('a', 'b')], criticalRequests: [{ id: 'r', name: 'Request', path: ['a', 'b'], budgetMs: 100 }] });
    const text = (d: ReturnType<typeof designOf>) => evaluate(s, d).findings.map((f) => `${f.title} ${f.detail}`).join(' ');
    for (const d of [allInOne(s), oneServiceEach(s), designOf({ One: ['a'] })]) {
      const t = text(d);
      expect(t).not.toMatch(/\b1 (services|pairs|groups|hops|teams|engineers|deployables)\b/);
      expect(t).not.toMatch(/\bAll 1\b/);
      expect(t).not.toMatch(/\b0–0 ms\b/);
    }
  });
});

describe('latency', () => {
  const chain = ['a', 'b', 'c'];
  const s = makeScenario({
    capabilities: chain.map((id) => cap(id, { latencyMs: 20 })),
    interactions: [call('a', 'b'), call('b', 'c')],
    criticalRequests: [{ id: 'r', name: 'Checkout', path: chain, budgetMs: 80 }],
  });

  it('counts hops at the calibrated cost plus each step\'s own latency against the budget', () => {
    expect(severities(s, { One: chain }, 'latency')).toEqual(['good']);
    expect(judge(s, { One: chain }, 'latency')[0]!.detail).toMatch(/Checkout takes about 62 ms of its 80 ms budget: 60 ms in the steps themselves .* and no network hop/);
    const split = judge(s, { A: ['a'], B: ['b'], C: ['c'] }, 'latency');
    expect(split[0]).toMatchObject({ severity: 'warning', title: 'Checkout is close to its budget' });
    expect(split[0]!.detail).toMatch(/80 ms of its 80 ms budget: 60 ms .* and 2 network hops at about 10 ms each/);
  });

  it('is a problem over budget, and a constraint on the budget names itself', () => {
    const tight = makeScenario({ ...s, criticalRequests: [{ id: 'r', name: 'Checkout', path: chain, budgetMs: 70 }], context: { ...s.context, constraints: [constraint('Checkout within 70 ms.', { kind: 'within-budget', requests: ['r'] })] } });
    const [f, ...rest] = judge(tight, { A: ['a'], B: ['b'], C: ['c'] }, 'latency');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'problem', constraint: 'Checkout within 70 ms.' });
  });

  it('does not wait for an asynchronous hand-off', () => {
    const [f] = judge(s, { A: ['a'], B: ['b'], C: ['c'] }, 'latency', { 'a-b': 'async' });
    expect(f!.severity).toBe('good');
    expect(f!.detail).toMatch(/does not wait for B, handed off asynchronously/);
  });
});

describe('availability', () => {
  it('calls a synchronous loop between services a problem', () => {
    const s = makeScenario({ interactions: [call('a', 'b'), call('b', 'a')] });
    expect(judge(s, { One: ['a'], Two: ['b', 'c'] }, 'availability')[0]).toMatchObject({ severity: 'problem', title: 'One and Two call each other in a loop' });
    expect(judge(s, { One: ['a'], Two: ['b', 'c'] }, 'availability', { 'b-a': 'async' })).toEqual([]);
  });

  it('warns when a service waits across a boundary on something slow, and a constraint makes it a problem', () => {
    const s = makeScenario({ capabilities: [cap('a'), cap('b', { latencyMs: 2500 }), cap('c')], interactions: [call('a', 'b')], criticalRequests: [{ id: 'r', name: 'Order', path: ['a', 'b'], budgetMs: 5000 }] });
    expect(judge(s, { One: ['a'], Two: ['b', 'c'] }, 'availability')[0]).toMatchObject({ severity: 'warning', title: 'One waits on B, which can take 2.5 s' });
    expect(judge(s, { One: ['a', 'b', 'c'] }, 'availability')[0]!.severity).toBe('good');
    const strict = makeScenario({ ...s, context: { ...s.context, constraints: [constraint('B is slow.', { kind: 'async-across-boundary', interactions: ['a-b'] })] } });
    const found = judge(strict, { One: ['a'], Two: ['b', 'c'] }, 'availability');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'problem', constraint: 'B is slow.' });
  });

  it('shows the chain\'s availability as its figure', () => {
    const s = makeScenario({ interactions: [call('a', 'b'), call('b', 'c')], criticalRequests: [{ id: 'r', name: 'Req', path: ['a', 'b', 'c'], budgetMs: 500 }] });
    expect(evaluate(s, oneServiceEach(s)).dimensions.find((d) => d.id === 'availability')!.figure).toBe('Req: 99.7 %');
  });

  it('keeps what must keep working apart from what may be slow', () => {
    const s = makeScenario({ interactions: [call('a', 'b')], context: { ...makeScenario().context, constraints: [constraint('A never waits on B.', { kind: 'never-waits', capability: 'a', on: ['b', 'c'] })] } });
    expect(judge(s, { One: ['a'], Two: ['b'], Three: ['c'] }, 'availability').map((f) => f.title)).toEqual(['A depends on B']);
    expect(judge(s, { One: ['a', 'c'], Two: ['b'] }, 'availability', { 'a-b': 'async' }).map((f) => f.title)).toEqual(['A depends on C']);
  });
});

describe('consistency', () => {
  const s = makeScenario({
    interactions: [call('a', 'b'), call('b', 'c', { kind: 'async' })],
    invariants: [{ id: 'all', text: 'A, B and C agree.', capabilities: ['a', 'b', 'c'], eventual: true }],
    references: [{ id: 'saga', title: 'Saga', rationale: 'Why.', services: [{ name: 'A', capabilities: ['a'] }, { name: 'B', capabilities: ['b'] }, { name: 'C', capabilities: ['c'] }], accepts: ['consistency'], modes: { 'a-b': 'async' } }],
  });

  it('is good when one local transaction keeps the rule', () => {
    expect(severities(s, { One: ['a', 'b', 'c'] }, 'consistency')).toEqual(['good']);
  });

  it('says a split needs a saga, accepted when the nearest reference accepts it', () => {
    expect(judge(s, { A: ['a'], B: ['b'], C: ['c'] }, 'consistency', { 'a-b': 'async' })[0]).toMatchObject({ severity: 'accepted', title: 'The cut needs a saga', penalty: 1 });
    expect(judge({ ...s, references: [{ ...s.references[0]!, accepts: [] }] }, { A: ['a'], B: ['b'], C: ['c'] }, 'consistency', { 'a-b': 'async' })[0]!.severity).toBe('warning');
  });

  it('warns when the saga\'s steps wait, and never accepts that', () => {
    expect(judge(s, { A: ['a'], B: ['b'], C: ['c'] }, 'consistency')[0]).toMatchObject({ severity: 'warning', title: "The saga's steps wait on each other" });
  });

  it('calls a split of a rule that may never be seen half-done a problem', () => {
    const strict = makeScenario({ ...s, invariants: [{ ...s.invariants![0]!, eventual: false }] });
    expect(severities(strict, { A: ['a'], B: ['b', 'c'] }, 'consistency', { 'a-b': 'async' })).toEqual(['problem']);
  });

  it('checks that calls the scenario needs synchronous stay so', () => {
    const audited = makeScenario({ ...s, context: { ...s.context, constraints: [constraint('A waits for B.', { kind: 'must-be-sync', interactions: ['a-b'] })] } });
    expect(judge(audited, { A: ['a'], B: ['b'], C: ['c'] }, 'consistency', { 'a-b': 'async' }).map((f) => f.constraint)).toContain('A waits for B.');
  });
});

describe('data ownership', () => {
  const s = makeScenario({ capabilities: [cap('a', { writes: ['d'] }), cap('b', { writes: ['d'] }), cap('c', { writes: ['e'] })], data: [{ id: 'd', name: 'Orders' }, { id: 'e', name: 'Stock' }] });
  it('is a problem when two services write the same data', () => {
    expect(judge(s, { One: ['a'], Two: ['b', 'c'] }, 'data-ownership')[0]).toMatchObject({ severity: 'problem', title: 'Orders are written by 2 services', services: ['One', 'Two'] });
  });
  it('is good when each entity has one writer', () => {
    expect(judge(s, { One: ['a', 'b'], Two: ['c'] }, 'data-ownership')[0]).toMatchObject({ severity: 'good', detail: 'All 2 data entities in use are written by a single service.' });
  });
});

describe('change coupling', () => {
  it('warns once per split pair that changes together', () => {
    const s = makeScenario({ capabilities: [cap('a', { changesWith: ['b'] }), cap('b', { changesWith: ['a'] }), cap('c')] });
    expect(judge(s, { One: ['a'], Two: ['b', 'c'] }, 'change-coupling').map((f) => f.title)).toEqual(['A and B change together but live apart']);
    expect(judge(s, { One: ['a', 'b'], Two: ['c'] }, 'change-coupling')[0]!.severity).toBe('good');
  });

  it('leaves a pair that also shares data to data ownership: one root cause, one finding', () => {
    const s = makeScenario({ capabilities: [cap('a', { writes: ['d'], changesWith: ['b'] }), cap('b', { writes: ['d'] }), cap('c')], data: [{ id: 'd', name: 'Orders' }] });
    const e = evaluate(s, designOf({ One: ['a'], Two: ['b', 'c'] }));
    expect(of(e.findings, 'change-coupling').filter((f) => f.severity !== 'good')).toEqual([]);
    expect(of(e.findings, 'data-ownership')).toHaveLength(1);
  });

  it('warns about a chatty synchronous call off the critical path', () => {
    const s = makeScenario({ interactions: [call('a', 'b', { weight: 3 })] });
    expect(judge(s, { One: ['a'], Two: ['b', 'c'] }, 'change-coupling')[0]!.title).toBe('A calls B 3 times a request across a boundary');
  });
});

describe('resource fit', () => {
  it('calls large and small accelerators in one service a problem', () => {
    const s = makeScenario({ capabilities: [cap('llm', { scaling: 'gpu', accelerator: 'large', name: 'LLM' }), cap('emb', { scaling: 'gpu', name: 'Embedding' }), cap('c')] });
    const [f] = judge(s, { Models: ['llm', 'emb'], Rest: ['c'] }, 'resource-fit');
    expect(f).toMatchObject({ severity: 'problem', title: 'Models mixes accelerator-bound work' });
    expect(f!.detail).toMatch(/LLM needs large accelerators and Embedding small ones/);
  });

  it('lets light traffic make accelerators beside ordinary code a warning', () => {
    const s = makeScenario({ capabilities: [cap('a', { scaling: 'gpu' }), cap('b'), cap('c')] });
    expect(severities(s, { One: ['a', 'b'], Two: ['c'] }, 'resource-fit')).toEqual(['problem']);
    const light = makeScenario({ ...s, context: { ...s.context, trafficLevel: 'low' } });
    expect(severities(light, { One: ['a', 'b'], Two: ['c'] }, 'resource-fit')).toEqual(['warning']);
  });

  it('lets a capability inherit the load of the spiky capability that calls it', () => {
    const s = makeScenario({ capabilities: [cap('serving', { scaling: 'spiky' }), cap('filter'), cap('c')], interactions: [call('serving', 'filter')], criticalRequests: [{ id: 'r', name: 'Serve', path: ['serving', 'filter'], budgetMs: 100 }] });
    expect(severities(s, { Serving: ['serving', 'filter'], Other: ['c'] }, 'resource-fit')).toEqual(['good']);
    expect(severities(s, { Serving: ['serving', 'c'], Other: ['filter'] }, 'resource-fit')).toEqual(['warning']);
  });
});

describe('team fit', () => {
  const s = makeScenario();
  it('warns a medium organisation of 200 on one service that its teams share a deployable', () => {
    const big = makeScenario({ context: { ...s.context, teamSize: 200, stage: 'medium' } });
    expect(judge(big, { All: ['a', 'b', 'c'] }, 'team-fit')[0]).toMatchObject({ severity: 'problem', title: '25 teams share one deployable' });
  });

  it('judges the scenario\'s own teams, not a people-per-service rule the cut cannot meet', () => {
    const teams = makeScenario({ context: { ...s.context, teamSize: 40, stage: 'large', teams: [{ id: 't1', name: 'Red', people: 20, owns: ['a', 'b'] }, { id: 't2', name: 'Blue', people: 20, owns: ['c'] }] } });
    expect(severities(teams, { One: ['a', 'b'], Two: ['c'] }, 'team-fit')).toEqual(['good']);
    expect(judge(teams, { One: ['a', 'c'], Two: ['b'] }, 'team-fit')[0]).toMatchObject({ severity: 'warning', title: 'One is shared by 2 teams' });
  });

  it('is a problem when a startup has more than two services per person', () => {
    const tiny = makeScenario({ context: { ...s.context, teamSize: 1, stage: 'startup' } });
    expect(severities(tiny, { A: ['a'], B: ['b'], C: ['c'] }, 'team-fit')).toEqual(['problem']);
    expect(severities(tiny, { A: ['a', 'b'], C: ['c'] }, 'team-fit')).toEqual(['good']);
  });
});

describe('operations', () => {
  const caps = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cap(id));
  const s = makeScenario({ capabilities: caps, context: { ...makeScenario().context, teamSize: 6, devopsCapacity: 'low' } });
  it('counts deployables against what the DevOps capacity carries', () => {
    expect(severities(s, { A: ['a', 'b', 'c'], B: ['d', 'e', 'f'] }, 'operations')).toEqual(['good']);
    expect(severities(s, { A: ['a', 'b'], B: ['c', 'd'], C: ['e', 'f'] }, 'operations')).toEqual(['warning']);
    expect(severities(s, Object.fromEntries(caps.map((c) => [c.id, [c.id]])), 'operations')).toEqual(['problem']);
  });

  it('turns a limit on deployables into a problem that names the constraint', () => {
    const reviewed = makeScenario({ ...s, context: { ...s.context, constraints: [constraint('Each deployable is reviewed for weeks.', { kind: 'max-deployables', count: 2 })] } });
    const found = judge(reviewed, { A: ['a', 'b'], B: ['c', 'd'], C: ['e', 'f'] }, 'operations');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'problem', constraint: 'Each deployable is reviewed for weeks.' });
  });

  it('carries more with a platform team', () => {
    const platform = makeScenario({ ...s, context: { ...s.context, platformTeam: true } });
    expect(severities(platform, { A: ['a', 'b'], B: ['c', 'd'], C: ['e', 'f'] }, 'operations')).toEqual(['good']);
  });
});

describe('compliance scope', () => {
  const s = makeScenario({
    capabilities: [cap('intake', { dataClass: 'regulated' }), cap('consent', { dataClass: 'regulated' }), cap('x'), cap('y'), cap('z')],
    interactions: [call('intake', 'consent')],
  });
  it('puts every deployable that handles regulated data in scope', () => {
    expect(judge(s, { Core: ['intake', 'consent'], Rest: ['x', 'y', 'z'] }, 'compliance')[0]!.severity).toBe('good');
    const [f] = judge(s, { One: ['intake'], Two: ['consent'], Rest: ['x', 'y', 'z'] }, 'compliance');
    expect(f).toMatchObject({ severity: 'warning', title: 'Regulated data is handled in 2 deployables' });
    expect(f!.detail).toMatch(/crosses a boundary in Intake → Consent/);
  });

  it('names the constraint when regulated data must stay in one deployable', () => {
    const strict = makeScenario({ ...s, context: { ...s.context, constraints: [constraint('Reviewed code only.', { kind: 'regulated-in-one-deployable' })] } });
    expect(severities(strict, { One: ['intake'], Two: ['consent'], Rest: ['x', 'y', 'z'] }, 'compliance')).toEqual(['problem']);
  });

  it('warns when ordinary code sits inside the scope', () => {
    expect(judge(s, { All: ['intake', 'consent', 'x', 'y', 'z'] }, 'compliance')[0]!.title).toBe('3 capabilities in compliance scope without need');
  });
});

describe('closeness to a reference', () => {
  const s = makeScenario({ references: [{ id: 'two', title: 'Two', rationale: 'Why.', services: [{ name: 'AB', capabilities: ['a', 'b'] }, { name: 'C', capabilities: ['c'] }] }] });
  it('is information only, and says nothing until every capability is placed', () => {
    expect(judge(s, { One: ['a', 'b'] }, 'reference')).toEqual([]);
    expect(judge(s, { X: ['a', 'b'], Y: ['c'] }, 'reference')[0]).toMatchObject({ severity: 'good', title: 'Matches "Two"', penalty: 0 });
    expect(judge(s, { X: ['a'], Y: ['b', 'c'] }, 'reference')[0]).toMatchObject({ severity: 'info', title: '1 step from "Two"', penalty: 0 });
  });
});

describe('unplaced', () => {
  it('is a problem, costing in proportion to what is still in the palette', () => {
    const s = makeScenario({ capabilities: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cap(id)) });
    const [f] = judge(s, { One: ['a', 'b', 'c', 'd', 'e'] }, 'unplaced');
    expect(f).toMatchObject({ severity: 'problem', title: '1 capability not placed', penalty: 15 });
    expect(judge(s, { One: ['a', 'b'] }, 'unplaced')[0]!.penalty).toBe(40);
  });
});

describe('context weights', () => {
  it('weighs operations for little DevOps capacity and team fit for a large organisation', () => {
    const startup = contextWeights(makeScenario({ context: { ...makeScenario().context, stage: 'startup', devopsCapacity: 'low', teamSize: 4 } }));
    const large = contextWeights(makeScenario({ context: { ...makeScenario().context, stage: 'large', devopsCapacity: 'high', teamSize: 40, platformTeam: true } }));
    expect(startup.operations.weight).toBeGreaterThan(large.operations.weight);
    expect(large['team-fit'].weight).toBeGreaterThan(startup['team-fit'].weight);
    expect(startup.operations.reason).toBe('low DevOps capacity');
  });

  it('scores the same six services lower for a 4-person startup than for a 40-person organisation with a platform team', () => {
    const caps = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cap(id));
    const startup = makeScenario({ capabilities: caps, context: { ...makeScenario().context, stage: 'startup', devopsCapacity: 'low', teamSize: 4 } });
    const large = makeScenario({ capabilities: caps, context: { ...makeScenario().context, stage: 'large', devopsCapacity: 'high', teamSize: 40, platformTeam: true } });
    expect(evaluate(large, oneServiceEach(large)).score - evaluate(startup, oneServiceEach(startup)).score).toBeGreaterThanOrEqual(3);
    expect(evaluate(startup, allInOne(startup)).score - evaluate(startup, oneServiceEach(startup)).score).toBeGreaterThanOrEqual(3);
  });
});

describe('lastEvaluation', () => {
  it('evaluates a design once however often it is asked', () => {
    const s = makeScenario();
    const ev = lastEvaluation();
    const d = oneServiceEach(s);
    const first = ev(s, d);
    expect(ev(s, d)).toBe(first);
    expect(ev(s, allInOne(s))).not.toBe(first);
  });
});
