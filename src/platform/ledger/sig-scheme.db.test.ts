import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pino from 'pino';
import { sm2 } from 'sm-crypto-v2';
import { generateSealKey } from '../crypto/seal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock.js';
import type { AppContext } from '../context.js';
import { type Db, migrationsFolder, rows } from '../db/index.js';
import { eventBus } from '../events.js';
import { checkpointMessage, generateSigningKey } from './keys.js';
import { MerkleFrontier, hasherFor, leafHash } from './merkle.js';
import { appendEntry, createCheckpoint, entryHashes, registerKey } from './service.js';
import { spkiPoint } from './sm2.js';
import { verifyLedger } from './verify.js';

// A ledger whose first checkpoint was signed before migration 0022, the old way (Node's OpenSSL,
// empty SM2 ID), upgraded in place: the old checkpoint keeps verifying, new ones use GB/T 35276.
// Always PGlite, migrated by hand to stop before 0022; PostgreSQL runs the same SQL.

const BEFORE = '0022_checkpoint_sig_scheme';
let client: PGlite;
let app: AppContext;
let dir: string;

/** The migrations folder as it was before `tag`. */
function migrationsBefore(tag: string): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-migrations-'));
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const file = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const stop = journal.entries.findIndex((e) => e.tag === tag);
  expect(stop).toBeGreaterThan(0);
  fs.writeFileSync(file, JSON.stringify({ ...journal, entries: journal.entries.slice(0, stop) }));
  return dir;
}

const act = (i: number) => ({ orgId: null, actorId: null, action: 'test.act', subjectType: 'thing', subjectId: `t${i}`, payload: { i } });
const append = (i: number) => app.db.transaction((tx) => appendEntry(tx, app, act(i)));

/** Runs raw SQL on the checkpoints with their append-only triggers off, as an intruder with owner rights would. */
const tamper = (statement: ReturnType<typeof sql>) =>
  app.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE ledger_checkpoint DISABLE TRIGGER USER`);
    await tx.execute(statement);
    await tx.execute(sql`ALTER TABLE ledger_checkpoint ENABLE TRIGGER USER`);
  });

const schemes = () => rows<{ tree_size: number; sig_scheme: string }>(app.db, sql`select tree_size::int, sig_scheme from ledger_checkpoint order by tree_size`);

beforeAll(async () => {
  client = await PGlite.create(undefined, { extensions: { pg_trgm } });
  const db = drizzle(client);
  await migrate(db, { migrationsFolder: migrationsBefore(BEFORE) });
  app = {
    db: db as unknown as Db,
    dbKind: 'pglite',
    clock: new FixedClock(new Date('2026-02-14T01:00:00Z')),
    hashAlg: 'sm3',
    signingKey: generateSigningKey(),
    sealKey: generateSealKey(),
    publicUrl: 'https://zhifa.test',
    log: pino({ level: 'silent' }),
    events: eventBus([], () => app),
  };
  for (let i = 1; i <= 5; i++) await append(i);
  // The checkpoint as the code before 0022 wrote it.
  const h = hasherFor('sm3');
  const frontier = new MerkleFrontier(h);
  for await (const r of entryHashes(app.db, 0, 5)) frontier.append(leafHash(h, Buffer.from(r.entryHash, 'hex')));
  const cp = { alg: 'sm3', treeSize: 5, rootHash: frontier.root().toString('hex'), at: '2026-02-14T01:00:00.000Z' };
  const signature = crypto.sign('sm3', checkpointMessage(cp), app.signingKey.privateKey).toString('base64');
  await registerKey(app);
  await app.db.execute(
    sql`insert into ledger_checkpoint (tree_size, root_hash, at, alg, key_id, signature, frontier)
        values (${cp.treeSize}, ${cp.rootHash}, ${cp.at}, ${cp.alg}, ${app.signingKey.keyId}, ${signature}, ${JSON.stringify(frontier.toJSON())}::jsonb)`,
  );
  await migrate(db, { migrationsFolder });
});
afterAll(async () => {
  await client?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkpoint signature schemes across migration 0022', () => {
  it('records existing checkpoints as sm2-empty-id, and they still verify', async () => {
    expect(await schemes()).toEqual([{ tree_size: 5, sig_scheme: 'sm2-empty-id' }]);
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true, entriesChecked: 5, checkpointsChecked: 1 });
  });

  it('signs new checkpoints per GB/T 35276 beside the old one', async () => {
    for (let i = 6; i <= 8; i++) await append(i);
    const cp = await createCheckpoint(app);
    expect(cp).toMatchObject({ treeSize: 8, sigScheme: 'sm2-gbt35276' });
    const message = checkpointMessage({ alg: cp!.alg, treeSize: cp!.treeSize, rootHash: cp!.rootHash, at: cp!.at.toISOString() });
    const sig = Buffer.from(cp!.signature, 'base64').toString('hex');
    const point = spkiPoint(app.signingKey.publicKeyPem);
    expect(sm2.doVerifySignature(message, sig, point, { hash: true, der: true, userId: '1234567812345678' })).toBe(true);
    expect(sm2.doVerifySignature(message, sig, point, { hash: true, der: true, userId: '' })).toBe(false);
    expect(await schemes()).toEqual([
      { tree_size: 5, sig_scheme: 'sm2-empty-id' },
      { tree_size: 8, sig_scheme: 'sm2-gbt35276' },
    ]);
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true, entriesChecked: 8, checkpointsChecked: 2 });
  });

  it('a writer that names no scheme (the seed generator) gets the current one', async () => {
    const [{ d }] = await rows<{ d: string }>(
      app.db,
      sql`select column_default as d from information_schema.columns where table_name = 'ledger_checkpoint' and column_name = 'sig_scheme'`,
    );
    expect(d).toMatch(/^'sm2-gbt35276'/);
  });

  it('fails a checkpoint whose recorded scheme is changed, and names an unknown one in Chinese', async () => {
    await tamper(sql`update ledger_checkpoint set sig_scheme = 'sm2-gbt35276' where tree_size = 5`);
    expect((await verifyLedger(app.db)).firstBad).toEqual({ seq: 5, reason: 'checkpointSignature', checkpointId: expect.any(Number) });
    await tamper(sql`update ledger_checkpoint set sig_scheme = 'sm2-empty-id' where tree_size = 5`);
    await tamper(sql`update ledger_checkpoint set sig_scheme = 'sm2-empty-id' where tree_size = 8`);
    expect((await verifyLedger(app.db)).firstBad).toMatchObject({ seq: 8, reason: 'checkpointSignature' });
    await tamper(sql`update ledger_checkpoint set sig_scheme = 'sm2-custom' where tree_size = 8`);
    expect((await verifyLedger(app.db)).firstBad).toMatchObject({
      seq: 8,
      reason: 'checkpointSignature',
      detail: '检查点签名方案「sm2-custom」未知，无法校验签名（已知方案：sm2-gbt35276、sm2-empty-id）',
    });
  });
});
