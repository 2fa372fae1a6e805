import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { DrizzleLiveStore, type LiveDb } from './drizzle-store';
import { MIGRATIONS } from './migrations-path';
import * as schema from './schema';

const CHANNEL = 'live_events';

/**
 * The store on a PostgreSQL server, for several instances: every command's events are stored in
 * `live_events` and announced with `NOTIFY live_events, '<code>'` in the same transaction (sent
 * on commit; ids only, far below the 8,000-byte limit). Every instance LISTENs and reads the new
 * rows; after a lost connection it reconnects and tells its listeners to catch up from the table.
 */
export async function openPgStore(connectionString: string, opts: { max?: number } = {}): Promise<DrizzleLiveStore> {
  const pool = new pg.Pool({ connectionString, max: opts.max ?? 10 });
  pool.on('error', () => {}); // an idle client's error must not crash the process; the next query reconnects
  const db = drizzle(pool, { schema });
  await migrateOnce(pool, db);

  let active: pg.Client | null = null;
  let closed = false;
  const known = new Set<string>();

  const store: DrizzleLiveStore = new DrizzleLiveStore('postgres', db as unknown as LiveDb, {
    announce: async (tx, code) => {
      await tx.execute(sql`select pg_notify(${CHANNEL}, ${code})`);
    },
    close: async () => {
      closed = true;
      const client = active;
      active = null;
      await client?.end().catch(() => {});
      await pool.end();
    },
  });

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString });
    active = client;
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      known.add(msg.payload);
      store.emit(msg.payload);
    });
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  }

  function lost(client: pg.Client) {
    if (closed || active !== client) return;
    active = null;
    setTimeout(retry, 500);
  }

  async function retry() {
    if (closed) return;
    try {
      await listen();
      // Anything announced while we were away is in the table: let every listener catch up.
      for (const code of known) store.emit(code);
    } catch {
      active = null;
      setTimeout(retry, 1000);
    }
  }

  await listen();
  return store;
}

/** Runs the migrations under an advisory lock, so two instances starting together do not race. */
async function migrateOnce(pool: pg.Pool, db: ReturnType<typeof drizzle>) {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(724101)');
    await migrate(db, { migrationsFolder: MIGRATIONS });
  } finally {
    await client.query('select pg_advisory_unlock(724101)').catch(() => {});
    client.release();
  }
}
