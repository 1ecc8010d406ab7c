import { eventBus } from '../events.js';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/index.js';
import { rows } from '../db/index.js';
import { createTestDatabase } from '../testing/db.js';
import { entryHash, payloadDigest } from './chain.js';
import { generateSigningKey } from './keys.js';
import { generateSealKey } from '../crypto/seal.js';
import { hasherFor, leafHash, verifyInclusion } from './merkle.js';
import { appendEntry, createCheckpoint, headSeq, proveInclusion } from './service.js';
import { verifyLedger } from './verify.js';

let database: Database;
let app: AppContext;

beforeAll(async () => {
  database = await createTestDatabase();
  app = {
    db: database.db,
    dbKind: database.kind,
    clock: new FixedClock(new Date('2026-02-14T01:00:00Z')),
    hashAlg: 'sm3',
    signingKey: generateSigningKey(),
    sealKey: generateSealKey(),
    publicUrl: 'https://zhifa.test',
    log: pino({ level: 'silent' }),
    events: eventBus([], () => app),
  };
});
afterAll(() => database.close());

const act = (i: number) => ({ orgId: null, actorId: null, action: 'test.act', subjectType: 'thing', subjectId: `t${i}`, payload: { i, 名称: `第${i}号` } });
const append = (i: number) => app.db.transaction((tx) => appendEntry(tx, app, act(i)));

/** Runs raw SQL against the ledger with its append-only triggers switched off, as an intruder with owner rights would. */
async function tamper(statement: ReturnType<typeof sql>, table = 'ledger_entry') {
  await app.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`));
    await tx.execute(statement);
    await tx.execute(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER USER`));
  });
}

describe('ledger', () => {
  it('commits an entry with its transaction and leaves nothing when the transaction fails', async () => {
    const { seq } = await append(1);
    expect(seq).toBe(1);
    await expect(
      app.db.transaction(async (tx) => {
        await appendEntry(tx, app, act(999));
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await headSeq(app.db)).toBe(1);
    expect(await rows(app.db, sql`select seq from ledger_entry where subject_id = 't999'`)).toEqual([]);
  });

  it('chains concurrent appends without gaps or forks', async () => {
    await Promise.all(Array.from({ length: 24 }, (_, k) => append(k + 2)));
    const r = await verifyLedger(app.db);
    expect(r).toMatchObject({ ok: true, entriesChecked: 25, firstBad: null, alg: 'sm3' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    // Row triggers fire only on rows, so the audit table needs one.
    await app.db.execute(sql`insert into security_event (at, kind) values (now(), 'signIn')`);
    for (const statement of [
      sql`update ledger_entry set action = 'x' where seq = 1`,
      sql`delete from ledger_entry where seq = 1`,
      sql`truncate ledger_entry`,
      sql`update security_event set kind = 'x'`,
      sql`delete from security_event`,
      sql`truncate security_event`,
    ]) {
      // drizzle wraps the database's error; the trigger's own message is its cause.
      const err = await app.db.execute(statement).then(
        () => null,
        (e: Error) => e,
      );
      expect(err, String(statement.queryChunks[0])).not.toBeNull();
      expect(String((err?.cause as Error | undefined)?.message)).toMatch(/is refused: the table is append-only/);
    }
  });

  it('signs checkpoints that extend each other and prove every entry', async () => {
    const cp1 = await createCheckpoint(app);
    expect(cp1?.treeSize).toBe(25);
    expect(await createCheckpoint(app)).toBeNull();
    for (let i = 26; i <= 40; i++) await append(i);
    const cp2 = await createCheckpoint(app);
    expect(cp2?.treeSize).toBe(40);
    const h = hasherFor('sm3');
    for (const seq of [1, 13, 25, 26, 40]) {
      const p = await proveInclusion(app.db, seq);
      expect(p.verified).toBe(true);
      expect(p.treeSize).toBe(seq <= 25 ? 25 : 40);
      const path = p.auditPath.map((x) => Buffer.from(x, 'hex'));
      expect(verifyInclusion(h, Buffer.from(p.leafHash, 'hex'), p.leafIndex, p.treeSize, path, Buffer.from(p.rootHash, 'hex'))).toBe(true);
      expect(verifyInclusion(h, leafHash(h, Buffer.from('forged')), p.leafIndex, p.treeSize, path, Buffer.from(p.rootHash, 'hex'))).toBe(false);
    }
    await append(41);
    await expect(proveInclusion(app.db, 41)).rejects.toThrow(/尚未被检查点覆盖/);
    expect(await verifyLedger(app.db)).toMatchObject({ ok: true, entriesChecked: 41, checkpointsChecked: 2 });
  });
});

describe('tampering is found and the first bad entry named', () => {
  it('a changed payload', async () => {
    await tamper(sql`update ledger_entry set payload = '{"i": 7, "名称": "篡改"}' where seq = 7`);
    expect((await verifyLedger(app.db)).firstBad).toEqual({ seq: 7, reason: 'payloadDigest' });
  });

  it('a changed payload with its digest recomputed', async () => {
    await tamper(sql`update ledger_entry set payload_digest = ${payloadDigest('sm3', { i: 7, 名称: '篡改' })} where seq = 7`);
    expect((await verifyLedger(app.db)).firstBad).toEqual({ seq: 7, reason: 'entryHash' });
  });

  it('an entry rehashed in place breaks the link to the next one', async () => {
    const [e] = await rows<{ seq: number; at: Date; prev_hash: string; subject_id: string }>(
      app.db,
      sql`select seq::int, at, prev_hash, subject_id from ledger_entry where seq = 7`,
    );
    const fields = {
      seq: 7,
      at: new Date(e.at).toISOString(),
      orgId: null,
      actorId: null,
      action: 'test.act',
      subjectType: 'thing',
      subjectId: e.subject_id,
      payloadDigest: payloadDigest('sm3', { i: 7, 名称: '篡改' }),
    };
    await tamper(sql`update ledger_entry set entry_hash = ${entryHash('sm3', e.prev_hash, fields)} where seq = 7`);
    expect((await verifyLedger(app.db)).firstBad).toEqual({ seq: 8, reason: 'prevHash' });
  });

  it('a whole rewritten tail still contradicts the signed checkpoint', async () => {
    // Rewrite every entry from 7 on with correct links: only the checkpoint can tell.
    const all = await rows<{ seq: number; at: Date; subject_id: string; payload_digest: string; prev_hash: string }>(
      app.db,
      sql`select seq::int, at, subject_id, payload_digest, prev_hash from ledger_entry where seq >= 6 order by seq`,
    );
    let prev = '';
    for (const e of all) {
      if (e.seq === 6) {
        prev = (await rows<{ entry_hash: string }>(app.db, sql`select entry_hash from ledger_entry where seq = 6`))[0].entry_hash;
        continue;
      }
      const fields = {
        seq: e.seq,
        at: new Date(e.at).toISOString(),
        orgId: null,
        actorId: null,
        action: 'test.act',
        subjectType: 'thing',
        subjectId: e.subject_id,
        payloadDigest: e.payload_digest,
      };
      const hash = entryHash('sm3', prev, fields);
      await tamper(sql`update ledger_entry set prev_hash = ${prev}, entry_hash = ${hash} where seq = ${e.seq}`);
      prev = hash;
    }
    await tamper(sql`update ledger_head set hash = ${prev} where id = 1`, 'ledger_head');
    expect((await verifyLedger(app.db)).firstBad).toMatchObject({ seq: 25, reason: 'checkpointRoot' });
  });
});

describe('tampering on a fresh chain', () => {
  it('a deleted entry, a deleted tail, a forged checkpoint signature', async () => {
    const fresh = await createTestDatabase();
    const a2 = { ...app, db: fresh.db };
    try {
      for (let i = 1; i <= 6; i++) await a2.db.transaction((tx) => appendEntry(tx, a2, act(i)));
      await createCheckpoint(a2);
      const t = (s: ReturnType<typeof sql>, table = 'ledger_entry') =>
        a2.db.transaction(async (tx) => {
          await tx.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`));
          await tx.execute(s);
          await tx.execute(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER USER`));
        });
      await t(sql`update ledger_checkpoint set signature = ${Buffer.alloc(64, 1).toString('base64')}`, 'ledger_checkpoint');
      expect((await verifyLedger(a2.db)).firstBad).toMatchObject({ seq: 6, reason: 'checkpointSignature' });
      await t(sql`delete from ledger_checkpoint`, 'ledger_checkpoint');
      await t(sql`delete from ledger_entry where seq = 6`);
      expect((await verifyLedger(a2.db)).firstBad).toMatchObject({ reason: 'headMismatch' });
      await t(sql`delete from ledger_entry where seq = 3`);
      expect((await verifyLedger(a2.db)).firstBad).toEqual({ seq: 3, reason: 'seqGap' });
    } finally {
      await fresh.close();
    }
  });
});
