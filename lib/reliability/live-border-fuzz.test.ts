/**
 * The live class's request bodies, fed random and adversarial input (fast-check), as the
 * other border parsers are in border-fuzz.test.ts: joining, answering, submitting a builder cut
 * and the host's commands (create, open a round, lock). None throws, none takes more than
 * 100 ms on one input, and none accepts what its schema refuses.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '@/lib/builder/design-schema';
import type { Scenario } from '@/lib/builder/model';
import { makeScenario } from '@/lib/builder/ui-test-factories';
import { createBody, joinBody, lockBody, parseBody, responseBody, roundBody } from '@/lib/live/bodies';
import { builderRound, MAX_DESIGN_BYTES } from '@/lib/live/builder-round';
import { NICKNAME_MAX, chooseNickname } from '@/lib/live/nickname';
import { openRound, respond } from '@/lib/live/room';
import { kindOfBody, questionRound, type RoomLookup } from '@/lib/live/round-kinds';
import { allTypes, fakeLookup, makeParticipant, makeRound, makeSlice } from '@/lib/live/test-factories';
import { responseSchemas } from '@/lib/quiz/responses';
import { anyJson, designInput, nasty, timed } from './fuzz-kit';

const RUNS = 300;
const scenario: Scenario = makeScenario();
const lookup: RoomLookup = { ...fakeLookup(), scenario: (id) => (id === scenario.id ? scenario : null) };

/** Every id in the test questions (choices, items, categories), so random answers often name real ones. */
const questionIds = [...new Set(JSON.stringify(allTypes).match(/"id":"[^"]*"/g)!.map((m) => m.slice(6, -1)))];
const someId = fc.oneof(fc.constantFrom(...questionIds), nasty);

/** Answer-shaped values for every question type, mostly almost right, and any JSON. */
const responseLike = fc.oneof(
  anyJson,
  fc.record(
    {
      selected: fc.oneof(someId, fc.array(someId, { maxLength: 12 }), fc.constant(null), anyJson),
      verdict: fc.oneof(fc.boolean(), fc.constant(null), anyJson),
      reason: fc.oneof(someId, fc.constant(null)),
      order: fc.oneof(fc.array(someId, { maxLength: 12 }), anyJson),
      matches: fc.dictionary(someId, someId, { maxKeys: 12 }),
      placements: fc.dictionary(someId, someId, { maxKeys: 12 }),
      value: fc.oneof(nasty, fc.double().map(String), anyJson),
      choice: fc.oneof(someId, fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
);

/** A request body as `readBody` hands it on: any JSON object, or one with the documented fields set to anything. */
const bodyLike = fc.oneof(
  fc.dictionary(nasty, anyJson, { maxKeys: 6 }),
  fc.record(
    {
      nickname: fc.oneof(nasty, anyJson),
      maxParticipants: fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.double(), anyJson),
      hostKey: fc.oneof(nasty, anyJson),
      question: fc.oneof(fc.constantFrom(...allTypes.map((q) => `quiz/${q.id}`), 'quiz/none', '../x/y', 'a/b/c'), nasty, anyJson),
      scenario: fc.oneof(fc.constantFrom(scenario.id, 'nope', '../etc'), nasty, anyJson),
      seconds: fc.oneof(fc.integer({ min: -10, max: 4_000 }), fc.double(), fc.constant(null), anyJson),
      locked: fc.oneof(fc.boolean(), anyJson),
      response: responseLike,
    },
    { requiredKeys: [] },
  ),
);

/** A cut that places real capabilities in two services whose names are anything: the name rules are reached. */
const namedCut = fc.record({
  scenarioId: fc.constant(scenario.id),
  services: fc.tuple(nasty, fc.string({ unit: 'grapheme', maxLength: 40 })).map(([a, b]) => [
    { id: 'svc-1', name: a, color: 'teal' },
    { id: 'svc-2', name: b, color: 'teal' },
  ]),
  placement: fc.dictionary(fc.constantFrom(...scenario.capabilities.map((c) => c.id)), fc.constantFrom('svc-1', 'svc-2'), { minKeys: 1 }),
  modes: fc.constant({}),
});

const SCHEMAS = { createBody, joinBody, roundBody, responseBody, lockBody };

describe('live-class request bodies', () => {
  it.each(Object.entries(SCHEMAS))('%s: parseBody never throws, accepts only what the schema accepts, and says what is wrong in one line', (_name, schema) => {
    const seen = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(bodyLike, (body) => {
        const result = timed(() => parseBody(schema, body));
        seen[result.ok ? 'ok' : 'refused']++;
        if (result.ok) expect(v.safeParse(schema, result.value).success).toBe(true);
        else {
          expect(v.safeParse(schema, body).success).toBe(false);
          expect(result.error.status).toBe(400);
          expect(result.error.message).toMatch(/^\S[^\n]*$/);
        }
      }),
      { numRuns: RUNS },
    );
    // Both sides of the border were reached, so the property says something.
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('join: any nickname becomes a clean, short, visible one', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 300 })), (typed) => {
        const choice = timed(() => chooseNickname(typed, () => 0));
        expect(choice.nickname.length).toBeGreaterThan(0);
        expect(Array.from(choice.nickname).length).toBeLessThanOrEqual(NICKNAME_MAX);
        expect(choice.nickname).toBe(choice.nickname.trim());
        expect(choice.nickname).not.toMatch(/[\p{Cc}\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers: every question type grades only answers of its own shape, within its points', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...allTypes), responseLike, (question, response) => {
        const round = makeRound({ ref: `quiz/${question.id}` });
        const graded = timed(() => questionRound.accept(round, response, lookup));
        if ('status' in graded) {
          expect(graded.status).toBe(422);
          return;
        }
        accepted++;
        expect(v.safeParse(responseSchemas[question.type], graded.response).success).toBe(true);
        expect(graded.earned).toBeGreaterThanOrEqual(0);
        expect(graded.earned).toBeLessThanOrEqual(graded.total);
      }),
      { numRuns: RUNS * 2 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('answers through the room: a response is stored only when its round takes it', () => {
    const slice = makeSlice({ participant: makeParticipant(), round: makeRound({ ref: `quiz/${allTypes[0]!.id}` }) });
    fc.assert(
      fc.property(responseLike, (response) => {
        const decision = timed(() => respond(slice, response, lookup));
        if (!decision.ok) expect(decision.error.message).toMatch(/\S/);
      }),
      { numRuns: RUNS },
    );
  });

  it('builder submissions: only designs the import gate accepts, with names fit for a projector', { timeout: 60_000 }, () => {
    const round = makeRound({ kind: 'builder', ref: scenario.id, data: {} });
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(designInput, namedCut), (design) => {
        const graded = timed(() => builderRound.accept(round, design, lookup));
        if ('status' in graded) {
          expect([413, 422]).toContain(graded.status);
          expect(graded.message).not.toMatch(/[<>]/);
          return;
        }
        accepted++;
        expect(JSON.stringify(design).length).toBeLessThanOrEqual(MAX_DESIGN_BYTES);
        expect(checkDesign(scenario, graded.response).success).toBe(true);
        for (const s of (graded.response as { services: { name: string }[] }).services) expect(s.name).not.toMatch(/[<>\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        expect(graded.earned).toBeGreaterThanOrEqual(0);
        expect(graded.earned).toBeLessThanOrEqual(100);
      }),
      { numRuns: RUNS * 2 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('host commands: opening a round accepts only a known question or scenario and a valid countdown', () => {
    let opened = 0;
    fc.assert(
      fc.property(bodyLike, (raw) => {
        const body = timed(() => parseBody(roundBody, raw));
        if (!body.ok) return;
        const kind = kindOfBody(body.value);
        const decision = timed(() => openRound(makeSlice(), { roundId: 'r_9', kind, body: body.value, seconds: body.value.seconds }, lookup));
        if (!decision.ok) {
          expect(decision.error.status).toBeGreaterThanOrEqual(400);
          return;
        }
        opened++;
        const { round } = decision.result;
        if (kind === 'builder') expect(lookup.scenario?.(round.ref)).not.toBeNull();
        else expect(lookup.question(round.ref)).not.toBeNull();
        const seconds = body.value.seconds;
        if (seconds != null) {
          expect(Number.isInteger(seconds) && seconds >= 5 && seconds <= 3600).toBe(true);
          expect(round.deadline).toBe(makeSlice().now + seconds * 1000);
        } else expect(round.deadline).toBeNull();
      }),
      { numRuns: RUNS * 2 },
    );
    expect(opened).toBeGreaterThan(0);
  });
});
