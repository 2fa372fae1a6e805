import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { RULE_LESSONS } from './lesson-links';
import type { Finding, RuleId, Scenario } from './model';
import { allInOne, designOf, makeCapability as cap, makeInteraction as call, makeScenario, oneServiceEach } from './test-factories';

const of = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);
const penaltyOf = (s: Scenario, groups: Record<string, string[]>, rule: RuleId, modes = {}) =>
  of(evaluate(s, designOf(groups, modes)).findings, rule).reduce((sum, f) => sum + f.penalty, 0);

describe('evaluate', () => {
  it('scores 100 minus the penalties, and every finding links its lesson', () => {
    const s = makeScenario({ interactions: [call('a', 'b', { weight: 3 })] });
    const e = evaluate(s, designOf({ One: ['a'], Two: ['b', 'c'] }));
    expect(e.score).toBe(100 - e.findings.reduce((sum, f) => sum + f.penalty, 0));
    for (const f of e.findings) expect(f.lesson).toEqual(RULE_LESSONS[f.rule]);
  });

  it('lists problems before warnings and good findings last', () => {
    const s = makeScenario({ interactions: [call('a', 'b', { weight: 3 })] });
    const order = evaluate(s, oneServiceEach(s)).findings.map((f) => f.severity);
    const rank = { problem: 0, warning: 1, info: 2, good: 3 };
    expect(order.map((x) => rank[x])).toEqual([...order.map((x) => rank[x])].sort((p, q) => p - q));
  });

  it('scores an empty design 0 and says nothing is placed', () => {
    const s = makeScenario();
    const e = evaluate(s, designOf({}));
    expect(e.score).toBe(0);
    expect(e.findings.map((f) => f.title)).toContain('Nothing placed yet');
  });

  it('penalises unplaced capabilities in proportion', () => {
    const s = makeScenario();
    expect(penaltyOf(s, { One: ['a', 'b'] }, 'unplaced')).toBe(20);
    expect(penaltyOf(s, { One: ['a', 'b', 'c'] }, 'unplaced')).toBe(0);
  });

  it('ignores services that hold nothing', () => {
    const s = makeScenario();
    const d = designOf({ One: ['a', 'b', 'c'] });
    d.services.push({ id: 'empty', name: 'Empty', color: 'teal' });
    expect(evaluate(s, d).metrics.services).toBe(1);
  });
});

describe('coupling rule', () => {
  const s = makeScenario({
    capabilities: ['a', 'b', 'c', 'd'].map((id) => cap(id)),
    interactions: [call('a', 'b', { weight: 5 }), call('c', 'd', { weight: 5 }), call('b', 'c', { weight: 1 })],
  });

  it('rewards boundaries that keep the heavy calls inside', () => {
    const [f] = of(evaluate(s, designOf({ AB: ['a', 'b'], CD: ['c', 'd'] })).findings, 'coupling');
    expect(f?.severity).toBe('good');
    expect(f?.penalty).toBe(0);
  });

  it('penalises cutting through the heavy calls, naming the services', () => {
    const [f] = of(evaluate(s, designOf({ AC: ['a', 'c'], BD: ['b', 'd'] })).findings, 'coupling');
    expect(f?.severity).toBe('problem');
    expect(f?.penalty).toBe(12); // all 11 calls per request cross
    expect(f?.services.sort()).toEqual(['AC', 'BD']);
  });

  it('counts an asynchronous crossing call half', () => {
    const sync = penaltyOf(s, { AC: ['a', 'c'], BD: ['b', 'd'] }, 'coupling');
    const asyncOne = penaltyOf(s, { AC: ['a', 'c'], BD: ['b', 'd'] }, 'coupling', { 'a-b': 'async' });
    expect(asyncOne).toBeLessThan(sync);
  });

  it('ignores a mode change on a call that cannot be switched', () => {
    const fixed = makeScenario({ capabilities: s.capabilities, interactions: s.interactions.map((x) => ({ ...x, switchable: false })) });
    expect(penaltyOf(fixed, { AC: ['a', 'c'], BD: ['b', 'd'] }, 'coupling', { 'a-b': 'async' })).toBe(penaltyOf(fixed, { AC: ['a', 'c'], BD: ['b', 'd'] }, 'coupling'));
  });
});

describe('sync-chain rule', () => {
  const chain = ['a', 'b', 'c', 'd', 'e'];
  const s = makeScenario({
    capabilities: chain.map((id) => cap(id)),
    interactions: chain.slice(1).map((id, i) => call(chain[i]!, id)),
    criticalRequests: [{ id: 'req', name: 'Request', path: chain }],
  });

  it('is free while the critical path stays in process', () => {
    const [f] = of(evaluate(s, allInOne(s)).findings, 'sync-chain');
    expect(f?.severity).toBe('good');
  });

  it('reports hops with the course latency, compounding along the chain', () => {
    const [f] = of(evaluate(s, oneServiceEach(s)).findings, 'sync-chain');
    expect(f?.title).toBe('Request: 4 network hops');
    expect(f?.detail).toContain('about 20–200 ms');
    expect(f?.detail).toContain('under 1 ms');
    expect(f?.penalty).toBe(2 * 3 + 3);
  });

  it('adds a penalty when even the best case misses the budget', () => {
    const tight = makeScenario({ ...s, criticalRequests: [{ id: 'req', name: 'Request', path: chain, budgetMs: 15 }] });
    const [f] = of(evaluate(tight, oneServiceEach(tight)).findings, 'sync-chain');
    expect(f?.penalty).toBe(2 * 3 + 3 + 9);
    expect(f?.detail).toContain('exceeds the 15 ms budget');
  });

  it('stops the wait at an asynchronous hand-off', () => {
    const e = evaluate(s, { ...oneServiceEach(s), modes: { 'b-c': 'async' } });
    expect(e.metrics.maxNetworkHops).toBe(1);
  });

  it('counts the calls an orchestrator makes in turn', () => {
    const orchestrated = makeScenario({
      capabilities: ['g', 'x', 'y', 'z'].map((id) => cap(id)),
      interactions: [call('g', 'x'), call('g', 'y'), call('g', 'z')],
      criticalRequests: [{ id: 'req', name: 'Request', path: ['g', 'x', 'y', 'z'] }],
    });
    expect(evaluate(orchestrated, designOf({ G: ['g'], X: ['x', 'y', 'z'] })).metrics.maxNetworkHops).toBe(3);
  });
});

describe('data-ownership rule', () => {
  const s = makeScenario({
    capabilities: [cap('a', { writes: ['order'] }), cap('b', { writes: ['order'] }), cap('c', { writes: ['stock'] })],
    data: [{ id: 'order', name: 'Orders' }, { id: 'stock', name: 'Stock' }],
  });

  it('flags data written from two services, naming both', () => {
    const [f] = of(evaluate(s, designOf({ One: ['a'], Two: ['b', 'c'] })).findings, 'data-ownership');
    expect(f?.severity).toBe('problem');
    expect(f?.title).toBe('Orders are written by 2 services');
    expect(f?.services).toEqual(['One', 'Two']);
    expect(f?.penalty).toBe(6);
  });

  it('is good when every entity has one owning service', () => {
    const [f] = of(evaluate(s, designOf({ One: ['a', 'b'], Two: ['c'] })).findings, 'data-ownership');
    expect(f?.severity).toBe('good');
  });
});

describe('sync-cycle rule', () => {
  const s = makeScenario({ interactions: [call('a', 'b', { switchable: true }), call('b', 'a', { id: 'b-a' })] });

  it('finds services that call each other synchronously', () => {
    const [f] = of(evaluate(s, designOf({ A: ['a'], B: ['b', 'c'] })).findings, 'sync-cycle');
    expect(f?.severity).toBe('problem');
    expect(f?.services).toEqual(['A', 'B']);
    expect(f?.penalty).toBe(10);
  });

  it('breaks the loop when one direction becomes an event', () => {
    const [f] = of(evaluate(s, designOf({ A: ['a'], B: ['b', 'c'] }, { 'a-b': 'async' })).findings, 'sync-cycle');
    expect(f?.severity).toBe('good');
  });

  it('finds longer loops through three services', () => {
    const tri = makeScenario({ interactions: [call('a', 'b'), call('b', 'c'), call('c', 'a')] });
    expect(evaluate(tri, oneServiceEach(tri)).metrics.syncCycles).toBe(1);
  });
});

describe('scaling-mismatch rule', () => {
  const s = makeScenario({ capabilities: [cap('web'), cap('model', { scaling: 'gpu' }), cap('sale', { scaling: 'spiky' })] });

  it('flags GPU work locked in with other work as a problem', () => {
    const [f] = of(evaluate(s, designOf({ App: ['web', 'model'], Sale: ['sale'] })).findings, 'scaling-mismatch');
    expect(f?.severity).toBe('problem');
    expect(f?.services).toEqual(['App']);
    expect(f?.penalty).toBe(10);
  });

  it('weighs the mismatch by the scenario traffic', () => {
    const quiet = makeScenario({ ...s, context: { ...s.context, trafficLevel: 'low' } });
    expect(penaltyOf(quiet, { App: ['web', 'model'], Sale: ['sale'] }, 'scaling-mismatch')).toBe(5);
  });

  it('flags spiky with steady as a warning', () => {
    const [f] = of(evaluate(s, designOf({ App: ['web', 'sale'], Model: ['model'] })).findings, 'scaling-mismatch');
    expect(f?.severity).toBe('warning');
  });

  it('is good when each profile has its own service', () => {
    expect(of(evaluate(s, oneServiceEach(s)).findings, 'scaling-mismatch')[0]?.severity).toBe('good');
  });
});

describe('split-cohesion rule', () => {
  it('flags capabilities that change together placed apart', () => {
    const s = makeScenario({ capabilities: [cap('a', { changesWith: ['b'] }), cap('b', { changesWith: ['a'] }), cap('c')] });
    const found = of(evaluate(s, designOf({ A: ['a'], B: ['b', 'c'] })).findings, 'split-cohesion');
    expect(found).toHaveLength(1);
    expect(found[0]?.penalty).toBe(5);
    expect(of(evaluate(s, designOf({ AB: ['a', 'b'], C: ['c'] })).findings, 'split-cohesion')[0]?.severity).toBe('good');
  });

  it('flags a helper used by one capability only (the external auth aggregator)', () => {
    const s = makeScenario({ capabilities: [cap('profile'), cap('aggregator'), cap('billing')], interactions: [call('profile', 'aggregator'), call('billing', 'profile')] });
    const [f] = of(evaluate(s, designOf({ Profile: ['profile', 'billing'], Aggregator: ['aggregator'] })).findings, 'split-cohesion');
    expect(f?.title).toBe('Aggregator is a helper of Profile only');
  });

  it('does not call GPU work a helper: scaling it alone is a reason to split', () => {
    const s = makeScenario({ capabilities: [cap('api'), cap('model', { scaling: 'gpu' }), cap('c')], interactions: [call('api', 'model')] });
    expect(of(evaluate(s, designOf({ Api: ['api', 'c'], Model: ['model'] })).findings, 'split-cohesion')).toHaveLength(0);
  });
});

describe('team-size rule', () => {
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cap(id));
  const ctx = (over: Partial<Scenario['context']>) => makeScenario({ capabilities: six, context: { ...makeScenario().context, ...over } });

  it('allows a startup at most two services per person', () => {
    expect(of(evaluate(ctx({ stage: 'startup', teamSize: 3 }), oneServiceEach(ctx({}))).findings, 'team-size')[0]?.severity).toBe('good');
    expect(of(evaluate(ctx({ stage: 'startup', teamSize: 2 }), oneServiceEach(ctx({}))).findings, 'team-size')[0]?.severity).toBe('problem');
  });

  it('allows a medium organisation at most one service per person', () => {
    const [f] = of(evaluate(ctx({ stage: 'medium', teamSize: 4 }), oneServiceEach(ctx({}))).findings, 'team-size');
    expect(f?.title).toBe('More services than people');
  });

  it('asks a large organisation to split services of more than four people', () => {
    const [f] = of(evaluate(ctx({ stage: 'large', teamSize: 30 }), allInOne(ctx({}))).findings, 'team-size');
    expect(f?.title).toBe('Services too big for their teams');
    expect(f?.penalty).toBe(15);
    expect(of(evaluate(ctx({ stage: 'large', teamSize: 18 }), oneServiceEach(ctx({}))).findings, 'team-size')[0]?.severity).toBe('good');
  });
});

describe('ops-overhead rule', () => {
  const six = makeScenario({ capabilities: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => cap(id)) });

  it('charges each service beyond what low DevOps capacity runs comfortably', () => {
    const low = makeScenario({ ...six, context: { ...six.context, devopsCapacity: 'low' } });
    const [f] = of(evaluate(low, oneServiceEach(low)).findings, 'ops-overhead');
    expect(f?.penalty).toBe(12);
    expect(f?.why).toContain('20–30%');
    expect(f?.why).toContain('$15,000');
  });

  it('lets the same design pass with high capacity', () => {
    const high = makeScenario({ ...six, context: { ...six.context, devopsCapacity: 'high' } });
    expect(of(evaluate(high, oneServiceEach(high)).findings, 'ops-overhead')[0]?.severity).toBe('good');
  });
});

describe('reference-distance rule', () => {
  const s = makeScenario({
    capabilities: ['a', 'b', 'c', 'd'].map((id) => cap(id)),
    references: [
      { id: 'pairs', title: 'Pairs', rationale: 'Why.', services: [{ name: 'AB', capabilities: ['a', 'b'] }, { name: 'CD', capabilities: ['c', 'd'] }] },
      { id: 'one', title: 'One', rationale: 'Why.', services: [{ name: 'All', capabilities: ['a', 'b', 'c', 'd'] }] },
    ],
  });

  it('matches the closest of several references', () => {
    const e = evaluate(s, designOf({ X: ['a', 'b'], Y: ['c', 'd'] }));
    expect(e.closestReference).toMatchObject({ id: 'pairs', mojoFM: 100, f1: 1 });
    expect(of(e.findings, 'reference-distance')[0]?.severity).toBe('good');
    expect(evaluate(s, allInOne(s)).closestReference?.id).toBe('one');
  });

  it('takes off up to 10 points for a cut far from every reference', () => {
    const [f] = of(evaluate(s, designOf({ X: ['a', 'c'], Y: ['b', 'd'] })).findings, 'reference-distance');
    expect(f?.penalty).toBeGreaterThan(0);
    expect(f?.penalty).toBeLessThanOrEqual(10);
    expect(f?.detail).toContain('MoJoFM');
  });
});
