import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../clock.js';
import type { AppContext } from '../context.js';
import { generateSealKey } from '../crypto/seal.js';
import type { Database } from '../db/index.js';
import { rows } from '../db/index.js';
import { eventBus } from '../events.js';
import { createTestDatabase } from '../testing/db.js';
import { entryHashes } from './entries.js';
import { generateSigningKey } from './keys.js';
import { consistencyProof, hasherFor, inclusionProof, leafHash, verifyConsistency } from './merkle.js';
import { appendEntry, createCheckpoint, proveConsistency, proveInclusion } from './service.js';

// Proofs from stored subtrees (issue 22 goal 5) against the oracle that hashes every leaf.
let database: Database;
let app: AppContext;
const h = hasherFor('sm3');

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

async function appendUpTo(n: number) {
  await app.db.transaction(async (tx) => {
    const [{ seq }] = await rows<{ seq: number }>(tx, sql`select seq::int from ledger_head where id = 1`);
    for (let i = seq + 1; i <= n; i++)
      await appendEntry(tx, app, { orgId: null, actorId: null, action: 'test.act', subjectType: 'thing', subjectId: `t${i}`, payload: { i } });
  });
}

async function allLeaves(size: number) {
  const out: Buffer[] = [];
  for await (const r of entryHashes(app.db, 0, size)) out.push(leafHash(h, Buffer.from(r.entryHash, 'hex')));
  return out;
}

const stored = async () =>
  (await rows<{ level: number; idx: number }>(app.db, sql`select level::int, idx::int from ledger_subtree order by level, idx`)).map(
    (r) => `${r.level}/${r.idx}`,
  );

async function expectProofsMatchOracle(sizes: number[]) {
  for (const size of sizes) {
    const leaves = await allLeaves(size);
    for (const seq of [1, 2, 255, 256, 257, 300].filter((s) => s <= size)) {
      const p = await proveInclusion(app.db, seq);
      if (p.treeSize !== size) continue;
      expect(p.auditPath, `inclusion of ${seq} in ${size}`).toEqual(inclusionProof(h, leaves, seq - 1).map((b) => b.toString('hex')));
      expect(p.verified).toBe(true);
    }
  }
  const [from, to] = sizes;
  const leaves = await allLeaves(to);
  const proof = await proveConsistency(app.db, 'sm3', from, to);
  expect(proof.map((b) => b.toString('hex'))).toEqual(consistencyProof(h, leaves, from).map((b) => b.toString('hex')));
  const roots = await rows<{ tree_size: number; root_hash: string }>(app.db, sql`select tree_size::int, root_hash from ledger_checkpoint order by tree_size`);
  const root = (n: number) => Buffer.from(roots.find((r) => r.tree_size === n)!.root_hash, 'hex');
  expect(verifyConsistency(h, from, to, root(from), root(to), proof)).toBe(true);
}

describe('ledger subtrees', () => {
  it('stores each perfect subtree of 256 leaves and more as checkpoints complete it', async () => {
    await appendUpTo(300);
    expect((await createCheckpoint(app))?.treeSize).toBe(300);
    expect(await stored()).toEqual(['8/0']);
    await appendUpTo(530);
    expect((await createCheckpoint(app))?.treeSize).toBe(530);
    expect(await stored()).toEqual(['8/0', '8/1', '9/0']);
  });

  it('gives the same inclusion and consistency proofs as hashing every leaf', async () => {
    await expectProofsMatchOracle([300, 530]);
  });

  it('answers rightly without them, and the next checkpoint writes them all again', async () => {
    await app.db.execute(sql`delete from ledger_subtree`);
    await expectProofsMatchOracle([300, 530]);
    await appendUpTo(531);
    await createCheckpoint(app);
    expect(await stored()).toEqual(['8/0', '8/1', '9/0']);
  });

  it('never passes a proof built on a wrong stored subtree', async () => {
    await app.db.execute(sql`update ledger_subtree set hash = repeat('0', 64) where level = 9`);
    const p = await proveInclusion(app.db, 531);
    expect(p.treeSize).toBe(531);
    expect(p.verified).toBe(false);
  });
});
