import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Design, Scenario } from './model';
import { designFromReference } from './reference-design';
import { parseScenarioSource } from './scenario-schema';
import { knownLessonSlugs, loadScenarios, SCENARIOS_DIR } from './scenarios';
import { allInOne, designOf, oneServiceEach } from './test-factories';

const scenarios = loadScenarios();
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const cut = (s: Scenario, groups: Record<string, string[]>, modes: Design['modes'] = {}) => designOf(groups, modes, s.id);

/** For each scenario, a known bad cut of the kind learners make, and why it is bad. */
const BAD_CUTS: Record<string, (s: Scenario) => Design> = {
  // One service per capability: too many for the team, helpers and change-coupled pairs split.
  'retail-shop': oneServiceEach,
  // One big service for forty engineers with GPU, spiky and batch work inside.
  'streaming-platform': (s) => allInOne(s, 'Streaming app'),
  // Order taking and order status apart write the same orders; everything waits synchronously.
  'order-saga': (s) => cut(s, { Checkout: ['orders', 'payments'], Tracking: ['order-status', 'inventory', 'email'] }),
  // The microservices first attempt: six services for six people with little DevOps help.
  'financial-ai-platform': oneServiceEach,
  // Everything in one service: GPUs scale with spiky serving, 20 people on one codebase.
  'recommendation-system': (s) => allInOne(s, 'Recommender'),
  // Microservices for a startup of eight with low DevOps capacity.
  'healthcare-startup': oneServiceEach,
  // One process for everything: every copy needs the largest accelerator, indexing competes with answers.
  'chatqna-pipeline': (s) => allInOne(s, 'Assistant'),
};

describe('content/scenarios', () => {
  it('holds at least six valid scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
  });

  it('covers the scenarios the course needs', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(Object.keys(BAD_CUTS).sort());
  });

  for (const s of scenarios) {
    describe(s.id, () => {
      it('names only lessons of the course', () => {
        const known = knownLessonSlugs();
        for (const slug of s.lessons) expect(known.has(slug), slug).toBe(true);
      });

      it('scores every reference design well', () => {
        for (const ref of s.references) {
          const e = evaluate(s, designFromReference(s, ref.id)!);
          expect(e.score, `${ref.id}: ${e.findings.map((f) => `${f.rule} ${f.penalty}`).join(', ')}`).toBeGreaterThanOrEqual(75);
          expect(e.closestReference?.id).toBe(ref.id);
        }
      });

      it('scores its known good cut above its known bad cut', () => {
        const good = evaluate(s, designFromReference(s, s.references[0]!.id)!);
        const bad = evaluate(s, BAD_CUTS[s.id]!(s));
        expect(good.score - bad.score, `good ${good.score}, bad ${bad.score}`).toBeGreaterThanOrEqual(5);
        expect(bad.findings.some((f) => f.severity === 'problem' || f.severity === 'warning')).toBe(true);
      });
    });
  }
});

describe('context decides the cut', () => {
  it('turns the ranking of the same two retail cuts around between a startup and a large company', () => {
    const base = byId('retail-shop');
    const startup: Scenario = { ...base, context: { ...base.context, teamSize: 3, stage: 'startup', devopsCapacity: 'low', trafficLevel: 'low' } };
    const large: Scenario = { ...base, context: { ...base.context, teamSize: 40, stage: 'large', devopsCapacity: 'high', trafficLevel: 'high' } };
    const monolith = allInOne(base, 'Shop');
    const micro = oneServiceEach(base);
    expect(evaluate(startup, monolith).score).toBeGreaterThan(evaluate(startup, micro).score);
    expect(evaluate(large, micro).score).toBeGreaterThan(evaluate(large, monolith).score);
  });

  it('prefers the megaservice for the bank and separate services for the recommender', () => {
    const bank = byId('financial-ai-platform');
    const recs = byId('recommendation-system');
    expect(evaluate(bank, allInOne(bank)).score).toBeGreaterThan(evaluate(bank, oneServiceEach(bank)).score);
    expect(evaluate(recs, oneServiceEach(recs)).score).toBeGreaterThan(evaluate(recs, allInOne(recs)).score);
  });

  it('rewards turning the saga calls into events', () => {
    const s = byId('order-saga');
    const groups = { Orders: ['orders', 'order-status', 'email'], Payments: ['payments'], Inventory: ['inventory'] };
    const waiting = evaluate(s, cut(s, groups));
    const events = evaluate(s, cut(s, groups, { 'orders-payments': 'async', 'orders-inventory': 'async' }));
    expect(events.score).toBeGreaterThan(waiting.score);
    expect(events.metrics.maxNetworkHops).toBe(0);
  });
});

describe('loadScenarios', () => {
  const retail = readFileSync(path.join(SCENARIOS_DIR, 'retail-shop.yaml'), 'utf8');
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scenarios-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };

  it('fails naming the file and the field when a field is missing', () => {
    const dir = dirWith({ 'retail-shop.yaml': retail.replace(/^title: .*$/m, '') });
    expect(() => loadScenarios(dir)).toThrow(/content\/scenarios\/retail-shop\.yaml: field "title" is required/);
  });

  it('lists every problem of every file in one error', () => {
    const dir = dirWith({
      'retail-shop.yaml': retail.replace('scaling: gpu', 'scaling: quantum'),
      'other.yaml': retail.replace('id: retail-shop', 'id: other').replace('from: checkout, to: billing', 'from: checkout, to: bill'),
    });
    let message = '';
    try {
      loadScenarios(dir);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/retail-shop\.yaml: field "capabilities\.3\.scaling"/);
    expect(message).toMatch(/other\.yaml: interactions\[9\]\.to: "bill" is not a capability/);
  });

  it('refuses YAML that does not parse', () => {
    const dir = dirWith({ 'broken.yaml': 'id: [unclosed' });
    expect(() => loadScenarios(dir)).toThrow(/broken\.yaml: not valid YAML/);
  });
});

describe('parseScenarioSource cross-checks', () => {
  const retail = readFileSync(path.join(SCENARIOS_DIR, 'retail-shop.yaml'), 'utf8');
  const parse = (text: string) => parseScenarioSource('content/scenarios/retail-shop.yaml', text, knownLessonSlugs());
  const errorOf = (text: string) => {
    const r = parse(text);
    return r.success ? '' : r.error;
  };

  it('accepts the file as written', () => {
    expect(parse(retail).success).toBe(true);
  });

  it('refuses duplicate ids', () => {
    expect(errorOf(retail.replace('id: pricing\n', 'id: catalog\n'))).toMatch(/capabilities: id "catalog" is used twice/);
  });

  it('refuses writes to data that does not exist', () => {
    expect(errorOf(retail.replace('writes: [price]', 'writes: [prices]'))).toMatch(/capabilities\[1\]\.writes\[0\]: "prices" is not a data entity/);
  });

  it('refuses changesWith that points nowhere', () => {
    expect(errorOf(retail.replace('changesWith: [promotions]', 'changesWith: [promo]'))).toMatch(/changesWith\[0\]: "promo" is not a capability/);
  });

  it('refuses a critical path step that no earlier step calls', () => {
    expect(errorOf(retail.replace('path: [checkout, billing]', 'path: [billing, checkout]'))).toMatch(/criticalRequests\[2\]\.path\[1\]: no earlier step calls "checkout"/);
  });

  it('refuses a reference that leaves a capability out or places one twice', () => {
    const text = retail.replace('{ name: Notifications, capabilities: [email] }', '{ name: Notifications, capabilities: [cart] }');
    expect(errorOf(text)).toMatch(/references\[0\]: "cart" is placed in two services/);
    expect(errorOf(text)).toMatch(/references\[0\]: does not place "email"/);
  });

  it('refuses lessons the course does not plan', () => {
    expect(errorOf(retail.replace('  - real-time-ml\n', '  - no-such-lesson\n'))).toMatch(/lessons\[1\]: "no-such-lesson" is not a lesson of the course/);
  });

  it('refuses a file whose id differs from its name', () => {
    expect(errorOf(retail.replace('id: retail-shop', 'id: retail'))).toMatch(/field "id" is "retail" but the file is named retail-shop\.yaml/);
  });
});
