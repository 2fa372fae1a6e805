import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { DrizzleLiveStore, type LiveDb } from './drizzle-store';
import { MIGRATIONS } from './migrations-path';
import * as schema from './schema';

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, in a folder of the project (or in
 * memory when `dataDir` is omitted, for tests). One process owns the folder: PGlite takes an
 * exclusive lock on it. Events are announced inside the process.
 */
export async function openPgliteStore(dataDir?: string): Promise<DrizzleLiveStore> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  const store: DrizzleLiveStore = new DrizzleLiveStore('pglite', db as unknown as LiveDb, {
    // One process owns the folder: hand the committed events straight to the bus, no read-back.
    committed: (code, events) => store.emit(code, events),
    close: () => client.close(),
  });
  return store;
}
