import { describe, expect, it } from 'vitest';
import { publicRound } from './room';
import { fakeLookup, makeRound } from './test-factories';
import { visibleTo } from './types';
import { applyEvent, type RoomView } from './view';

const view = (over: Partial<RoomView> = {}): RoomView => ({
  code: 'ABCDEF', role: 'host', seq: 5, serverNow: 0, locked: false, ended: false, maxParticipants: 500, present: 0,
  me: null, participants: [], round: null, answered: null, mine: null, ...over,
});
const round = publicRound(makeRound(), fakeLookup());

describe('applyEvent', () => {
  it('ignores an event it already has (a replay)', () => {
    const v = view();
    expect(applyEvent(v, { seq: 5, type: 'session-locked', data: { locked: true } })).toBe(v);
  });

  it('adds a joined learner to the host’s list and count', () => {
    const v = applyEvent(view(), { seq: 6, type: 'participant-joined', data: { participant: { id: 'p', nickname: 'Ana' } } });
    expect(v).toMatchObject({ seq: 6, present: 1, participants: [{ id: 'p', nickname: 'Ana' }] });
  });

  it('marks the learner viewing as removed', () => {
    const v = applyEvent(view({ role: 'participant', me: { id: 'p', nickname: 'Ana', removed: false }, participants: null, present: 1 }), { seq: 6, type: 'participant-removed', data: { participantId: 'p' } });
    expect(v.me?.removed).toBe(true);
  });

  it('follows a round from open to tally, closed and revealed', () => {
    let v = applyEvent(view({ mine: { response: 1 } }), { seq: 6, type: 'round-opened', data: { round } });
    expect(v).toMatchObject({ round: { id: 'r_1', status: 'open' }, answered: 0, mine: null });
    v = applyEvent(v, { seq: 7, type: 'tally', data: { roundId: 'r_1', answered: 3, present: 4 } });
    expect(v).toMatchObject({ answered: 3, present: 4 });
    v = applyEvent(v, { seq: 8, type: 'round-closed', data: { roundId: 'r_1', closedAt: 9 } });
    expect(v.round).toMatchObject({ status: 'closed', closedAt: 9 });
    v = applyEvent(v, { seq: 9, type: 'round-revealed', data: { roundId: 'r_1', reveal: { explanation: 'x' } } });
    expect(v.round).toMatchObject({ status: 'revealed', reveal: { explanation: 'x' } });
  });

  it('ignores events about another round', () => {
    const v = applyEvent(view({ round }), { seq: 6, type: 'round-closed', data: { roundId: 'r_other', closedAt: 1 } });
    expect(v.round?.status).toBe('open');
  });

  it('ends the session', () => {
    expect(applyEvent(view({ round }), { seq: 6, type: 'session-ended', data: {} })).toMatchObject({ ended: true, round: { status: 'closed' } });
  });
});

describe('visibleTo', () => {
  it('shows host events to the host only and a learner’s events to that learner', () => {
    expect(visibleTo({ audience: 'host' }, { role: 'host' })).toBe(true);
    expect(visibleTo({ audience: 'host' }, { role: 'participant', participantId: 'p' })).toBe(false);
    expect(visibleTo({ audience: { participant: 'p' } }, { role: 'participant', participantId: 'p' })).toBe(true);
    expect(visibleTo({ audience: { participant: 'p' } }, { role: 'participant', participantId: 'q' })).toBe(false);
    expect(visibleTo({ audience: 'all' }, { role: 'participant', participantId: 'q' })).toBe(true);
  });
});
