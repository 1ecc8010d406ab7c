import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Executor, Tx } from '../db/index.js';
import { Conflict, NotFound } from '../errors.js';
import { entryHash, payloadDigest, type EntryFields } from './chain.js';
import type { HashAlg } from './hash.js';
import { checkpointMessage, sign } from './keys.js';
import { consistencyRanges, hasherFor, inclusionRanges, leafHash, MerkleFrontier, verifyInclusion } from './merkle.js';
import { collectSubtrees, rangeRoots, STORED_LEVEL, type SubtreeRow, storedLeaves, storeSubtrees } from './subtrees.js';
import { ledgerCheckpoint, ledgerEntry, ledgerHead, ledgerKey } from './schema.js';
import { SIG_SCHEME } from './sm2.js';
import { orgIdWithin } from '../orgs/scope.js';

export interface LedgerAct {
  orgId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

/**
 * Appends one entry inside the caller's transaction, so the act and its record commit or fail
 * together. Locking the head row serialises appends; the lock is held until that commit.
 */
export async function appendEntry(tx: Tx, app: Pick<AppContext, 'clock' | 'hashAlg'>, act: LedgerAct) {
  const [head] = await tx.select().from(ledgerHead).where(eq(ledgerHead.id, 1)).for('update');
  const at = app.clock.now();
  const fields: EntryFields = {
    seq: head.seq + 1,
    at: at.toISOString(),
    orgId: act.orgId,
    actorId: act.actorId,
    action: act.action,
    subjectType: act.subjectType,
    subjectId: act.subjectId,
    payloadDigest: payloadDigest(app.hashAlg, act.payload),
  };
  const hash = entryHash(app.hashAlg, head.hash, fields);
  await tx.insert(ledgerEntry).values({
    ...fields,
    at,
    payload: act.payload,
    prevHash: head.hash,
    entryHash: hash,
    alg: app.hashAlg,
  });
  await tx.update(ledgerHead).set({ seq: fields.seq, hash }).where(eq(ledgerHead.id, 1));
  return { seq: fields.seq, entryHash: hash };
}

export async function headSeq(ex: Executor): Promise<number> {
  const [head] = await ex.select().from(ledgerHead).where(eq(ledgerHead.id, 1));
  return head.seq;
}

export async function latestCheckpoint(ex: Executor) {
  const [cp] = await ex.select().from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.treeSize)).limit(1);
  return cp ?? null;
}

import { entryHashes } from './entries.js';

export { entryHashes };

/**
 * Signs a Merkle root over every entry so far, extending the previous checkpoint's frontier,
 * and stores the subtrees the new entries complete (subtrees.ts) in the same transaction.
 * Returns null when nothing new has been recorded since the last checkpoint.
 */
export async function createCheckpoint(app: AppContext) {
  const size = await headSeq(app.db);
  const prev = await latestCheckpoint(app.db);
  if (size === 0 || (prev && prev.treeSize >= size)) return null;
  const { frontier, subtrees } = await continueTree(app.db, app.hashAlg, prev, size);
  const at = app.clock.now();
  const rootHash = frontier.root().toString('hex');
  const signature = sign(app.signingKey, checkpointMessage({ alg: app.hashAlg, treeSize: size, rootHash, at: at.toISOString() }));
  await registerKey(app);
  return app.db.transaction(async (tx) => {
    const [cp] = await tx
      .insert(ledgerCheckpoint)
      .values({ treeSize: size, rootHash, at, alg: app.hashAlg, keyId: app.signingKey.keyId, signature, sigScheme: SIG_SCHEME, frontier: frontier.toJSON() })
      .onConflictDoNothing()
      .returning();
    await storeSubtrees(tx, subtrees);
    return cp ?? null;
  });
}

/**
 * The Merkle frontier over the first `size` entries, continued from checkpoint `from`, and the
 * subtrees worth storing that the entries after it complete. A ledger from before the subtrees
 * were kept (or missing some) has none behind its frontier: then the tree is rebuilt from the
 * first leaf, once, and all of them returned.
 */
export async function continueTree(ex: Executor, alg: HashAlg, from: { alg: string; frontier: unknown } | null, size: number) {
  const h = hasherFor(alg);
  let frontier = from && from.alg === alg ? MerkleFrontier.restore(h, from.frontier as { size: number; nodes: string[] }) : new MerkleFrontier(h);
  const stored = await storedLeaves(ex, alg);
  if (stored < Math.floor(frontier.size / 2 ** STORED_LEVEL) * 2 ** STORED_LEVEL) frontier = new MerkleFrontier(h);
  const subtrees: SubtreeRow[] = [];
  const keep = collectSubtrees(alg, subtrees);
  for await (const r of entryHashes(ex, frontier.size, size)) frontier.append(leafHash(h, Buffer.from(r.entryHash, 'hex')), keep);
  return { frontier, subtrees };
}

/** Records the server key's public half, so what it signed can be checked by anyone; `ex` may be the signing act's transaction. */
export async function registerKey(app: AppContext, ex: Executor = app.db) {
  const k = app.signingKey;
  await ex.insert(ledgerKey).values({ keyId: k.keyId, alg: k.alg, publicKeyPem: k.publicKeyPem, createdAt: app.clock.now() }).onConflictDoNothing();
}

/** An entry's inclusion proof against the earliest checkpoint that covers it. */
export async function proveInclusion(ex: Executor, seq: number) {
  const [cp] = await ex.select().from(ledgerCheckpoint).where(sql`${ledgerCheckpoint.treeSize} >= ${seq}`).orderBy(asc(ledgerCheckpoint.treeSize)).limit(1);
  if (!cp) throw new Conflict(`第 ${seq} 条记录尚未被检查点覆盖，请稍后再试`, 'seq');
  if (!Number.isSafeInteger(seq) || seq < 1) throw new NotFound(`记录 ${seq} 不存在`, 'seq');
  const alg = cp.alg as HashAlg;
  const h = hasherFor(alg);
  // The leaf itself is the one-leaf range; the rest are the audit path's.
  const [leaf, ...proof] = await rangeRoots(ex, alg, [[seq - 1, seq], ...inclusionRanges(seq - 1, cp.treeSize)]);
  return {
    seq,
    leafIndex: seq - 1,
    treeSize: cp.treeSize,
    leafHash: leaf.toString('hex'),
    auditPath: proof.map((p) => p.toString('hex')),
    rootHash: cp.rootHash,
    checkpointId: cp.id,
    verified: verifyInclusion(h, leaf, seq - 1, cp.treeSize, proof, Buffer.from(cp.rootHash, 'hex')),
  };
}

/** RFC 9162 consistency proof from the tree of `oldSize` leaves to that of `size`, under `alg`. */
export async function proveConsistency(ex: Executor, alg: HashAlg, oldSize: number, size: number): Promise<Buffer[]> {
  return rangeRoots(ex, alg, consistencyRanges(oldSize, size));
}

export interface EntryQuery {
  orgPath: string;
  includeSystem: boolean;
  beforeSeq?: number;
  action?: string;
  limit: number;
}

/** Newest first, limited to entries of orgs in the caller's subtree. */
export async function listEntries(ex: Executor, q: EntryQuery) {
  const inSubtree = orgIdWithin(ledgerEntry.orgId, q.orgPath);
  const where = and(
    q.includeSystem ? or(inSubtree, isNull(ledgerEntry.orgId)) : inSubtree,
    q.beforeSeq ? lt(ledgerEntry.seq, q.beforeSeq) : undefined,
    q.action ? eq(ledgerEntry.action, q.action) : undefined,
  );
  return ex.select().from(ledgerEntry).where(where).orderBy(desc(ledgerEntry.seq)).limit(q.limit);
}
