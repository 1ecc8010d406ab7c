import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrationsFolder, openDatabase, type Database } from '../db/index.js';

/**
 * A migrated PGlite data directory, kept as a tarball in the temporary directory and named by the
 * migrations it holds: a new PGlite spends most of its start in initdb (about 2.7 s here), and one
 * opened from this tarball skips initdb and the migrations (about 1.2 s). The first test file of a
 * run makes it; an edited migration names a new one.
 */
function templatePath(): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      h.update(entry.name);
      if (entry.isDirectory()) walk(p);
      else h.update(fs.readFileSync(p));
    }
  };
  walk(migrationsFolder);
  h.update(process.version);
  return path.join(os.tmpdir(), `zhifa-pglite-template-${h.digest('hex').slice(0, 16)}.tar`);
}

async function pgliteDatabase(): Promise<Database> {
  const file = templatePath();
  if (fs.existsSync(file)) {
    const database = await openDatabase({ pgliteFrom: new Blob([fs.readFileSync(file)]) });
    // Nothing to apply: the template holds every migration of this folder; this only checks it.
    await database.migrate();
    return database;
  }
  const database = await openDatabase({});
  await database.migrate();
  const dump = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
  // Another worker may be writing the same template: each writes its own file and renames it.
  const partial = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  fs.writeFileSync(partial, dump);
  fs.renameSync(partial, file);
  return database;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when the suite runs in
 * its `postgres` project — a throwaway database on the TEST_DATABASE_URL server, dropped on close.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  if (process.env.ZHIFA_TEST_DB !== 'postgres') return pgliteDatabase();
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
