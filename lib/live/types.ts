/**
 * The live class's data: what the store keeps (rows) and what the room emits (events).
 *
 * Events are facts with a per-session sequence number (`seq`, the SSE `id`), stored before they
 * are sent, so a client that reconnects with `Last-Event-ID` gets the same facts in the same
 * order. Each event names its audience: everyone, the host only, or one participant.
 *
 * | type                 | audience | data                                              |
 * | -------------------- | -------- | ------------------------------------------------- |
 * | `participant-joined` | host     | `{ participant: { id, nickname } }`               |
 * | `participant-removed`| all      | `{ participantId }` (the learner named leaves)    |
 * | `session-locked`     | all      | `{ locked }`                                      |
 * | `round-opened`       | all      | `{ round: PublicRound }` (no key, no distribution)|
 * | `tally`              | host     | `{ roundId, answered, present }` (≈ 4 a second)   |
 * | `round-closed`       | all      | `{ roundId, closedAt }`                           |
 * | `round-revealed`     | all      | `{ roundId, reveal: Reveal }` (key, explanation, distribution) |
 * | `session-ended`      | all      | `{}`                                              |
 *
 * A round has a `kind` (`'question'`; the builder rounds add `'builder'`): the room dispatches
 * opening, answering and revealing to the kind's module in `round-kinds.ts`.
 */

/** One live session, e.g. `{ code: "K7QX2M", locked: false, maxParticipants: 500, … }`. */
export type SessionRow = {
  code: string;
  /** SHA-256 of the host token (the token itself is never stored). */
  hostTokenHash: string;
  createdAt: number;
  /** Last change, for deleting abandoned sessions. */
  updatedAt: number;
  /** Set when the host ends the session; its data is deleted a set time later. */
  endedAt: number | null;
  /** No new joiners while locked. */
  locked: boolean;
  maxParticipants: number;
  /** The last event's sequence number (0 before the first). */
  seq: number;
};

export type ParticipantRow = {
  /** e.g. `"p_Q3x9…"` */
  id: string;
  code: string;
  /** SHA-256 of the participant token. */
  tokenHash: string;
  /** Cleaned and unique within the session, e.g. `"Calm Otter 42"`. */
  nickname: string;
  joinedAt: number;
  removed: boolean;
};

export type RoundKind = 'question' | 'builder';
export type RoundStatus = 'open' | 'closed' | 'revealed';

export type RoundRow = {
  /** e.g. `"r_7Hq…"` */
  id: string;
  code: string;
  kind: RoundKind;
  /** 1, 2, 3… in opening order. */
  index: number;
  /** What the round is about; for a question round `"<quiz-id>/<question-id>"`. */
  ref: string;
  status: RoundStatus;
  openedAt: number;
  /** When answers stop being accepted (set by the server), or `null` for no countdown. */
  deadline: number | null;
  closedAt: number | null;
  /** Kind-specific data fixed at opening (for a question: the shuffle seed). */
  data: Record<string, unknown>;
};

export type ResponseRow = {
  roundId: string;
  participantId: string;
  /** The response in the shape the lesson quizzes use, e.g. `{ selected: "incremental" }`. */
  response: unknown;
  /** Points earned and available, graded on the server when the answer arrives. */
  earned: number;
  total: number;
  at: number;
};

export type Audience = 'all' | 'host' | { participant: string };

type EventType =
  | 'participant-joined'
  | 'participant-removed'
  | 'session-locked'
  | 'round-opened'
  | 'tally'
  | 'round-closed'
  | 'round-revealed'
  | 'session-ended'
  | (string & {});

/** An event before it is stored (it gets its `seq` then). */
export type NewEvent = { type: EventType; audience: Audience; data: Record<string, unknown> };

/** A stored event, e.g. `{ seq: 12, type: "round-closed", audience: "all", data: { roundId: "r_…" }, at: 1764650000000 }`. */
export type LiveEvent = NewEvent & { seq: number; code: string; at: number };

/** Who is asking: the host, a participant, or nobody known. */
export type Viewer = { role: 'host' } | { role: 'participant'; participantId: string };

/** May this viewer see this event? */
export function visibleTo(event: Pick<LiveEvent, 'audience'>, viewer: Viewer): boolean {
  if (event.audience === 'all') return true;
  if (viewer.role === 'host') return true;
  return event.audience !== 'host' && event.audience.participant === viewer.participantId;
}

/** A failure the API maps to a status code, with a message a person can act on. */
export type LiveError = { status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429; code: string; message: string };

export const liveError = (status: LiveError['status'], code: string, message: string): LiveError => ({ status, code, message });
