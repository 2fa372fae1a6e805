/**
 * Every parser at the border, fed random and adversarial input (fast-check): none throws, none
 * takes more than 100 ms on one input, and none accepts what its schema refuses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDesign, designSchema } from '@/lib/builder/design-schema';
import { EXPORT_FORMAT, importJson } from '@/lib/builder/export';
import type { Design, Scenario } from '@/lib/builder/model';
import { scenarioSchema, parseScenarioSource } from '@/lib/builder/scenario-schema';
import { decodeDesign } from '@/lib/builder/share';
import { makeScenario } from '@/lib/builder/ui-test-factories';
import { presenterSpec } from '@/lib/teach/timer';
import { BUNDLE_APP, BUNDLE_FORMAT, parseBundle } from '@/lib/progress/bundle';
import { KNOWN_RECORDS } from '@/lib/progress/records';
import { parseQuizSource } from '@/lib/quiz/load';
import { quizFileSchema } from '@/lib/quiz/schema';
import { decode, type RecordSpec } from '@/lib/storage/versioned';
import { anyJson, designInput, nasty, timed, timedAsync, warm } from './fuzz-kit';

const RUNS = 300;
const scenario: Scenario = makeScenario();
const ROOT = path.resolve(__dirname, '../..');

/** A share-link payload of any JSON, made as the site makes one. */
async function deflated(value: unknown): Promise<string> {
  const stream = new Blob([JSON.stringify(value) ?? 'null']).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/(?<!=)=+$/, '');
}

/** What an accepted design must satisfy, whatever the parser: the schema, the scenario, clean names. */
function expectValidDesign(design: Design) {
  expect(v.safeParse(designSchema, design).success).toBe(true);
  expect(design.scenarioId).toBe(scenario.id);
  const services = new Set(design.services.map((s) => s.id));
  const capabilities = new Set(scenario.capabilities.map((c) => c.id));
  for (const [cap, svc] of Object.entries(design.placement)) {
    expect(capabilities.has(cap)).toBe(true);
    expect(services.has(svc)).toBe(true);
  }
  for (const s of design.services) {
    expect(s.name).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(s.name.trim()).toBe(s.name);
    expect(s.name.length).toBeGreaterThan(0);
  }
}

describe('designs from outside the page', () => {
  it('checkDesign never throws and accepts only valid designs', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(designInput, (value) => {
        const result = timed(() => checkDesign(scenario, value));
        if (result.success) expectValidDesign(result.data);
        else expect(result.error).toMatch(/\S/);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('share links: random text and real links of random designs', { timeout: 60_000 }, async () => {
    await warm(async () => decodeDesign(scenario, await deflated({ scenarioId: 'shop', services: [], placement: {}, modes: {} })));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 400 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, ''))), async (payload) => {
        const result = await timedAsync(() => decodeDesign(scenario, payload));
        if (result.success) expectValidDesign(result.data);
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(designInput, async (value) => {
        const payload = await deflated(value);
        const result = await timedAsync(() => decodeDesign(scenario, payload));
        if (result.success) expectValidDesign(result.data);
        else expect(result.error).toMatch(/^This share link could not be opened: .+ The scenario opened unchanged\.$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('imported files', () => {
    const file = fc.record({ format: fc.oneof(fc.constant(EXPORT_FORMAT), nasty), version: fc.oneof(fc.constantFrom(1, 0, -5, 0.5, 2, Number.MAX_SAFE_INTEGER), anyJson), design: designInput });
    fc.assert(
      fc.property(fc.oneof(file.map((f) => JSON.stringify(f)), fc.string({ maxLength: 300 })), (text) => {
        const result = timed(() => importJson(scenario, text));
        if (result.success) expectValidDesign(result.data);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('saved records', () => {
  const specs: RecordSpec<unknown>[] = [...KNOWN_RECORDS.map((k) => k.spec), presenterSpec as RecordSpec<unknown>];

  it.each(specs.map((s) => [s.key, s] as const))('%s: decode never throws and accepts only what the schema accepts', (_key, spec) => {
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.record({ v: fc.oneof(fc.integer({ min: -2, max: spec.version + 2 }), anyJson), data: anyJson }).map((e) => JSON.stringify(e)),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const result = timed(() => decode(spec, text));
        if (result.status === 'ok') expect(v.safeParse(spec.schema, result.data).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('progress files: parseBundle never throws and restores only valid records', () => {
    const record = fc.record({ v: fc.oneof(fc.integer({ min: -1, max: 3 }), anyJson), data: anyJson });
    const bundle = fc.record({
      app: fc.oneof(fc.constant(BUNDLE_APP), nasty),
      format: fc.oneof(fc.constant(BUNDLE_FORMAT), anyJson),
      exportedAt: fc.oneof(fc.constant('2025-03-01T10:00:00.000Z'), nasty),
      records: fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_RECORDS.map((k) => k.spec.key)), nasty), record),
    });
    fc.assert(
      fc.property(fc.oneof(bundle.map((b) => JSON.stringify(b)), fc.string({ maxLength: 300 })), (text) => {
        const result = timed(() => parseBundle(text, KNOWN_RECORDS));
        if (!result.success) return;
        for (const r of result.data.restore) expect(v.safeParse(r.spec.schema, r.data).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * Authored files, parsed at build time (never learner input). A cut-up 10 KB file can make the
 * \`yaml\` package collect about a thousand errors before it gives up, which took 80-1,200 ms here
 * on a busy machine: known and left, since only authors write these files. The budget still
 * catches a parser that hangs.
 */
const CONTENT_BUDGET_MS = 2_000;

describe('content files', { timeout: 120_000 }, () => {
  const scenarioText = readFileSync(path.join(ROOT, 'content/scenarios/retail-shop.yaml'), 'utf8');
  const quizDir = path.join(ROOT, 'content/quizzes');
  const quizFile = readdirSync(quizDir).find((f) => f.endsWith('.yaml'))!;
  const quizText = readFileSync(path.join(quizDir, quizFile), 'utf8');

  /** Random text, random YAML, and the real file with a slice cut out or a random value put in. */
  const mutations = (text: string) =>
    fc.oneof(
      fc.string({ maxLength: 300 }),
      anyJson.map((j) => stringify(j)),
      fc.tuple(fc.nat(text.length), fc.nat(200)).map(([at, n]) => text.slice(0, at) + text.slice(at + n)),
      fc.tuple(fc.nat(text.length), nasty).map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
    );

  it('scenario files: the parser never throws and accepts only what the schema accepts', async () => {
    await warm(() => parseScenarioSource('content/scenarios/retail-shop.yaml', scenarioText, new Set()));
    fc.assert(
      fc.property(mutations(scenarioText), (text) => {
        const result = timed(() => parseScenarioSource('content/scenarios/retail-shop.yaml', text, new Set(['monoliths-and-microservices'])), CONTENT_BUDGET_MS);
        if (result.success) expect(scenarioSchema.safeParse(result.data).success).toBe(true);
        else expect(result.error).toMatch(/^content\/scenarios\/retail-shop\.yaml: /);
      }),
      { numRuns: RUNS },
    );
  });

  it('quiz files: the parser never throws and accepts only what the schema accepts', async () => {
    await warm(() => parseQuizSource(`content/quizzes/${quizFile}`, quizText));
    fc.assert(
      fc.property(mutations(quizText), (text) => {
        const result = timed(() => parseQuizSource(`content/quizzes/${quizFile}`, text), CONTENT_BUDGET_MS);
        if (result.success) expect(quizFileSchema.safeParse(result.data).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
