import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/index.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when the suite runs in
 * its `postgres` project — a throwaway database on the TEST_DATABASE_URL server, dropped on close.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  if (process.env.ZHIFA_TEST_DB !== 'postgres') {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('ZHIFA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `zhifa_t_${crypto.randomBytes(6).toString('hex')}`;
  await withAdmin(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}
