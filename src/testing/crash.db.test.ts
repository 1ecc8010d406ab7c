import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { MODULES } from '../modules/index.js';
import { createPerson } from '../modules/people/service.js';
import { sampleEnterprise } from '../modules/registry/fixture.js';
import { createLogger, openApp } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import { systemActor } from '../platform/context.js';
import { openDatabase, rows } from '../platform/db/index.js';
import { createOrg, createRootOrg } from '../platform/orgs/service.js';
import { verifyLedger } from '../platform/ledger/verify.js';
import { spawnServer, type ServerProcess } from './server-process.js';

// Crash safety (issue 15): writers against the real server process, the server killed with SIGKILL
// mid-flight and started again on the same database. Only acknowledged writes are asserted present;
// a write cut off before its answer may or may not be there, but never half of it.
const onPostgres = process.env.ZHIFA_TEST_DB === 'postgres';
const WRITERS = 3;
const KILL_AFTER = 30;
const OFFICER = 'crash.officer';
const PASSWORD = 'Crash#Safe2026';
// USCC serials: writer w registers base + w·10 000 + i; the three after the restart base + 90 000 + i.
const base = 900_000_000;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-crash-'));
const dbName = `zhifa_crash_${crypto.randomBytes(5).toString('hex')}`;
const databaseUrl = onPostgres ? withDatabase(process.env.TEST_DATABASE_URL!, dbName) : '';
const servers: ServerProcess[] = [];

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(query: string) {
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

/**
 * Migrates the database and gives it the smallest tree an officer needs to register an enterprise
 * in 咸安区, instead of the demo city's 15 000 enterprises (a minute of seeding on PGlite).
 */
async function prepare() {
  const cfg = loadConfig({ ZHIFA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  const { app, database } = await openApp(cfg, createLogger('silent'), MODULES);
  try {
    const ministry = await createRootOrg(app, systemActor, { name: '应急管理部', shortName: '应急部', regionCode: '100000' });
    const province = await createOrg(app, systemActor, {
      parentId: ministry.id,
      level: 'province',
      name: '湖北省应急管理厅',
      shortName: '鄂',
      regionCode: '420000',
    });
    const city = await createOrg(app, systemActor, { parentId: province.id, level: 'city', name: '咸宁市应急管理局', shortName: '咸', regionCode: '421200' });
    const county = await createOrg(app, systemActor, { parentId: city.id, level: 'county', name: '咸安区应急管理局', shortName: '咸安', regionCode: '421202' });
    await createPerson(app, systemActor, {
      username: OFFICER,
      displayName: '执法人员',
      orgId: county.id,
      initialPassword: PASSWORD,
      roles: ['officer'],
      mustChangePassword: false,
    });
  } finally {
    await database.close();
  }
}

async function start() {
  // A checkpoint every 10 entries: the checkpointer (polling every 10 s) signs one while the writers run.
  const s = await spawnServer(dataDir, { DATABASE_URL: databaseUrl, ZHIFA_SEED: 'none', ZHIFA_CHECKPOINT_EVERY: '10' });
  servers.push(s);
  return s;
}

interface Session {
  url: string;
  cookie: string;
  csrf: string;
}

async function signIn(url: string, username: string, password: string): Promise<Session> {
  const r = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${await r.text()}`);
  const body = (await r.json()) as { csrfToken: string };
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { url, cookie, csrf: body.csrfToken };
}

async function call(s: Session, method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const r = await fetch(`${s.url}${route}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: r.status, json: await r.json().catch(() => null) };
}

afterAll(async () => {
  for (const s of servers) await s.kill().catch(() => undefined);
  if (onPostgres) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it(`keeps every acknowledged write and a verifiable ledger across a SIGKILL (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, { timeout: 300_000 }, async () => {
  const t0 = Date.now();
  const ms = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  const timings: string[] = [];
  if (onPostgres) await admin(`CREATE DATABASE ${dbName}`);
  await prepare();
  const first = await start();
  timings.push(`up ${ms()}`);
  const signed = await signIn(first.url, OFFICER, PASSWORD);

  const acknowledged = new Map<string, string>(); // uscc → id, only for 201 answers
  const attempted = new Set<string>();
  let inFlight = 0;
  let killing: Promise<void> | null = null;
  let inFlightAtKill = 0;
  // The kill waits for a checkpoint signed by the running server, so the chain verified after the
  // restart holds one from before the crash; a minute after the writers start it goes ahead and the
  // test fails below. (The minute once counted from before the migrations and the first start, which
  // a loaded machine spent most of: the kill then came before any checkpoint could be signed.)
  let checkpointed = false;
  let writing = 0;
  const watcher = async () => {
    while (!killing && !checkpointed) {
      const cps = await call(signed, 'GET', '/api/ledger/checkpoints').catch(() => null);
      checkpointed = ((cps?.json as { items?: unknown[] } | null)?.items?.length ?? 0) > 0;
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const writer = async (w: number) => {
    for (let i = 0; ; i++) {
      const input = sampleEnterprise(base + w * 10_000 + i);
      attempted.add(input.uscc);
      inFlight++;
      const answer = await call(signed, 'POST', '/api/enterprises', input).catch(() => null);
      inFlight--;
      if (!answer) return; // the connection died with the server
      if (answer.status !== 201) {
        killing ??= first.kill(); // ends the other loops
        throw new Error(`writer ${w}: ${answer.status} ${JSON.stringify(answer.json)}`);
      }
      acknowledged.set(input.uscc, (answer.json as { id: string }).id);
      if (acknowledged.size >= KILL_AFTER && (checkpointed || Date.now() - writing > 60_000) && !killing) {
        inFlightAtKill = inFlight;
        killing = first.kill();
      }
    }
  };
  writing = Date.now();
  await Promise.all([watcher(), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);
  await killing;
  timings.push(`killed ${ms()}`);
  expect(checkpointed, 'a checkpoint signed before the kill').toBe(true);
  expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(inFlightAtKill).toBeGreaterThan(0);

  // Started again on the same database: every acknowledged enterprise is there with its history.
  const second = await start();
  timings.push(`up again ${ms()}`);
  const s = await signIn(second.url, OFFICER, PASSWORD);
  const check = async ([uscc, id]: [string, string]) => {
    const got = await call(s, 'GET', `/api/enterprises/${id}`);
    expect(got.status, uscc).toBe(200);
    expect((got.json as { uscc: string }).uscc).toBe(uscc);
    const history = await call(s, 'GET', `/api/enterprises/${id}/history`);
    expect((history.json as { version: number }[]).map((h) => h.version)).toEqual([1]);
  };
  const entries = [...acknowledged];
  for (let i = 0; i < entries.length; i += 8) await Promise.all(entries.slice(i, i + 8).map(check));
  // The chain continues after the crash, and verifies over the entries written before and after it.
  for (let i = 0; i < 3; i++) expect((await call(s, 'POST', '/api/enterprises', sampleEnterprise(base + 90_000 + i))).status).toBe(201);
  const verified = await call(s, 'POST', '/api/ledger/verify');
  expect(verified.json).toMatchObject({ ok: true, firstBad: null });
  expect(await second.stop()).toBe(0);

  // With the server stopped, the database itself: no enterprise without its revision and its
  // ledger entry, and no ledger entry without its enterprise, acknowledged or not.
  const database = await openDatabase(onPostgres ? { databaseUrl, poolSize: 2 } : { pgliteDir: path.join(dataDir, 'pgdata') });
  try {
    const usccs = [...attempted];
    const found = await rows<{ uscc: string; revisions: number; entries: number }>(
      database.db,
      sql`select e.uscc,
            (select count(*)::int from enterprise_revision r where r.enterprise_id = e.id) as revisions,
            (select count(*)::int from ledger_entry l where l.subject_id = e.id::text and l.action = 'enterprise.created') as entries
          from enterprise e where e.uscc in (${sql.join(
            usccs.map((u) => sql`${u}`),
            sql`, `,
          )})`,
    );
    expect(found.filter((f) => f.revisions !== 1 || f.entries !== 1)).toEqual([]);
    expect(new Set(found.map((f) => f.uscc))).toSatisfy((present: Set<string>) => [...acknowledged.keys()].every((u) => present.has(u)));
    const orphans = await rows<{ subject_id: string }>(
      database.db,
      sql`select l.subject_id from ledger_entry l where l.action = 'enterprise.created'
          and not exists (select 1 from enterprise e where e.id::text = l.subject_id)`,
    );
    expect(orphans).toEqual([]);
    const report = await verifyLedger(database.db);
    expect(report).toMatchObject({ ok: true, firstBad: null });
    expect(report.checkpointsChecked).toBeGreaterThanOrEqual(2); // before the kill, and on the clean stop
    console.log(
      `crash (${database.kind}): ${acknowledged.size} acknowledged, ${found.length - acknowledged.size} more present of ${attempted.size - acknowledged.size} unanswered, ${inFlightAtKill} in flight at the kill; ledger ${report.entriesChecked} entries, ${report.checkpointsChecked} checkpoints verified; ${timings.join(', ')}, checked ${ms()}`,
    );
  } finally {
    await database.close();
  }
});
