import { asc, gt } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { GENESIS_HASH, checkLink, type ChainFault } from './chain.js';
import type { HashAlg } from './hash.js';
import { checkpointMessage, verifySignature } from './keys.js';
import { MerkleFrontier, hasherFor, leafHash } from './merkle.js';
import { ledgerCheckpoint, ledgerEntry, ledgerHead, ledgerKey } from './schema.js';
import { isSigScheme, unknownSigSchemeMessage } from './sm2.js';

export type VerifyFault =
  | ChainFault
  | {
      seq: number;
      reason: 'checkpointRoot' | 'checkpointSignature' | 'checkpointBeyondChain' | 'headMismatch';
      checkpointId?: number;
      /** Why, in Chinese, where the reason alone does not say (an unknown signature scheme). */
      detail?: string;
    };

export interface VerifyReport {
  ok: boolean;
  entriesChecked: number;
  checkpointsChecked: number;
  firstBad: VerifyFault | null;
  alg: HashAlg | null;
}

const BATCH = 5000;

/**
 * Walks the whole chain in seq order: every payload digest, link and entry hash, then every
 * checkpoint's Merkle root and signature (by the scheme the checkpoint records), and the head.
 * Stops at, and names, the first bad entry.
 */
export async function verifyLedger(ex: Executor): Promise<VerifyReport> {
  const checkpoints = await ex.select().from(ledgerCheckpoint).orderBy(asc(ledgerCheckpoint.treeSize));
  const keys = new Map((await ex.select().from(ledgerKey)).map((k) => [k.keyId, k.publicKeyPem]));
  let alg: HashAlg | null = null;
  let frontier: MerkleFrontier | null = null;
  let prevHash = GENESIS_HASH;
  let expected = 1;
  let cpIndex = 0;
  const report = (firstBad: VerifyFault | null): VerifyReport => ({
    ok: firstBad === null,
    entriesChecked: expected - 1,
    checkpointsChecked: cpIndex,
    firstBad,
    alg,
  });

  const page = (after: number) => ex.select().from(ledgerEntry).where(gt(ledgerEntry.seq, after)).orderBy(asc(ledgerEntry.seq)).limit(BATCH).execute();
  // The next page is asked for before this one is hashed, so the database reads while Node hashes.
  let next = page(0);
  for (;;) {
    const batch = await next;
    if (batch.length === 0) break;
    next = page(batch[batch.length - 1].seq);
    // A fault returns early, leaving the prefetch unread: its outcome no longer matters.
    next.catch(() => undefined);
    for (const row of batch) {
      alg ??= row.alg as HashAlg;
      frontier ??= new MerkleFrontier(hasherFor(alg));
      const fault = checkLink(row.alg as HashAlg, expected, prevHash, { ...row, at: row.at.toISOString() });
      if (fault) return report(fault);
      frontier.append(leafHash(hasherFor(alg), Buffer.from(row.entryHash, 'hex')));
      prevHash = row.entryHash;
      expected++;
      while (cpIndex < checkpoints.length && checkpoints[cpIndex].treeSize === frontier.size) {
        const cp = checkpoints[cpIndex];
        if (cp.rootHash !== frontier.root().toString('hex') || cp.alg !== alg)
          return report({ seq: cp.treeSize, reason: 'checkpointRoot', checkpointId: cp.id });
        const message = checkpointMessage({ alg: cp.alg, treeSize: cp.treeSize, rootHash: cp.rootHash, at: cp.at.toISOString() });
        if (!isSigScheme(cp.sigScheme))
          return report({ seq: cp.treeSize, reason: 'checkpointSignature', checkpointId: cp.id, detail: unknownSigSchemeMessage(cp.sigScheme) });
        const pem = keys.get(cp.keyId);
        if (!pem || !verifySignature(pem, message, cp.signature, cp.sigScheme))
          return report({ seq: cp.treeSize, reason: 'checkpointSignature', checkpointId: cp.id });
        cpIndex++;
      }
    }
  }
  if (cpIndex < checkpoints.length) {
    const cp = checkpoints[cpIndex];
    return report({ seq: cp.treeSize, reason: 'checkpointBeyondChain', checkpointId: cp.id });
  }
  // A deleted tail would leave a shorter, still-consistent chain; the head row gives it away.
  const [head] = await ex.select().from(ledgerHead);
  if (head.seq !== expected - 1 || head.hash !== prevHash) return report({ seq: Math.min(head.seq, expected), reason: 'headMismatch' });
  return report(null);
}
