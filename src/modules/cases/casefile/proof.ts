import { entryHash, payloadDigest } from '../../../platform/ledger/chain.js';
import { HASH_ALGS } from '../../../platform/ledger/hash.js';
import { checkpointMessage, verifySignature } from '../../../platform/ledger/keys.js';
import { hasherFor, leafHash, verifyInclusion } from '../../../platform/ledger/merkle.js';
import type { LedgerProofBundle } from '../../../platform/ledger/proof-bundle.js';
import { isSigScheme } from '../../../platform/ledger/sm2.js';

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
