// The assembly entry's inclusion proof, in the ledger's public proof format (the bundle of
// `zhifa ledger prove`, 'zhifa-disclosure-proof/1', which `zhifa ledger verify-proof` also checks),
// made and checked with the platform ledger's own pieces only: the disclosure module, which has
// the same, sits on the far side of a module cycle (cases → disclosure → draws → credit → cases).
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { Conflict, NotFound } from '../../../platform/errors.js';
import { entryHash, payloadDigest } from '../../../platform/ledger/chain.js';
import { HASH_ALGS, type HashAlg } from '../../../platform/ledger/hash.js';
import { checkpointMessage, verifySignature } from '../../../platform/ledger/keys.js';
import { hasherFor, leafHash, verifyInclusion } from '../../../platform/ledger/merkle.js';
import { ledgerCheckpoint, ledgerEntry, ledgerKey } from '../../../platform/ledger/schema.js';
import { proveInclusion } from '../../../platform/ledger/service.js';
import { isSigScheme } from '../../../platform/ledger/sm2.js';

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

/** Why the bundle does not prove its entry (payload, entry hash, inclusion, signature), or null when it does. */
export function ledgerProofProblem(b: LedgerProofBundle): string | null {
  try {
    const { entry: e, inclusion: inc, checkpoint: cp } = b;
    if (b.format !== 'zhifa-disclosure-proof/1' || !HASH_ALGS.includes(e.alg) || e.alg !== cp.alg) return '证明格式不符';
    if (inc.leafIndex !== e.seq - 1 || inc.treeSize !== cp.treeSize) return '证明与记录序号或检查点规模不符';
    if (payloadDigest(e.alg, b.document) !== e.payloadDigest) return '记录内容与其摘要不符';
    if (entryHash(e.alg, e.prevHash, e) !== e.entryHash) return '记录哈希不符';
    const h = hasherFor(cp.alg);
    const leaf = leafHash(h, Buffer.from(e.entryHash, 'hex'));
    const path = inc.auditPath.map((p) => Buffer.from(p, 'hex'));
    if (!verifyInclusion(h, leaf, inc.leafIndex, cp.treeSize, path, Buffer.from(cp.rootHash, 'hex'))) return '记录不在检查点的 Merkle 树中';
    const scheme = cp.sigScheme ?? 'sm2-empty-id';
    if (!isSigScheme(scheme)) return `未知的签名方案 ${scheme}`;
    const message = checkpointMessage({ alg: cp.alg, treeSize: cp.treeSize, rootHash: cp.rootHash, at: cp.at });
    if (!verifySignature(cp.publicKeyPem, message, cp.signature, scheme)) return '检查点签名无效';
    return null;
  } catch {
    return '证明无法解析';
  }
}
