import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Design, Scenario } from './model';
import { designFromReference } from './reference-design';
import { parseScenarioSource } from './scenario-schema';
import { PANEL, panelDesign } from './panel';
import { knownLessonSlugs, loadScenarios, SCENARIOS_DIR } from './scenarios';
import { allInOne, designOf, oneServiceEach } from './test-factories';

const scenarios = loadScenarios();
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const cut = (s: Scenario, groups: Record<string, string[]>, modes: Design['modes'] = {}) => designOf(groups, modes, s.id);

/** The references are sound by construction: a learner who copies one is never told it is wrong. */
const REFERENCE_FLOOR = 85;

describe('content/scenarios', () => {
  it('holds at least six valid scenarios, each with an entry in the expert panel', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    expect(scenarios.map((s) => s.id).sort()).toEqual(PANEL.map((p) => p.scenario).sort());
  });

  for (const s of scenarios) {
    describe(s.id, () => {
      it('names only lessons of the course', () => {
        const known = knownLessonSlugs();
        for (const slug of s.lessons) expect(known.has(slug), slug).toBe(true);
      });

      it(`scores every reference design at least ${REFERENCE_FLOOR} with no problem finding`, () => {
        for (const ref of s.references) {
          const e = evaluate(s, designFromReference(s, ref.id)!);
          const problems = e.findings.filter((f) => f.severity === 'problem').map((f) => f.title);
          expect(e.score, `${ref.id}: ${e.findings.map((f) => `${f.rule} ${f.penalty}`).join(', ')}`).toBeGreaterThanOrEqual(REFERENCE_FLOOR);
          expect(problems, ref.id).toEqual([]);
          expect(e.closestReference?.id).toBe(ref.id);
        }
      });

      it('checks every pass/fail constraint: some cut of the panel, or an extreme cut, breaks it', () => {
        const entry = PANEL.find((p) => p.scenario === s.id)!;
        const allAsync = Object.fromEntries(s.interactions.filter((x) => x.switchable).map((x) => [x.id, x.kind === 'sync' ? 'async' : 'sync'] as const));
        const cuts = [...entry.cuts.map((c) => panelDesign(s, c)), allInOne(s), oneServiceEach(s), { ...oneServiceEach(s), modes: allAsync }];
        const broken = new Set(cuts.flatMap((d) => evaluate(s, d).findings.map((f) => f.constraint)));
        for (const { text, check } of s.context.constraints) {
          if (check.kind === 'weighs') continue;
          // A rule users may briefly see half-done is kept by a saga in every cut.
          if (check.kind === 'invariant' && s.invariants?.find((v) => v.id === check.invariant)?.eventual) continue;
          // A call the scenario fixes as synchronous cannot be made an event: the constraint holds by construction.
          if (check.kind === 'must-be-sync' && check.interactions.every((id) => !s.interactions.find((x) => x.id === id)?.switchable)) continue;
          expect(broken.has(text), text).toBe(true);
        }
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

  it('says which consideration weighs most and why', () => {
    const bank = evaluate(byId('financial-ai-platform'), allInOne(byId('financial-ai-platform')));
    expect(bank.weighedMost).toMatchObject({ dimension: 'operations' });
    expect(bank.weighedMost.reason).toMatch(/low DevOps capacity/);
    const streaming = evaluate(byId('streaming-platform'), allInOne(byId('streaming-platform')));
    expect(['team-fit', 'resource-fit']).toContain(streaming.weighedMost.dimension);
  });

  it('charges the synchronous payment call of the saga as a broken constraint', () => {
    const s = byId('order-saga');
    const groups = { Orders: ['orders', 'order-status', 'email'], Payments: ['payments'], Inventory: ['inventory'] };
    const waiting = evaluate(s, cut(s, groups));
    const events = evaluate(s, cut(s, groups, { 'orders-payments': 'async', 'orders-inventory': 'async' }));
    expect(events.score - waiting.score).toBeGreaterThanOrEqual(10);
    const charge = waiting.findings.find((f) => f.constraint?.includes('payment provider'));
    expect(charge?.severity).toBe('problem');
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

  it('names the field of a constraint check that points nowhere', () => {
    const dir = dirWith({ 'retail-shop.yaml': retail.replace('capabilities: [recommendations], from: [cart, checkout, billing]', 'capabilities: [recommendations], from: [carts]') });
    expect(() => loadScenarios(dir)).toThrow(/context\.constraints\[0\]\.check\.from\[0\]: "carts" is not a capability/);
  });

  it('refuses a constraint without a check, naming the field', () => {
    const dir = dirWith({ 'retail-shop.yaml': retail.replace(/\n      check: \{ kind: weighs, dimension: compliance, factor: 1.2 \}/, '') });
    expect(() => loadScenarios(dir)).toThrow(/field "context\.constraints\.1\.check"/);
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
