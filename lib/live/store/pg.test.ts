import { describe, it } from 'vitest';
import pg from 'pg';
import { storeContract } from './contract';
import { openPgStore } from './pg';

/**
 * The same contract against a real PostgreSQL. `npm test` starts one and sets
 * LIVE_TEST_DATABASE_URL (scripts/test-all.sh); each run uses a fresh database and drops it.
 */
const admin = process.env.LIVE_TEST_DATABASE_URL;

if (!admin) {
  describe('LiveStore contract: PostgreSQL', () => {
    it.skip('needs LIVE_TEST_DATABASE_URL (npm test starts a PostgreSQL and sets it)', () => {});
  });
} else {
  const name = `live_contract_${process.pid}_${Date.now()}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  async function adminQuery(q: string) {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(q);
    } finally {
      await client.end();
    }
  }
  storeContract(
    'PostgreSQL',
    async () => {
      await adminQuery(`create database ${name}`);
      const store = await openPgStore(url.toString());
      const close = store.close.bind(store);
      store.close = async () => {
        await close();
        await adminQuery(`drop database if exists ${name}`);
      };
      return store;
    },
    () => openPgStore(url.toString()),
  );
}
