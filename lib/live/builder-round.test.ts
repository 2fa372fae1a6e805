import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/builder/evaluate';
import { getScenario } from '@/lib/builder/scenarios';
import { designOf } from '@/lib/builder/test-factories';
import { builderRound, checkSubmittedDesign, MAX_DESIGN_BYTES, publicSummary, summariseResponses } from './builder-round';
import { openRound, publicRound, respond, revealRound } from './room';
import { kindOfBody, type RoomLookup } from './round-kinds';
import { fakeLookup, makeParticipant, makeRound, makeSlice } from './test-factories';
import type { ResponseRow } from './types';

const scenario = getScenario('order-saga')!;
const lookup: RoomLookup = { ...fakeLookup(), scenario: (id) => (id === scenario.id ? scenario : null) };
const good = designOf({ Orders: ['orders', 'order-status'], Pay: ['payments'], Stock: ['inventory'], Mail: ['email'] }, {}, scenario.id);
const round = makeRound({ kind: 'builder', ref: scenario.id, data: {} });

describe('opening a builder round', () => {
  it('is what a body with a scenario asks for', () => {
    expect(kindOfBody({ scenario: 'order-saga' })).toBe('builder');
  });

  it('opens for a known scenario and sends the scenario to cut', () => {
    const d = openRound(makeSlice(), { roundId: 'r_2', kind: 'builder', body: { scenario: scenario.id } }, lookup);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.result.round).toMatchObject({ kind: 'builder', ref: scenario.id, status: 'open' });
    expect(publicRound(d.result.round, lookup).content).toEqual({ scenario });
  });

  it('refuses an unknown or malformed scenario with a message', () => {
    expect(openRound(makeSlice(), { roundId: 'r', kind: 'builder', body: { scenario: 'nope' } }, lookup)).toMatchObject({ ok: false, error: { status: 404, message: 'There is no scenario "nope".' } });
    expect(openRound(makeSlice(), { roundId: 'r', kind: 'builder', body: { scenario: '../etc' } }, lookup)).toMatchObject({ ok: false, error: { status: 400 } });
  });
});

describe('checkSubmittedDesign', () => {
  it('accepts a builder design, keeps what scoring needs and drops canvas positions', () => {
    const r = checkSubmittedDesign(scenario, { ...good, positions: { orders: { x: 1, y: 2 } } });
    expect(r.ok && r.design).toEqual({ scenarioId: good.scenarioId, services: good.services, placement: good.placement, modes: good.modes });
  });

  it('refuses unknown capability ids, naming the id', () => {
    const r = checkSubmittedDesign(scenario, { ...good, placement: { ...good.placement, 'drop-tables': 'svc-1' } });
    expect(!r.ok && r.error).toMatchObject({ status: 422, message: 'The design places "drop-tables", which is not a capability of this scenario.' });
  });

  it('refuses markup in a service name with a message a learner can act on', () => {
    const hostile = { ...good, services: good.services.map((s, i) => (i === 0 ? { ...s, name: '<script>alert(1)</script>' } : s)) };
    const r = checkSubmittedDesign(scenario, hostile);
    expect(!r.ok && r.error.code).toBe('bad-service-name');
    expect(!r.ok && r.error.message).toContain('name the service in plain words');
    expect(!r.ok && r.error.message).not.toContain('<');
  });

  it('strips bidirectional overrides from names, as every design that enters does, and refuses a design too large to be a cut', () => {
    const bidi = { ...good, services: good.services.map((s) => ({ ...s, name: `Pay\u202Ement` })) };
    const cleaned = checkSubmittedDesign(scenario, bidi);
    expect(cleaned.ok && cleaned.design.services.every((s) => !/\u202E/.test(s.name))).toBe(true);
    const huge = { ...good, padding: 'x'.repeat(MAX_DESIGN_BYTES) };
    expect(checkSubmittedDesign(scenario, huge)).toMatchObject({ ok: false, error: { status: 413, code: 'design-too-large' } });
  });

  it('refuses a design of another scenario and something that is not a design', () => {
    expect(checkSubmittedDesign(scenario, { ...good, scenarioId: 'retail-shop' }).ok).toBe(false);
    expect(checkSubmittedDesign(scenario, 'hello')).toMatchObject({ ok: false, error: { status: 422 } });
  });
});

describe('submitting a cut', () => {
  const slice = (over = {}) => makeSlice({ participant: makeParticipant(), round, response: null, ...over });

  it('grades on the server with the builder evaluation, out of 100', () => {
    const d = respond(slice(), good, lookup);
    expect(d.ok && d.writes[0]).toMatchObject({ type: 'upsert-response', row: { earned: evaluate(scenario, good).score, total: 100 } });
  });

  it('replaces an earlier cut, and ignores the same cut sent twice', () => {
    const earlier: ResponseRow = { roundId: round.id, participantId: 'p_1', response: checkSubmittedDesign(scenario, good).ok ? good : null, earned: 1, total: 100, at: 1 };
    expect(respond(slice({ response: earlier }), good, lookup)).toMatchObject({ ok: true, result: { changed: false } });
    const other = designOf({ All: ['orders', 'order-status', 'payments', 'inventory', 'email'] }, {}, scenario.id);
    expect(respond(slice({ response: earlier }), other, lookup)).toMatchObject({ ok: true, result: { changed: true } });
  });

  it('refuses an empty cut and a cut after the round closed', () => {
    const empty = { scenarioId: scenario.id, services: [], placement: {}, modes: {} };
    expect(respond(slice(), empty, lookup)).toMatchObject({ ok: false, error: { code: 'empty-design' } });
    expect(respond(slice({ round: { ...round, status: 'closed' } }), good, lookup)).toMatchObject({ ok: false, error: { status: 409 } });
  });
});

describe('the reveal', () => {
  const rows: ResponseRow[] = [
    { roundId: round.id, participantId: 'p_1', response: good, earned: 80, total: 100, at: 5 },
    { roundId: round.id, participantId: 'p_2', response: good, earned: 80, total: 100, at: 3 },
    { roundId: 'other', participantId: 'p_3', response: good, earned: 80, total: 100, at: 4 },
  ];

  it('summarises only this round, in submission order, with the stored scores', () => {
    const s = summariseResponses(scenario, round.id, rows);
    expect(s.submissions).toBe(2);
    expect(s.cuts[0]!.participants).toEqual(['p_2', 'p_1']);
    expect(s.scores.median).toBe(80);
  });

  it('shows everyone the class picture without who drew which cut', () => {
    const d = revealRound(makeSlice({ round, responses: rows }), lookup);
    expect(d.ok).toBe(true);
    const text = JSON.stringify(d.ok && d.result.reveal);
    expect(text).toContain('"consensus"');
    expect(text).not.toContain('p_1');
    expect(publicSummary(summariseResponses(scenario, round.id, rows)).cuts[0]).not.toHaveProperty('participants');
  });

  it('says nothing when the scenario has gone', () => {
    expect(builderRound.reveal({ ...round, ref: 'gone' }, rows, lookup)).toEqual({});
  });
});
