import { describe, expect, it } from 'vitest';
import { accepting, closeRound, endSession, expireDue, join, lockSession, openRound, publicRound, removeParticipant, respond, revealRound, tally } from './room';
import type { RoundKind } from './types';
import { fakeLookup, makeParticipant, makeRound, makeSession, makeSlice } from './test-factories';

const lookup = fakeLookup();

describe('join', () => {
  const cmd = { participantId: 'p_9', tokenHash: 'x'.repeat(64), nickname: 'Ana' };

  it('adds a learner and tells the host only', () => {
    const d = join(makeSlice({ nicknames: [] }), cmd);
    expect(d.ok && d.result.participant).toMatchObject({ id: 'p_9', nickname: 'Ana', removed: false });
    expect(d.ok && d.events).toEqual([{ type: 'participant-joined', audience: 'host', data: { participant: { id: 'p_9', nickname: 'Ana' } } }]);
  });

  it('numbers a nickname already in the room', () => {
    const d = join(makeSlice({ nicknames: ['Ana'] }), cmd);
    expect(d.ok && d.result.participant.nickname).toBe('Ana 2');
  });

  it('says the session is full at its cap', () => {
    const d = join(makeSlice({ present: 3, session: makeSession({ maxParticipants: 3 }) }), cmd);
    expect(!d.ok && d.error).toMatchObject({ status: 409, code: 'full', message: 'This session is full (3 learners). Ask the instructor.' });
  });

  it('refuses new learners while locked and after the end', () => {
    expect(join(makeSlice({ session: makeSession({ locked: true }) }), cmd)).toMatchObject({ ok: false, error: { status: 403, code: 'locked' } });
    expect(join(makeSlice({ session: makeSession({ endedAt: 1500 }) }), cmd)).toMatchObject({ ok: false, error: { status: 410 } });
  });
});

describe('openRound', () => {
  it('opens a question with a server deadline and no key in the event', () => {
    const d = openRound(makeSlice(), { roundId: 'r_2', kind: 'question', body: { question: 'quiz/single' }, seconds: 30 }, lookup);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.result.round).toMatchObject({ index: 1, status: 'open', deadline: 2000 + 30_000, ref: 'quiz/single' });
    expect(d.events.map((e) => e.type)).toEqual(['round-opened']);
    expect(JSON.stringify(d.events)).not.toContain('"answer"');
  });

  it('closes the open round before opening the next', () => {
    const d = openRound(makeSlice({ current: makeRound() }), { roundId: 'r_2', kind: 'question', body: { question: 'quiz/numeric' } }, lookup);
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['round-closed', 'round-opened']);
    expect(d.ok && d.result.round.index).toBe(2);
  });

  it('refuses an unknown question, a malformed reference and an unknown kind', () => {
    expect(openRound(makeSlice(), { roundId: 'r', kind: 'question', body: { question: 'quiz/nope' } }, lookup)).toMatchObject({ ok: false, error: { status: 404 } });
    expect(openRound(makeSlice(), { roundId: 'r', kind: 'question', body: { question: '../etc' } }, lookup)).toMatchObject({ ok: false, error: { status: 400 } });
    expect(openRound(makeSlice(), { roundId: 'r', kind: 'poll' as RoundKind, body: {} }, lookup)).toMatchObject({ ok: false, error: { code: 'unknown-kind' } });
  });
});

describe('respond', () => {
  const slice = (over = {}) => makeSlice({ participant: makeParticipant(), round: makeRound(), response: null, ...over });

  it('stores a graded answer and emits nothing (tallies are coalesced)', () => {
    const d = respond(slice(), { selected: 'a' }, lookup);
    expect(d.ok && d.writes).toEqual([{ type: 'upsert-response', row: { roundId: 'r_1', participantId: 'p_1', response: { selected: 'a' }, earned: 1, total: 1, at: 2000 } }]);
    expect(d.ok && d.events).toEqual([]);
  });

  it('tells the learner nothing about being right before the reveal', () => {
    const d = respond(slice(), { selected: 'b' }, lookup);
    expect(d.ok && d.result).toEqual({ accepted: true, changed: true });
  });

  it('is idempotent: the same answer twice writes once', () => {
    const response = { roundId: 'r_1', participantId: 'p_1', response: { selected: 'a' }, earned: 1, total: 1, at: 1500 };
    const d = respond(slice({ response }), { selected: 'a' }, lookup);
    expect(d.ok && d.writes).toEqual([]);
    expect(d.ok && d.result.changed).toBe(false);
  });

  it('refuses answers after close, after the deadline, and from removed learners', () => {
    expect(respond(slice({ round: makeRound({ status: 'closed' }) }), { selected: 'a' }, lookup)).toMatchObject({ ok: false, error: { status: 409, code: 'closed' } });
    expect(respond(slice({ round: makeRound({ deadline: 2000 }) }), { selected: 'a' }, lookup)).toMatchObject({ ok: false, error: { status: 409 } });
    expect(respond(slice({ participant: makeParticipant({ removed: true }) }), { selected: 'a' }, lookup)).toMatchObject({ ok: false, error: { status: 403 } });
  });

  it('refuses an incomplete answer with the grader’s message', () => {
    const d = respond(slice({ round: makeRound({ ref: 'quiz/matching' }) }), { matches: {} }, lookup);
    expect(!d.ok && d.error).toMatchObject({ status: 422, message: 'Match every item first (0 of 2 matched).' });
  });
});

describe('close and reveal', () => {
  it('closes once; closing again changes nothing', () => {
    expect(closeRound(makeSlice({ round: makeRound() }))).toMatchObject({ ok: true, events: [{ type: 'round-closed' }] });
    expect(closeRound(makeSlice({ round: makeRound({ status: 'closed' }) }))).toMatchObject({ ok: true, events: [], writes: [] });
  });

  it('reveals the distribution, closing an open round first', () => {
    const responses = [{ roundId: 'r_1', participantId: 'p_1', response: { selected: 'a' }, earned: 1, total: 1, at: 1 }];
    const d = revealRound(makeSlice({ round: makeRound(), responses }), lookup);
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['round-closed', 'round-revealed']);
    const reveal = d.ok ? (d.result.reveal as { distribution: { answered: number } }) : null;
    expect(reveal?.distribution.answered).toBe(1);
  });

  it('shows the reveal in the public round only once revealed', () => {
    const round = makeRound({ status: 'revealed', data: { seed: 'r_1', reveal: { explanation: 'x' } } });
    expect(publicRound(round, lookup).reveal).toEqual({ explanation: 'x' });
    expect(publicRound(makeRound({ data: { seed: 'r_1', reveal: { explanation: 'x' } } }), lookup).reveal).toBeNull();
  });
});

describe('accepting', () => {
  it('stops exactly at the deadline', () => {
    expect(accepting(makeRound({ deadline: 3000 }), 2999)).toBe(true);
    expect(accepting(makeRound({ deadline: 3000 }), 3000)).toBe(false);
  });
});

describe('expireDue', () => {
  it('closes the current round at its deadline once the countdown has run out', () => {
    const round = makeRound({ deadline: 3000 });
    const due = expireDue(makeSlice({ now: 3500, current: round, round }));
    expect(due.writes).toEqual([{ type: 'update-round', id: 'r_1', patch: { status: 'closed', closedAt: 3000 } }]);
    expect(due.events).toEqual([{ type: 'round-closed', audience: 'all', data: { roundId: 'r_1', closedAt: 3000 } }]);
    // The command after it sees the round closed: closing again emits nothing, answering is refused.
    expect(due.slice.current).toMatchObject({ status: 'closed', closedAt: 3000 });
    expect(closeRound(due.slice)).toMatchObject({ ok: true, events: [], writes: [] });
  });

  it('changes nothing before the deadline, without a countdown, or when already closed', () => {
    for (const current of [makeRound({ deadline: 3000 }), makeRound(), makeRound({ deadline: 1500, status: 'closed' }), null]) {
      const slice = makeSlice({ now: 2999, current });
      expect(expireDue(slice)).toEqual({ slice, writes: [], events: [] });
    }
  });

  it('leaves another round in the slice as it was', () => {
    const other = makeRound({ id: 'r_0', status: 'revealed' });
    const due = expireDue(makeSlice({ now: 5000, current: makeRound({ deadline: 3000 }), round: other }));
    expect(due.slice.round).toBe(other);
  });
});

describe('host controls', () => {
  it('locks and unlocks, emitting only on change', () => {
    expect(lockSession(makeSlice(), true)).toMatchObject({ ok: true, events: [{ type: 'session-locked', data: { locked: true } }] });
    expect(lockSession(makeSlice(), false)).toMatchObject({ ok: true, events: [] });
  });

  it('removes a learner once', () => {
    expect(removeParticipant(makeSlice({ participant: makeParticipant() }))).toMatchObject({ ok: true, events: [{ type: 'participant-removed' }] });
    expect(removeParticipant(makeSlice({ participant: makeParticipant({ removed: true }) }))).toMatchObject({ ok: true, events: [] });
    expect(removeParticipant(makeSlice({ participant: null }))).toMatchObject({ ok: false, error: { status: 404 } });
  });

  it('ends the session, closing the open round', () => {
    const d = endSession(makeSlice({ current: makeRound() }));
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['round-closed', 'session-ended']);
  });

  it('tallies answers for the host', () => {
    expect(tally(makeSlice({ round: makeRound(), answered: 4, present: 9 }))).toMatchObject({ ok: true, events: [{ type: 'tally', audience: 'host', data: { answered: 4, present: 9 } }] });
  });
});
