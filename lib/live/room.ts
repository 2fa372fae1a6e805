import { roundKinds, type RoomLookup, type RoundKindModule } from './round-kinds';
import { chooseNickname, uniqueNickname } from './nickname';
import { liveError, type LiveError, type NewEvent, type ParticipantRow, type ResponseRow, type RoundKind, type RoundRow, type SessionRow } from './types';

/**
 * The room's rules as pure functions: each takes the part of a session's state it needs (a
 * `Slice`, loaded by the store inside one transaction) and a command, and returns either an
 * error or the rows to write and the events to emit. Nothing here knows of HTTP or databases.
 */

/** What a decision may read. The store loads only what `Needs` asks for. */
export type Slice = {
  now: number;
  session: SessionRow;
  /** Learners in the room (not removed). */
  present: number;
  participant?: ParticipantRow | null;
  round?: RoundRow | null;
  /** The most recently opened round. */
  current?: RoundRow | null;
  roundCount?: number;
  response?: ResponseRow | null;
  responses?: ResponseRow[];
  /** How many responses `round` has. */
  answered?: number;
  nicknames?: string[];
};

/** What a decision asks the store to load. */
export type Needs = {
  participant?: string;
  round?: string;
  current?: boolean;
  /** The response of `participant` to `round`. */
  response?: boolean;
  /** Every response to `round`. */
  responses?: boolean;
  answered?: boolean;
  nicknames?: boolean;
};

/** A row change; the store applies them in order, in the same transaction as the events. */
export type Write =
  | { type: 'update-session'; patch: Partial<Pick<SessionRow, 'locked' | 'endedAt'>> }
  | { type: 'insert-participant'; row: ParticipantRow }
  | { type: 'update-participant'; id: string; patch: Partial<Pick<ParticipantRow, 'removed'>> }
  | { type: 'insert-round'; row: RoundRow }
  | { type: 'update-round'; id: string; patch: Partial<Pick<RoundRow, 'status' | 'closedAt' | 'data'>> }
  | { type: 'upsert-response'; row: ResponseRow };

export type Decision<T> = { ok: true; writes: Write[]; events: NewEvent[]; result: T } | { ok: false; error: LiveError };

const ok = <T>(result: T, writes: Write[] = [], events: NewEvent[] = []): Decision<T> => ({ ok: true, writes, events, result });
const fail = (error: LiveError): Decision<never> => ({ ok: false, error });

/** Is a round taking answers at `now`? Open and before its deadline (if any). */
export const accepting = (round: RoundRow, now: number): boolean => round.status === 'open' && (round.deadline === null || now < round.deadline);

function ended(session: SessionRow): LiveError | null {
  return session.endedAt !== null ? liveError(410, 'ended', 'This session has ended.') : null;
}

/** A command that decides nothing: running it only closes an overdue round (`expireDue`), as the countdown timers do. */
export const noCommand = (): Decision<null> => ok(null);

type JoinCommand = { participantId: string; tokenHash: string; nickname?: string | null; random?: (n: number) => number };

/** A learner joins. Needs: `nicknames`. */
export function join(s: Slice, cmd: JoinCommand): Decision<{ participant: ParticipantRow; generated: boolean; reason?: string }> {
  const e = ended(s.session);
  if (e) return fail(e);
  if (s.session.locked) return fail(liveError(403, 'locked', 'The instructor has closed this session to new learners.'));
  if (s.present >= s.session.maxParticipants) return fail(liveError(409, 'full', `This session is full (${s.session.maxParticipants} learners). Ask the instructor.`));
  const choice = chooseNickname(cmd.nickname, cmd.random);
  const nickname = uniqueNickname(choice.nickname, s.nicknames ?? []);
  const participant: ParticipantRow = { id: cmd.participantId, code: s.session.code, tokenHash: cmd.tokenHash, nickname, joinedAt: s.now, removed: false };
  return ok({ participant, generated: choice.generated, reason: choice.reason }, [{ type: 'insert-participant', row: participant }], [
    { type: 'participant-joined', audience: 'host', data: { participant: { id: participant.id, nickname } } },
  ]);
}

function closeWrites(round: RoundRow, now: number): { writes: Write[]; events: NewEvent[] } {
  return {
    writes: [{ type: 'update-round', id: round.id, patch: { status: 'closed', closedAt: now } }],
    events: [{ type: 'round-closed', audience: 'all', data: { roundId: round.id, closedAt: now } }],
  };
}

/** Is this round still open although its countdown has run out? */
export const overdue = (round: RoundRow | null | undefined, now: number): round is RoundRow & { deadline: number } =>
  !!round && round.status === 'open' && round.deadline !== null && now >= round.deadline;

/**
 * Closes the current round at its deadline when the countdown has run out, whichever instance
 * runs the next command (and even after a restart, when no timer survived). The store calls it
 * before every command, so `decide` sees the round closed; the close is dated at the deadline.
 * Needs: `current`.
 */
export function expireDue(s: Slice): { slice: Slice; writes: Write[]; events: NewEvent[] } {
  const current = s.current;
  if (!overdue(current, s.now)) return { slice: s, writes: [], events: [] };
  const { writes, events } = closeWrites(current, current.deadline);
  const closed: RoundRow = { ...current, status: 'closed', closedAt: current.deadline };
  const slice: Slice = { ...s, current: closed, round: s.round && s.round.id === closed.id ? closed : s.round };
  return { slice, writes, events };
}

type OpenCommand = { roundId: string; kind: RoundKind; body: Record<string, unknown>; seconds?: number | null };

/** The host opens a round; an open round before it closes first. Needs: `current`. */
export function openRound(s: Slice, cmd: OpenCommand, lookup: RoomLookup): Decision<{ round: RoundRow }> {
  const e = ended(s.session);
  if (e) return fail(e);
  const mod: RoundKindModule | undefined = roundKinds[cmd.kind];
  if (!mod) return fail(liveError(400, 'unknown-kind', `Rounds of kind "${cmd.kind}" are not available.`));
  const prepared = mod.prepare(cmd.body, cmd.roundId, lookup);
  if ('status' in prepared) return fail(prepared);
  const writes: Write[] = [];
  const events: NewEvent[] = [];
  if (s.current && s.current.status === 'open') {
    const closed = closeWrites(s.current, s.now);
    writes.push(...closed.writes);
    events.push(...closed.events);
  }
  const round: RoundRow = {
    id: cmd.roundId,
    code: s.session.code,
    kind: cmd.kind,
    index: (s.current?.index ?? 0) + 1,
    ref: prepared.ref,
    status: 'open',
    openedAt: s.now,
    deadline: cmd.seconds ? s.now + cmd.seconds * 1000 : null,
    closedAt: null,
    data: prepared.data,
  };
  writes.push({ type: 'insert-round', row: round });
  events.push({ type: 'round-opened', audience: 'all', data: { round: publicRound(round, lookup) } });
  return ok({ round }, writes, events);
}

/** A round as everyone may see it: its content, and the reveal once there is one. */
export type PublicRound = Pick<RoundRow, 'id' | 'kind' | 'index' | 'ref' | 'status' | 'openedAt' | 'deadline' | 'closedAt'> & {
  content: unknown;
  reveal: Record<string, unknown> | null;
};

export function publicRound(round: RoundRow, lookup: RoomLookup): PublicRound {
  const mod = roundKinds[round.kind];
  const { id, kind, index, ref, status, openedAt, deadline, closedAt } = round;
  const reveal = status === 'revealed' ? ((round.data.reveal as Record<string, unknown>) ?? null) : null;
  return { id, kind, index, ref, status, openedAt, deadline, closedAt, content: mod ? mod.content(round, lookup) : null, reveal };
}

/** A learner answers (again: the new answer replaces the old). Needs: `participant`, `round`, `response`. */
export function respond(s: Slice, response: unknown, lookup: RoomLookup): Decision<{ accepted: true; changed: boolean }> {
  const e = ended(s.session);
  if (e) return fail(e);
  if (!s.participant) return fail(liveError(401, 'not-joined', 'Join the session first.'));
  if (s.participant.removed) return fail(liveError(403, 'removed', 'The instructor removed you from this session.'));
  const round = s.round;
  if (!round) return fail(liveError(404, 'no-round', 'There is no such question in this session.'));
  if (!accepting(round, s.now)) return fail(liveError(409, 'closed', 'Answers for this question are closed.'));
  const mod = roundKinds[round.kind];
  if (!mod) return fail(liveError(400, 'unknown-kind', 'This round cannot take answers.'));
  const graded = mod.accept(round, response, lookup);
  if ('status' in graded) return fail(graded);
  const same = s.response && JSON.stringify(s.response.response) === JSON.stringify(graded.response);
  if (same) return ok({ accepted: true, changed: false });
  const row: ResponseRow = { roundId: round.id, participantId: s.participant.id, response: graded.response, earned: graded.earned, total: graded.total, at: s.now };
  return ok({ accepted: true, changed: true }, [{ type: 'upsert-response', row }]);
}

/** The host closes answers. Closing a closed round changes nothing. Needs: `round`. */
export function closeRound(s: Slice): Decision<{ round: RoundRow }> {
  const round = s.round;
  if (!round) return fail(liveError(404, 'no-round', 'There is no such round in this session.'));
  if (round.status !== 'open') return ok({ round });
  const { writes, events } = closeWrites(round, s.now);
  return ok({ round: { ...round, status: 'closed', closedAt: s.now } }, writes, events);
}

/** The host reveals (closing first if still open). Revealing twice changes nothing. Needs: `round`, `responses`. */
export function revealRound(s: Slice, lookup: RoomLookup): Decision<{ reveal: Record<string, unknown> }> {
  const round = s.round;
  if (!round) return fail(liveError(404, 'no-round', 'There is no such round in this session.'));
  if (round.status === 'revealed') return ok({ reveal: (round.data.reveal as Record<string, unknown>) ?? {} });
  const mod = roundKinds[round.kind];
  if (!mod) return fail(liveError(400, 'unknown-kind', 'This round cannot be revealed.'));
  const writes: Write[] = [];
  const events: NewEvent[] = [];
  const closedAt = round.closedAt ?? s.now;
  if (round.status === 'open') {
    const closed = closeWrites(round, s.now);
    writes.push(...closed.writes);
    events.push(...closed.events);
  }
  const reveal = mod.reveal(round, s.responses ?? [], lookup);
  writes.push({ type: 'update-round', id: round.id, patch: { status: 'revealed', closedAt, data: { ...round.data, reveal } } });
  events.push({ type: 'round-revealed', audience: 'all', data: { roundId: round.id, reveal } });
  return ok({ reveal }, writes, events);
}

/** The host locks or unlocks the session to new joiners. */
export function lockSession(s: Slice, locked: boolean): Decision<{ locked: boolean }> {
  const e = ended(s.session);
  if (e) return fail(e);
  if (s.session.locked === locked) return ok({ locked });
  return ok({ locked }, [{ type: 'update-session', patch: { locked } }], [{ type: 'session-locked', audience: 'all', data: { locked } }]);
}

/** The host removes a learner: their token stops working. Needs: `participant`. */
export function removeParticipant(s: Slice): Decision<{ removed: true }> {
  const p = s.participant;
  if (!p) return fail(liveError(404, 'no-participant', 'There is no such learner in this session.'));
  if (p.removed) return ok({ removed: true });
  return ok({ removed: true }, [{ type: 'update-participant', id: p.id, patch: { removed: true } }], [
    { type: 'participant-removed', audience: 'all', data: { participantId: p.id } },
  ]);
}

/** The host ends the session; an open round closes. Needs: `current`. */
export function endSession(s: Slice): Decision<{ endedAt: number }> {
  if (s.session.endedAt !== null) return ok({ endedAt: s.session.endedAt });
  const writes: Write[] = [];
  const events: NewEvent[] = [];
  if (s.current && s.current.status === 'open') {
    const closed = closeWrites(s.current, s.now);
    writes.push(...closed.writes);
    events.push(...closed.events);
  }
  writes.push({ type: 'update-session', patch: { endedAt: s.now } });
  events.push({ type: 'session-ended', audience: 'all', data: {} });
  return ok({ endedAt: s.now }, writes, events);
}

/** "N of M answered" for the host. Needs: `round`, `answered`. */
export function tally(s: Slice): Decision<{ answered: number }> {
  const round = s.round;
  if (!round) return fail(liveError(404, 'no-round', 'There is no such round.'));
  const answered = s.answered ?? 0;
  return ok({ answered }, [], [{ type: 'tally', audience: 'host', data: { roundId: round.id, answered, present: s.present } }]);
}
