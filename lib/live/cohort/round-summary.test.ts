import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/builder/evaluate';
import { designFromReference } from '@/lib/builder/reference-design';
import { getScenario } from '@/lib/builder/scenarios';
import { designOf } from '@/lib/builder/test-factories';
import { compareWithClass, designFromGroups, majorityModes, summariseBuilderRound } from './round-summary';

const scenario = getScenario('order-saga')!;
const cut = (groups: Record<string, string[]>) => designOf(groups, {}, scenario.id);
const sagaCut = cut({ Orders: ['orders', 'order-status'], Pay: ['payments'], Stock: ['inventory'], Mail: ['email'] });
const emailWithOrders = cut({ A: ['orders', 'order-status', 'email'], B: ['payments'], C: ['inventory'] });
const monolith = cut({ All: ['orders', 'order-status', 'payments', 'inventory', 'email'] });

describe('summariseBuilderRound', () => {
  const summary = summariseBuilderRound(scenario, [
    { participant: 'p1', design: sagaCut },
    { participant: 'p2', design: emailWithOrders },
    { participant: 'p3', design: { ...sagaCut, services: sagaCut.services.map((s) => ({ ...s, name: `${s.name}!`, color: 'rose' })) } },
    { participant: 'p4', design: monolith },
  ]);

  it('counts submissions and groups the same cut under other names as one', () => {
    expect(summary.submissions).toBe(4);
    expect(summary.cuts[0]).toMatchObject({ count: 2, participants: ['p1', 'p3'] });
    expect(summary.cuts).toHaveLength(3);
  });

  it('finds the consensus the majority implies and scores it with the builder evaluation', () => {
    const groups = summary.consensus!.design.services.map((s) =>
      Object.entries(summary.consensus!.design.placement)
        .filter(([, svc]) => svc === s.id)
        .map(([cap]) => cap)
        .sort(),
    );
    // orders+order-status: together in all 4; email with orders in 2 of 4 (not a majority).
    expect(groups).toContainEqual(['order-status', 'orders']);
    expect(groups).toContainEqual(['email']);
    expect(summary.consensus!.evaluation.score).toBe(evaluate(scenario, summary.consensus!.design).score);
    expect(summary.consensus!.agreement.every((a) => a > 0.5)).toBe(true);
  });

  it('scores every reference as the builder would', () => {
    expect(summary.references.map((r) => r.id)).toEqual(scenario.references.map((r) => r.id));
    const direct = evaluate(scenario, designFromReference(scenario, scenario.references[0]!.id)!).score;
    expect(summary.references[0]!.evaluation.score).toBe(direct);
    expect(summary.references[0]!.design.services.map((s) => s.name)).toEqual(scenario.references[0]!.services.map((s) => s.name));
  });

  it('orders the heat map over every capability and bins every score', () => {
    expect([...summary.order].sort()).toEqual(scenario.capabilities.map((c) => c.id).sort());
    expect(summary.scores.count).toBe(4);
  });

  it('has no consensus before anyone submits', () => {
    const empty = summariseBuilderRound(scenario, []);
    expect(empty.consensus).toBeNull();
    expect(empty.cuts).toEqual([]);
    expect(empty.references).toHaveLength(scenario.references.length);
  });

  it('compares one learner with the class: identical to the consensus means closeness 100', () => {
    const mine = compareWithClass(scenario, summary.consensus!.design, summary);
    expect(mine.against[0]).toMatchObject({ id: 'consensus', closeness: 100 });
    expect(mine.against).toHaveLength(1 + scenario.references.length);
  });
});

describe('designFromGroups and majorityModes', () => {
  it('names services after their capabilities, never after learner text', () => {
    const d = designFromGroups(scenario, [['orders', 'order-status', 'email'], ['payments']]);
    expect(d.services.map((s) => s.name)).toEqual(['Order taking, Order status +1', 'Payments']);
    expect(d.placement.email).toBe(d.services[0]!.id);
  });

  it('switches a call only when most of the class switched it', () => {
    const x = scenario.interactions.find((i) => i.switchable)!;
    const other: 'sync' | 'async' = x.kind === 'sync' ? 'async' : 'sync';
    const switched = { ...sagaCut, modes: { [x.id]: other } };
    expect(majorityModes(scenario, [switched, switched, sagaCut])).toEqual({ [x.id]: other });
    expect(majorityModes(scenario, [switched, sagaCut])).toEqual({});
  });
});
