// The ledger's public proof of one entry ('zhifa-disclosure-proof/1', the bundle `zhifa ledger
// prove` writes and `zhifa ledger verify-proof` checks): the entry, its payload, its inclusion
// proof and the signed checkpoint it is proved against. Disclosures and case files hand it out.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { Conflict, NotFound } from '../errors.js';
import type { HashAlg } from './hash.js';
import { ledgerCheckpoint, ledgerEntry, ledgerKey } from './schema.js';
import { proveInclusion } from './service.js';

export interface LedgerProofBundle {
  format: 'zhifa-disclosure-proof/1';
  /** The entry's payload, as recorded. */
  document: unknown;
  entry: {
    seq: number;
    at: string;
    orgId: string | null;
    actorId: string | null;
    action: string;
    subjectType: string;
    subjectId: string;
    payloadDigest: string;
    prevHash: string;
    entryHash: string;
    alg: HashAlg;
  };
  inclusion: { leafIndex: number; treeSize: number; auditPath: string[] };
  checkpoint: {
    id: number;
    treeSize: number;
    rootHash: string;
    at: string;
    alg: HashAlg;
    keyId: string;
    signature: string;
    sigScheme?: string;
    publicKeyPem: string;
  };
}

/** The bundle of entry `seq` against the earliest signed checkpoint covering it; null until one does. */
export async function ledgerProofOf(ex: Executor, seq: number): Promise<LedgerProofBundle | null> {
  const [e] = await ex.select().from(ledgerEntry).where(eq(ledgerEntry.seq, seq));
  if (!e) throw new NotFound(`记录 ${seq} 不存在`, 'seq');
  let inc: Awaited<ReturnType<typeof proveInclusion>>;
  try {
    inc = await proveInclusion(ex, seq);
  } catch (err) {
    if (err instanceof Conflict) return null;
    throw err;
  }
  const [{ cp, pem }] = await ex
    .select({ cp: ledgerCheckpoint, pem: ledgerKey.publicKeyPem })
    .from(ledgerCheckpoint)
    .innerJoin(ledgerKey, eq(ledgerKey.keyId, ledgerCheckpoint.keyId))
    .where(eq(ledgerCheckpoint.id, inc.checkpointId));
  return {
    format: 'zhifa-disclosure-proof/1',
    document: e.payload,
    entry: {
      seq: e.seq,
      at: e.at.toISOString(),
      orgId: e.orgId,
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      payloadDigest: e.payloadDigest,
      prevHash: e.prevHash,
      entryHash: e.entryHash,
      alg: e.alg as HashAlg,
    },
    inclusion: { leafIndex: inc.leafIndex, treeSize: inc.treeSize, auditPath: inc.auditPath },
    checkpoint: {
      id: cp.id,
      treeSize: cp.treeSize,
      rootHash: cp.rootHash,
      at: cp.at.toISOString(),
      alg: cp.alg as HashAlg,
      keyId: cp.keyId,
      signature: cp.signature,
      sigScheme: cp.sigScheme,
      publicKeyPem: pem,
    },
  };
}
