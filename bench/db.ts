import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, rows, type Database } from '../src/platform/db/index.js';

export interface BenchDatabase {
  database: Database;
  /** Where the data lives, for the report: a temp directory or a database name. */
  where: string;
  serverVersion: string;
  /** Drops the database (or deletes the directory) unless `keep`; `interrupted` on Ctrl-C. */
  close(keep: boolean, interrupted?: boolean): Promise<void>;
}

/**
 * A fresh, migrated database: PGlite in a temporary directory (on disk, as `npm start` runs
 * it), or — with DATABASE_URL — a new database `zhifa_bench_<pid>` on that server, never the
 * database the URL names, so a benchmark cannot touch real data.
 */
export async function openBenchDatabase(databaseUrl: string | undefined, poolSize: number): Promise<BenchDatabase> {
  if (!databaseUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-bench-'));
    const database = await openDatabase({ pgliteDir: dir });
    await database.migrate();
    const [{ version }] = await rows<{ version: string }>(database.db, sql`select version()`);
    return {
      database,
      where: dir,
      serverVersion: `PGlite (${version.split(' on ')[0]})`,
      close: once(async (keep) => {
        await database.close();
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
      }),
    };
  }
  const name = `zhifa_bench_${process.pid}`;
  await admin(databaseUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize });
  await database.migrate();
  const serverVersion = await admin(databaseUrl, async (c) => (await c.query('show server_version')).rows[0].server_version as string);
  return {
    database,
    where: `${url.host}/${name}`,
    serverVersion: `PostgreSQL ${serverVersion}`,
    close: once(async (keep, interrupted) => {
      const drop = () => admin(databaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      if (keep) return database.close();
      // An interrupted run may hold sessions mid-query, which would keep the pool from ending:
      // drop first (FORCE ends them), then close. Otherwise close first, so no idle session is cut.
      if (interrupted) {
        await drop();
        await database.close().catch(() => undefined);
      } else {
        await database.close();
        await drop();
      }
    }),
  };
}

// Ctrl-C and the normal end may both close; the second call gets the first one's promise.
function once(f: (keep: boolean, interrupted?: boolean) => Promise<void>): (keep: boolean, interrupted?: boolean) => Promise<void> {
  let closing: Promise<void> | null = null;
  return (keep, interrupted) => (closing ??= f(keep, interrupted));
}

async function admin<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}
