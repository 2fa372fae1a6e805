import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRound, endSession, join, noCommand, openRound, removeParticipant, respond, revealRound, tally } from '../room';
import { fakeLookup, makeSession } from '../test-factories';
import type { LiveStore } from './types';

const lookup = fakeLookup();
let n = 0;
const freshCode = () => `C${String(++n).padStart(5, '0')}`.replace(/0/g, 'Z').replace(/1/g, 'Y');

/**
 * One suite for every store implementation (learned from Auth.js's shared adapter tests): the
 * embedded PGlite and a real PostgreSQL must behave the same.
 */
export function storeContract(name: string, open: () => Promise<LiveStore>, openSecond?: (first: LiveStore) => Promise<LiveStore>) {
  describe(`LiveStore contract: ${name}`, () => {
    let store: LiveStore;
    beforeAll(async () => {
      store = await open();
    }, 60_000);
    afterAll(async () => {
      await store?.close();
    });

    async function session(over = {}) {
      const row = makeSession({ code: freshCode(), ...over });
      expect(await store.createSession(row)).toBe(true);
      return row;
    }
    async function joined(code: string, id: string, nickname = 'Ana') {
      const m = await store.mutate(code, { nicknames: true }, 10, (s) => join(s, { participantId: id, tokenHash: `hash-${code}-${id}`, nickname }));
      if (!m.ok) throw new Error(m.error.message);
      return m.result.participant;
    }

    it('creates a session once per code and reads it back', async () => {
      const row = await session();
      expect(await store.getSession(row.code)).toEqual(row);
      expect(await store.createSession(row)).toBe(false);
      expect(await store.getSession('NOPE22')).toBeNull();
    });

    it('answers 404 for a command on a missing session', async () => {
      const m = await store.mutate('NOPE22', {}, 1, (s) => endSession(s));
      expect(m).toMatchObject({ ok: false, error: { status: 404 } });
    });

    it('stores events with consecutive sequence numbers and replays them after any id', async () => {
      const { code } = await session();
      await joined(code, 'p_a');
      await joined(code, 'p_b', 'Ana');
      const events = await store.eventsAfter(code, 0);
      expect(events.map((e) => e.seq)).toEqual([1, 2]);
      expect(events[1]).toMatchObject({ type: 'participant-joined', audience: 'host', data: { participant: { id: 'p_b', nickname: 'Ana 2' } } });
      expect((await store.eventsAfter(code, 1)).map((e) => e.seq)).toEqual([2]);
      expect((await store.getSession(code))!.seq).toBe(2);
    });

    it('finds a participant by token hash within its session only', async () => {
      const a = await session();
      const b = await session();
      await joined(a.code, 'p_x');
      expect((await store.participantByToken(a.code, `hash-${a.code}-p_x`))?.id).toBe('p_x');
      expect(await store.participantByToken(b.code, `hash-${a.code}-p_x`)).toBeNull();
    });

    it('keeps one answer per learner per round, the latest, and counts them', async () => {
      const { code } = await session();
      await joined(code, `a1_${code}`);
      await joined(code, `a2_${code}`, 'Bo');
      const opened = await store.mutate(code, { current: true }, 20, (s) => openRound(s, { roundId: `r_${code}`, kind: 'question', body: { question: 'quiz/single' } }, lookup));
      expect(opened.ok).toBe(true);
      const roundId = `r_${code}`;
      const answer = (pid: string, selected: string, at: number) =>
        store.mutate(code, { participant: pid, round: roundId, response: true }, at, (s) => respond(s, { selected }, lookup));
      expect(await answer(`a1_${code}`, 'b', 30)).toMatchObject({ ok: true, result: { changed: true } });
      expect(await answer(`a1_${code}`, 'a', 31)).toMatchObject({ ok: true, result: { changed: true } });
      expect(await answer(`a1_${code}`, 'a', 32)).toMatchObject({ ok: true, result: { changed: false } });
      await answer(`a2_${code}`, 'b', 33);
      expect(await store.answeredCount(roundId)).toBe(2);
      expect(await store.response(roundId, `a1_${code}`)).toMatchObject({ response: { selected: 'a' }, earned: 1, total: 1, at: 31 });
      const t = await store.mutate(code, { round: roundId, answered: true }, 34, (s) => tally(s));
      expect(t).toMatchObject({ ok: true, events: [{ type: 'tally', data: { answered: 2, present: 2 } }] });
    });

    it('runs a round from open to reveal, and the reveal is stored with the round', async () => {
      const { code } = await session();
      const pid = `q_${code}`;
      await joined(code, pid);
      const roundId = `r2_${code}`;
      await store.mutate(code, { current: true }, 20, (s) => openRound(s, { roundId, kind: 'question', body: { question: 'quiz/single' }, seconds: 10 }, lookup));
      await store.mutate(code, { participant: pid, round: roundId, response: true }, 21, (s) => respond(s, { selected: 'a' }, lookup));
      expect(await store.mutate(code, { round: roundId }, 22, (s) => closeRound(s))).toMatchObject({ ok: true, events: [{ type: 'round-closed' }] });
      const late = await store.mutate(code, { participant: pid, round: roundId, response: true }, 23, (s) => respond(s, { selected: 'b' }, lookup));
      expect(late).toMatchObject({ ok: false, error: { status: 409 } });
      const rev = await store.mutate(code, { round: roundId, responses: true }, 24, (s) => revealRound(s, lookup));
      expect(rev.ok).toBe(true);
      const [round] = await store.rounds(code);
      expect(round).toMatchObject({ id: roundId, status: 'revealed', deadline: 20 + 10_000, closedAt: 22 });
      expect((round!.data.reveal as { distribution: { answered: number } }).distribution.answered).toBe(1);
      expect((await store.latestRound(code))?.id).toBe(roundId);
      expect(await store.responses(code)).toHaveLength(1);
    });

    it('closes a round whose countdown ran out before the next command, even one that then fails', async () => {
      const { code } = await session();
      const pid = `d_${code}`;
      await joined(code, pid);
      const roundId = `rd_${code}`;
      await store.mutate(code, { current: true }, 100, (s) => openRound(s, { roundId, kind: 'question', body: { question: 'quiz/single' }, seconds: 5 }, lookup));
      expect(await store.openDeadlines()).toContainEqual({ code, roundId, deadline: 5_100 });
      // Before the deadline nothing happens; after it, a late answer is refused and the round is closed at the deadline.
      expect(await store.mutate(code, {}, 5_099, noCommand)).toMatchObject({ ok: true, events: [] });
      const late = await store.mutate(code, { participant: pid, round: roundId, response: true }, 6_000, (s) => respond(s, { selected: 'a' }, lookup));
      expect(late).toMatchObject({ ok: false, error: { status: 409, code: 'closed' } });
      expect(await store.latestRound(code)).toMatchObject({ id: roundId, status: 'closed', closedAt: 5_100 });
      expect((await store.eventsAfter(code, 0)).map((e) => e.type)).toEqual(['participant-joined', 'round-opened', 'round-closed']);
      expect((await store.openDeadlines()).some((d) => d.roundId === roundId)).toBe(false);
      // The host's close after it changes nothing.
      expect(await store.mutate(code, { round: roundId }, 6_100, (s) => closeRound(s))).toMatchObject({ ok: true, events: [] });
    });

    it('serialises concurrent commands: every answer kept, every sequence number once', async () => {
      const { code } = await session();
      const ids = Array.from({ length: 20 }, (_, i) => `p_c${i}`);
      await Promise.all(ids.map((id) => joined(code, id, 'Same')));
      const nicknames = (await store.participants(code)).map((p) => p.nickname);
      expect(new Set(nicknames).size).toBe(20);
      const seqs = (await store.eventsAfter(code, 0)).map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('enforces the cap under concurrent joins', async () => {
      const { code } = await session({ maxParticipants: 3 });
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => store.mutate(code, { nicknames: true }, 1, (s) => join(s, { participantId: `p_cap${code}${i}`, tokenHash: `cap-${code}-${i}` }))));
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'full')).toBe(true);
    });

    it('rolls back nothing-written when a decision fails', async () => {
      const { code } = await session();
      const m = await store.mutate(code, { participant: 'p_none' }, 1, (s) => removeParticipant(s));
      expect(m).toMatchObject({ ok: false, error: { status: 404 } });
      expect(await store.eventsAfter(code, 0)).toEqual([]);
    });

    it('announces new events to listeners', async () => {
      const { code } = await session();
      const heard: string[] = [];
      const off = store.onEvents((c) => heard.push(c));
      await joined(code, 'p_n');
      await expect.poll(() => heard.includes(code), { timeout: 5000 }).toBe(true);
      off();
    });

    it('deletes a session with everything in it, and sweeps ended and idle ones', async () => {
      const a = await session();
      await joined(a.code, 'p_d');
      await store.deleteSession(a.code);
      expect(await store.getSession(a.code)).toBeNull();
      expect(await store.participants(a.code)).toEqual([]);
      expect(await store.eventsAfter(a.code, 0)).toEqual([]);

      const ended = await session({ updatedAt: 5_000 });
      await store.mutate(ended.code, { current: true }, 5_000, (s) => endSession(s));
      const fresh = await session({ updatedAt: 9_000 });
      const idle = await session({ updatedAt: 100 });
      expect(await store.sweep(6_000, 1_000)).toBeGreaterThanOrEqual(2);
      expect(await store.getSession(ended.code)).toBeNull();
      expect(await store.getSession(idle.code)).toBeNull();
      expect(await store.getSession(fresh.code)).not.toBeNull();
    });

    if (openSecond) {
      it('shares events between two instances: a command on one is heard and readable on the other', async () => {
        const other = await openSecond(store);
        try {
          const { code } = await session();
          const heard: string[] = [];
          const off = other.onEvents((c) => heard.push(c));
          await joined(code, 'p_two');
          await expect.poll(() => heard.includes(code), { timeout: 5000 }).toBe(true);
          expect((await other.eventsAfter(code, 0)).map((e) => e.type)).toEqual(['participant-joined']);
          off();
        } finally {
          await other.close();
        }
      });

      it('lets an instance that starts later read the countdowns still running and close them', async () => {
        const { code } = await session();
        const roundId = `rs_${code}`;
        await store.mutate(code, { current: true }, 100, (s) => openRound(s, { roundId, kind: 'question', body: { question: 'quiz/single' }, seconds: 5 }, lookup));
        const other = await openSecond(store);
        try {
          expect(await other.openDeadlines()).toContainEqual({ code, roundId, deadline: 5_100 });
          expect(await other.mutate(code, {}, 5_200, noCommand)).toMatchObject({ ok: true, events: [{ type: 'round-closed', data: { roundId, closedAt: 5_100 } }] });
          expect(await store.latestRound(code)).toMatchObject({ status: 'closed' });
        } finally {
          await other.close();
        }
      });
    }
  });
}
