import { and, asc, count, desc, eq, gt, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { expireDue, type Decision, type Needs, type Slice, type Write } from '../room';
import type { Audience, LiveEvent, NewEvent, RoundKind, RoundRow, RoundStatus, SessionRow } from '../types';
import * as schema from './schema';
import type { LiveStore, Mutation } from './types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LiveDb = PgDatabase<PgQueryResultHKT, typeof schema, any>;
type Tx = Parameters<Parameters<LiveDb['transaction']>[0]>[0];
type Q = LiveDb | Tx;

const audienceText = (a: Audience): string => (typeof a === 'string' ? a : `p:${a.participant}`);
const audienceOf = (text: string): Audience => (text.startsWith('p:') ? { participant: text.slice(2) } : (text as Audience));

const toRound = (r: typeof schema.rounds.$inferSelect): RoundRow => ({ ...r, kind: r.kind as RoundKind, status: r.status as RoundStatus });
const toEvent = (e: typeof schema.events.$inferSelect): LiveEvent => ({ ...e, audience: audienceOf(e.audience) });

/**
 * The store over any Drizzle PostgreSQL database. `announce` runs inside the transaction (the
 * PostgreSQL store sends NOTIFY there, delivered on commit); `committed` runs after it.
 */
export class DrizzleLiveStore implements LiveStore {
  private readonly listeners = new Set<(code: string, events?: LiveEvent[]) => void>();

  constructor(
    readonly kind: string,
    private readonly db: LiveDb,
    private readonly hooks: { announce?: (tx: Tx, code: string, seq: number) => Promise<void>; committed?: (code: string, events: LiveEvent[]) => void; close?: () => Promise<void> } = {},
  ) {}

  /**
   * Tells local listeners that `code` has new events: with the events themselves when they were
   * just committed here (the embedded store), without them on a NOTIFY from PostgreSQL.
   */
  emit(code: string, events?: LiveEvent[]) {
    for (const listener of this.listeners) listener(code, events);
  }

  onEvents(listener: (code: string, events?: LiveEvent[]) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async createSession(row: SessionRow) {
    const inserted = await this.db.insert(schema.sessions).values(row).onConflictDoNothing().returning({ code: schema.sessions.code });
    return inserted.length === 1;
  }

  async getSession(code: string, q: Q = this.db) {
    const [row] = await q.select().from(schema.sessions).where(eq(schema.sessions.code, code));
    return row ?? null;
  }

  async participantByToken(code: string, tokenHash: string) {
    const [row] = await this.db.select().from(schema.participants).where(and(eq(schema.participants.code, code), eq(schema.participants.tokenHash, tokenHash)));
    return row ?? null;
  }

  async participants(code: string) {
    return this.db.select().from(schema.participants).where(eq(schema.participants.code, code)).orderBy(asc(schema.participants.joinedAt), asc(schema.participants.id));
  }

  async rounds(code: string) {
    const rows = await this.db.select().from(schema.rounds).where(eq(schema.rounds.code, code)).orderBy(asc(schema.rounds.index));
    return rows.map(toRound);
  }

  async latestRound(code: string, q: Q = this.db) {
    const [row] = await q.select().from(schema.rounds).where(eq(schema.rounds.code, code)).orderBy(desc(schema.rounds.index)).limit(1);
    return row ? toRound(row) : null;
  }

  async response(roundId: string, participantId: string, q: Q = this.db) {
    const [row] = await q.select().from(schema.responses).where(and(eq(schema.responses.roundId, roundId), eq(schema.responses.participantId, participantId)));
    return row ?? null;
  }

  async responses(code: string) {
    const ids = this.db.select({ id: schema.rounds.id }).from(schema.rounds).where(eq(schema.rounds.code, code));
    return this.db.select().from(schema.responses).where(inArray(schema.responses.roundId, ids)).orderBy(asc(schema.responses.at));
  }

  async answeredCount(roundId: string, q: Q = this.db) {
    const [row] = await q.select({ n: count() }).from(schema.responses).where(eq(schema.responses.roundId, roundId));
    return Number(row?.n ?? 0);
  }

  private async present(code: string, q: Q) {
    const [row] = await q.select({ n: count() }).from(schema.participants).where(and(eq(schema.participants.code, code), eq(schema.participants.removed, false)));
    return Number(row?.n ?? 0);
  }

  private async load(tx: Tx, session: SessionRow, needs: Needs, now: number): Promise<Slice> {
    const code = session.code;
    const slice: Slice = { now, session, present: await this.present(code, tx) };
    if (needs.participant) {
      const [p] = await tx.select().from(schema.participants).where(and(eq(schema.participants.code, code), eq(schema.participants.id, needs.participant)));
      slice.participant = p ?? null;
    }
    if (needs.round) {
      const [r] = await tx.select().from(schema.rounds).where(and(eq(schema.rounds.code, code), eq(schema.rounds.id, needs.round)));
      slice.round = r ? toRound(r) : null;
    }
    // Always: an overdue countdown is closed before any command (`expireDue`).
    slice.current = await this.latestRound(code, tx);
    if (needs.response && needs.round && needs.participant) slice.response = await this.response(needs.round, needs.participant, tx);
    if (needs.responses && needs.round) slice.responses = await tx.select().from(schema.responses).where(eq(schema.responses.roundId, needs.round));
    if (needs.answered && needs.round) slice.answered = await this.answeredCount(needs.round, tx);
    if (needs.nicknames) {
      const rows = await tx.select({ nickname: schema.participants.nickname }).from(schema.participants).where(eq(schema.participants.code, code));
      slice.nicknames = rows.map((r) => r.nickname);
    }
    return slice;
  }

  private async apply(tx: Tx, code: string, write: Write) {
    switch (write.type) {
      case 'update-session':
        await tx.update(schema.sessions).set(write.patch).where(eq(schema.sessions.code, code));
        return;
      case 'insert-participant':
        await tx.insert(schema.participants).values(write.row);
        return;
      case 'update-participant':
        await tx.update(schema.participants).set(write.patch).where(and(eq(schema.participants.code, code), eq(schema.participants.id, write.id)));
        return;
      case 'insert-round':
        await tx.insert(schema.rounds).values(write.row);
        return;
      case 'update-round':
        await tx.update(schema.rounds).set(write.patch).where(and(eq(schema.rounds.code, code), eq(schema.rounds.id, write.id)));
        return;
      case 'upsert-response': {
        const { response, earned, total, at } = write.row;
        await tx.insert(schema.responses).values(write.row).onConflictDoUpdate({ target: [schema.responses.roundId, schema.responses.participantId], set: { response, earned, total, at } });
        return;
      }
    }
  }

  async mutate<T>(code: string, needs: Needs, now: number, decide: (slice: Slice) => Decision<T>): Promise<Mutation<T>> {
    const outcome = await this.db.transaction(async (tx): Promise<{ mutation: Mutation<T>; stored: LiveEvent[] } | null> => {
      const [session] = await tx.select().from(schema.sessions).where(eq(schema.sessions.code, code)).for('update');
      if (!session) return null;
      // A countdown that ran out closes first, and stays closed even when the command then fails
      // (a late answer is often the first command after the deadline).
      const due = expireDue(await this.load(tx, session, needs, now));
      const decision = decide(due.slice);
      if (!decision.ok && !due.events.length) return { mutation: decision, stored: [] };
      const writes = [...due.writes, ...(decision.ok ? decision.writes : [])];
      const events = [...due.events, ...(decision.ok ? decision.events : [])];
      for (const write of writes) await this.apply(tx, code, write);
      const stored = events.map((e: NewEvent, i): LiveEvent => ({ ...e, code, seq: session.seq + i + 1, at: now }));
      const seq = session.seq + stored.length;
      await tx.update(schema.sessions).set({ seq, updatedAt: now }).where(eq(schema.sessions.code, code));
      if (stored.length) {
        await tx.insert(schema.events).values(stored.map((e) => ({ code, seq: e.seq, type: e.type, audience: audienceText(e.audience), data: e.data, at: e.at })));
        await this.hooks.announce?.(tx, code, seq);
      }
      const mutation: Mutation<T> = decision.ok ? { ok: true, result: decision.result, events: stored } : decision;
      return { mutation, stored };
    });
    if (!outcome) return { ok: false, error: { status: 404, code: 'no-session', message: 'There is no session with this code.' } };
    if (outcome.stored.length) this.hooks.committed?.(code, outcome.stored);
    return outcome.mutation;
  }

  async openDeadlines() {
    return this.db
      .select({ code: schema.rounds.code, roundId: schema.rounds.id, deadline: schema.rounds.deadline })
      .from(schema.rounds)
      .where(and(eq(schema.rounds.status, 'open'), isNotNull(schema.rounds.deadline)))
      .then((rows) => rows.map((r) => ({ code: r.code, roundId: r.roundId, deadline: r.deadline! })));
  }

  async eventsAfter(code: string, seq: number, limit = 1000) {
    const rows = await this.db
      .select()
      .from(schema.events)
      .where(and(eq(schema.events.code, code), gt(schema.events.seq, seq)))
      .orderBy(asc(schema.events.seq))
      .limit(limit);
    return rows.map(toEvent);
  }

  async deleteSession(code: string) {
    await this.db.delete(schema.sessions).where(eq(schema.sessions.code, code));
  }

  async sweep(endedBefore: number, idleBefore: number) {
    const gone = await this.db
      .delete(schema.sessions)
      .where(or(and(isNotNull(schema.sessions.endedAt), lt(schema.sessions.endedAt, endedBefore)), lt(schema.sessions.updatedAt, idleBefore)))
      .returning({ code: schema.sessions.code });
    return gone.length;
  }

  async close() {
    await this.hooks.close?.();
  }

  /** For tests: run raw SQL. */
  async execute(query: string) {
    return this.db.execute(sql.raw(query));
  }
}
