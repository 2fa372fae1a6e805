import type { Decision, Needs, Slice } from '../room';
import type { LiveError, LiveEvent, ParticipantRow, ResponseRow, RoundRow, SessionRow } from '../types';

/** A round that closes by itself at `deadline` (epoch ms). */
export type OpenDeadline = { code: string; roundId: string; deadline: number };

/** The result of one command: the decision's result and the events it stored, or its error. */
export type Mutation<T> = { ok: true; result: T; events: LiveEvent[] } | { ok: false; error: LiveError };

/**
 * Where sessions live. Two implementations pass one contract suite (`contract.ts`): the
 * embedded PGlite (one process owns its folder) and PostgreSQL through `pg` (any number of
 * instances; events shared by LISTEN/NOTIFY carrying ids, read back from `live_events`).
 */
export interface LiveStore {
  /** `"pglite"` or `"postgres"`. */
  readonly kind: string;
  /** Stores a new session; `false` when the code is taken. */
  createSession(row: SessionRow): Promise<boolean>;
  getSession(code: string): Promise<SessionRow | null>;
  participantByToken(code: string, tokenHash: string): Promise<ParticipantRow | null>;
  participants(code: string): Promise<ParticipantRow[]>;
  rounds(code: string): Promise<RoundRow[]>;
  latestRound(code: string): Promise<RoundRow | null>;
  response(roundId: string, participantId: string): Promise<ResponseRow | null>;
  responses(code: string): Promise<ResponseRow[]>;
  answeredCount(roundId: string): Promise<number>;
  /**
   * Runs one command atomically: locks the session, loads what `needs` asks for, lets the pure
   * `decide` choose (after closing a round whose countdown has run out: `expireDue`), applies its writes, stores its events with the next sequence numbers, and
   * commits; then announces the new events to every instance.
   */
  mutate<T>(code: string, needs: Needs, now: number, decide: (slice: Slice) => Decision<T>): Promise<Mutation<T>>;
  /**
   * Rounds still open with a countdown, e.g. `[{ code: "K7QX2M", roundId: "r_7Hq…", deadline: 1764650030000 }]`:
   * read at start-up so every deadline gets a timer again after a restart.
   */
  openDeadlines(): Promise<OpenDeadline[]>;
  /** Events after `seq`, in order (at most `limit`). */
  eventsAfter(code: string, seq: number, limit?: number): Promise<LiveEvent[]>;
  /** Deletes a session and everything in it. */
  deleteSession(code: string): Promise<void>;
  /** Deletes sessions ended before `endedBefore`, or idle since before `idleBefore`; returns how many. */
  sweep(endedBefore: number, idleBefore: number): Promise<number>;
  /**
   * Called with a session's code whenever it has new events (on any instance), and with the
   * events themselves when this process has just stored them and holds them in order (the
   * embedded store). Returns an unsubscribe.
   */
  onEvents(listener: (code: string, events?: LiveEvent[]) => void): () => void;
  close(): Promise<void>;
}
