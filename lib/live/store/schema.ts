import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The live class's tables, one schema for the embedded PGlite and a real PostgreSQL. Times are
 * epoch milliseconds. No personal data: no accounts, no addresses; tokens only as hashes.
 * Migrations are in `./migrations` (drizzle's format: SQL files and `meta/_journal.json`).
 */
const ms = (name: string) => bigint(name, { mode: 'number' });

export const sessions = pgTable('live_sessions', {
  code: text('code').primaryKey(),
  hostTokenHash: text('host_token_hash').notNull(),
  createdAt: ms('created_at').notNull(),
  updatedAt: ms('updated_at').notNull(),
  endedAt: ms('ended_at'),
  locked: boolean('locked').notNull().default(false),
  maxParticipants: integer('max_participants').notNull(),
  seq: integer('seq').notNull().default(0),
});

export const participants = pgTable(
  'live_participants',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().references(() => sessions.code, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    nickname: text('nickname').notNull(),
    joinedAt: ms('joined_at').notNull(),
    removed: boolean('removed').notNull().default(false),
  },
  (t) => [index('live_participants_code').on(t.code)],
);

export const rounds = pgTable(
  'live_rounds',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().references(() => sessions.code, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    index: integer('idx').notNull(),
    ref: text('ref').notNull(),
    status: text('status').notNull(),
    openedAt: ms('opened_at').notNull(),
    deadline: ms('deadline'),
    closedAt: ms('closed_at'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('live_rounds_code_idx').on(t.code, t.index)],
);

export const responses = pgTable(
  'live_responses',
  {
    roundId: text('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    participantId: text('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
    response: jsonb('response').$type<unknown>().notNull(),
    earned: doublePrecision('earned').notNull(),
    total: doublePrecision('total').notNull(),
    at: ms('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.participantId] })],
);

export const events = pgTable(
  'live_events',
  {
    code: text('code').notNull().references(() => sessions.code, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    /** `all`, `host`, or `p:<participant id>` */
    audience: text('audience').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    at: ms('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.seq] })],
);
