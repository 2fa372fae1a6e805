import 'server-only';
import { networkInterfaces } from 'node:os';
import { generateCode, hashToken, newHostToken, newId, newParticipantToken, tokenMatches } from './codes';
import { csvRow } from './csv';
import { joinUrl } from './join-url';
import { courseLookup } from './lookup';
import { closeRound, endSession, join, lockSession, openRound, publicRound, removeParticipant, respond, revealRound, tally } from './room';
import { kindOfBody } from './round-kinds';
import { live, type LiveRuntime } from './runtime';
import { liveError, type LiveError, type SessionRow, type Viewer } from './types';
import type { RoomView } from './view';

/**
 * What the HTTP API does, one function per call, free of HTTP: the route handlers parse and
 * authenticate, call these, and map `LiveError.status` to the response.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: LiveError };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (error: LiveError): Result<never> => ({ ok: false, error });

const lookup = courseLookup;

type CreateInput = { maxParticipants?: number; hostKey?: string | null; host: string | null; proto?: string };
export type Created = { code: string; hostToken: string; joinUrl: string; maxParticipants: number };

export async function createSession(input: CreateInput): Promise<Result<Created>> {
  const rt = await live();
  const { config } = rt;
  if (config.hostKey && !sameSecret(input.hostKey ?? '', config.hostKey)) return fail(liveError(401, 'host-key', 'Creating a session needs the host key set on this server (LIVE_HOST_KEY).'));
  const max = Math.min(input.maxParticipants ?? config.maxParticipants, config.maxParticipants);
  const hostToken = newHostToken();
  const now = Date.now();
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = generateCode();
    const row: SessionRow = { code, hostTokenHash: hashToken(hostToken), createdAt: now, updatedAt: now, endedAt: null, locked: false, maxParticipants: max, seq: 0 };
    if (await rt.store.createSession(row)) return ok({ code, hostToken, joinUrl: sessionJoinUrl(rt, code, input.host, input.proto), maxParticipants: max });
  }
  return fail(liveError(409, 'no-code', 'Could not find a free code; try again.'));
}

export function sessionJoinUrl(rt: LiveRuntime, code: string, host: string | null, proto?: string) {
  return joinUrl(code, { publicUrl: rt.config.publicUrl ?? undefined, host, proto, interfaces: networkInterfaces() });
}

function sameSecret(a: string, b: string) {
  return tokenMatches(a, hashToken(b));
}

/** Who holds these tokens in this session: the host, a participant, or nobody. */
export async function identify(code: string, tokens: { bearer?: string | null; host?: string | null; participant?: string | null }, prefer?: 'host' | 'participant'): Promise<Result<{ session: SessionRow; viewer: Viewer | null; removed?: boolean }>> {
  const rt = await live();
  const session = await rt.store.getSession(code);
  if (!session) return fail(liveError(404, 'no-session', 'There is no session with this code. Check the code on the screen.'));
  const hostCandidates = [tokens.bearer, prefer === 'participant' ? null : tokens.host].filter(Boolean) as string[];
  if (hostCandidates.some((t) => tokenMatches(t, session.hostTokenHash))) return ok({ session, viewer: { role: 'host' } });
  for (const t of [tokens.bearer, tokens.participant].filter(Boolean) as string[]) {
    if (t.length > 64) continue;
    const p = await rt.store.participantByToken(code, hashToken(t));
    if (p) return ok({ session, viewer: p.removed ? null : { role: 'participant', participantId: p.id }, removed: p.removed });
  }
  return ok({ session, viewer: null });
}

type Joined = { participantId: string; participantToken: string; nickname: string; generated: boolean; reason?: string };

export async function joinSession(code: string, nickname: string | undefined): Promise<Result<Joined>> {
  const rt = await live();
  const participantToken = newParticipantToken();
  const participantId = newId('p');
  const m = await rt.store.mutate(code, { nicknames: true }, Date.now(), (s) => join(s, { participantId, tokenHash: hashToken(participantToken), nickname }));
  if (!m.ok) return fail(m.error);
  const { participant, generated, reason } = m.result;
  return ok({ participantId, participantToken, nickname: participant.nickname, generated, reason });
}

export async function openSessionRound(code: string, body: Record<string, unknown>, seconds: number | undefined): Promise<Result<{ roundId: string; deadline: number | null }>> {
  const rt = await live();
  const roundId = newId('r');
  const m = await rt.store.mutate(code, { current: true }, Date.now(), (s) => openRound(s, { roundId, kind: kindOfBody(body), body, seconds }, lookup));
  if (!m.ok) return fail(m.error);
  const { deadline } = m.result.round;
  // Close at the deadline (answers are refused after it in any case; this tells the screens).
  if (deadline) rt.deadlines.arm({ code, roundId, deadline });
  return ok({ roundId, deadline });
}

export async function answer(code: string, participantId: string, roundId: string, response: unknown): Promise<Result<{ accepted: true; changed: boolean }>> {
  const rt = await live();
  const m = await rt.store.mutate(code, { participant: participantId, round: roundId, response: true }, Date.now(), (s) => respond(s, response, lookup));
  if (!m.ok) return fail(m.error);
  if (m.result.changed) scheduleTally(rt, code, roundId);
  return ok(m.result);
}

/** "N of M answered" goes out at most every 250 ms per session, not once per answer. */
function scheduleTally(rt: LiveRuntime, code: string, roundId: string) {
  if (rt.tallies.has(code)) return;
  const timer = setTimeout(() => {
    rt.tallies.delete(code);
    void rt.store.mutate(code, { round: roundId, answered: true }, Date.now(), (s) => tally(s)).catch(() => {});
  }, 250);
  rt.tallies.set(code, timer);
}

export async function closeSessionRound(code: string, roundId: string): Promise<Result<{ status: string }>> {
  const rt = await live();
  const m = await rt.store.mutate(code, { round: roundId }, Date.now(), (s) => closeRound(s));
  return m.ok ? ok({ status: m.result.round.status }) : fail(m.error);
}

export async function revealSessionRound(code: string, roundId: string): Promise<Result<{ reveal: Record<string, unknown> }>> {
  const rt = await live();
  const m = await rt.store.mutate(code, { round: roundId, responses: true }, Date.now(), (s) => revealRound(s, lookup));
  return m.ok ? ok(m.result) : fail(m.error);
}

export async function lock(code: string, locked: boolean): Promise<Result<{ locked: boolean }>> {
  const rt = await live();
  const m = await rt.store.mutate(code, {}, Date.now(), (s) => lockSession(s, locked));
  return m.ok ? ok(m.result) : fail(m.error);
}

export async function remove(code: string, participantId: string): Promise<Result<{ removed: true }>> {
  const rt = await live();
  const m = await rt.store.mutate(code, { participant: participantId }, Date.now(), (s) => removeParticipant(s));
  return m.ok ? ok(m.result) : fail(m.error);
}

export async function end(code: string): Promise<Result<{ endedAt: number; deletedAfterHours: number }>> {
  const rt = await live();
  const m = await rt.store.mutate(code, { current: true }, Date.now(), (s) => endSession(s));
  return m.ok ? ok({ endedAt: m.result.endedAt, deletedAfterHours: rt.config.retentionHours }) : fail(m.error);
}

export async function destroy(code: string): Promise<void> {
  const rt = await live();
  await rt.store.mutate(code, { current: true }, Date.now(), (s) => endSession(s));
  await rt.store.deleteSession(code);
}

/** The session as this viewer may see it (the first SSE message, and `GET /api/live/sessions/{code}`). */
export async function view(stale: SessionRow, viewer: Viewer): Promise<RoomView> {
  const rt = await live();
  const { code } = stale;
  // Read the session first: rows read after it may be newer than its seq, and the browser's
  // reducer tolerates seeing those events again.
  const session = (await rt.store.getSession(code)) ?? stale;
  const host = viewer.role === 'host';
  const [people, round] = await Promise.all([rt.store.participants(code), rt.store.latestRound(code)]);
  const present = people.filter((p) => !p.removed);
  const me = viewer.role === 'participant' ? people.find((p) => p.id === viewer.participantId) : undefined;
  let mine: RoomView['mine'] = null;
  if (me && round) {
    const r = await rt.store.response(round.id, me.id);
    if (r) mine = round.status === 'revealed' ? { response: r.response, earned: r.earned, total: r.total } : { response: r.response };
  }
  return {
    code,
    role: viewer.role,
    seq: session.seq,
    serverNow: Date.now(),
    locked: session.locked,
    ended: session.endedAt !== null,
    maxParticipants: session.maxParticipants,
    present: present.length,
    me: me ? { id: me.id, nickname: me.nickname, removed: me.removed } : null,
    participants: host ? present.map((p) => ({ id: p.id, nickname: p.nickname })) : null,
    round: round ? publicRound(round, lookup) : null,
    answered: host && round ? await rt.store.answeredCount(round.id) : null,
    mine,
  };
}

/** Every round with its answers, for the host (JSON), and as CSV rows. */
export async function results(session: SessionRow) {
  const rt = await live();
  const { code } = session;
  const [people, rounds, answers] = await Promise.all([rt.store.participants(code), rt.store.rounds(code), rt.store.responses(code)]);
  const nick = new Map(people.map((p) => [p.id, p.nickname]));
  return {
    code,
    createdAt: session.createdAt,
    endedAt: session.endedAt,
    participants: people.map((p) => ({ id: p.id, nickname: p.nickname, joinedAt: p.joinedAt, removed: p.removed })),
    rounds: rounds.map((r) => {
      const mine = answers.filter((a) => a.roundId === r.id);
      return {
        id: r.id,
        index: r.index,
        kind: r.kind,
        ref: r.ref,
        prompt: r.kind === 'question' ? (lookup.question(r.ref)?.prompt ?? null) : null,
        status: r.status,
        openedAt: r.openedAt,
        closedAt: r.closedAt,
        answered: mine.length,
        right: mine.filter((a) => a.earned === a.total).length,
        reveal: r.status === 'revealed' ? (r.data.reveal ?? null) : null,
        responses: mine.map((a) => ({ participantId: a.participantId, nickname: nick.get(a.participantId) ?? '', response: a.response, earned: a.earned, total: a.total, at: a.at })),
      };
    }),
  };
}

export type Results = Awaited<ReturnType<typeof results>>;

export function resultsCsv(data: Results): string {
  const lines = [csvRow(['round', 'question', 'prompt', 'nickname', 'answer', 'earned', 'total', 'right', 'answered_at'])];
  for (const r of data.rounds) {
    for (const a of r.responses) {
      lines.push(csvRow([r.index, r.ref, r.prompt ?? '', a.nickname, a.response, a.earned, a.total, a.earned === a.total ? 'yes' : 'no', new Date(a.at).toISOString()]));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
