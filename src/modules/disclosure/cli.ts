// `zhifa ledger prove <seq>` and `zhifa ledger verify-proof <file|url>`. Verification needs no
// database and no trust in the server: it recomputes everything from the bundle (proof.ts).
import fs from 'node:fs';
import type { AppContext } from '../../platform/context.js';
import type { ConsistencyBundle, ProofBundle } from './contract.js';
import { verifyConsistencyBundle, verifyProofBundle } from './proof.js';
import { nodeProofCrypto } from './proof-node.js';
import { proofForSeq } from './public.js';

type Print = (line: string) => void;

export async function proveCommand(app: AppContext, seq: number, print: Print): Promise<number> {
  print(JSON.stringify(await proofForSeq(app, seq), null, 2));
  return 0;
}

/** A portal page address (/portal/disclosures/<id>) becomes its proof's API address. */
export function proofUrl(source: string): string {
  const u = new URL(source);
  const m = /\/portal\/disclosures\/([0-9a-f-]{36})\/?$/.exec(u.pathname);
  if (m) u.pathname = `/api/public/disclosures/${m[1]}/proof`;
  return u.toString();
}

async function load(source: string): Promise<unknown> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(proofUrl(source));
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    return res.json();
  }
  return JSON.parse(fs.readFileSync(source, 'utf8'));
}

const NAMES: Record<string, string> = {
  format: '格式与条目对应',
  payloadDigest: '公示内容与记录摘要一致',
  entryHash: '记录条目哈希',
  inclusion: '包含于检查点 Merkle 树',
  signature: '检查点签名（SM2，按检查点记录的签名方案）',
  consistency: '检查点之间一致（未被改写）',
};

export async function verifyProofCommand(source: string, print: Print): Promise<number> {
  const bundle = (await load(source)) as { format?: string };
  const v =
    bundle.format === 'zhifa-consistency-proof/1'
      ? await verifyConsistencyBundle(nodeProofCrypto, bundle as ConsistencyBundle)
      : await verifyProofBundle(nodeProofCrypto, bundle as ProofBundle, { anyEntry: true });
  for (const c of v.checks) print(`${c.ok ? '✓' : '✗'} ${NAMES[c.check] ?? c.check}`);
  if (bundle.format === 'zhifa-disclosure-proof/1') {
    const b = bundle as ProofBundle;
    print(
      `记录 #${b.entry.seq} (${b.entry.action}) ⊂ 检查点 #${b.checkpoint.id}（${b.checkpoint.treeSize} 条，${b.checkpoint.at}，密钥 ${b.checkpoint.keyId}）`,
    );
  }
  print(v.ok ? '校验通过 OK' : `校验失败 FAILED: ${v.failed}${v.detail ? `（${v.detail}）` : ''}`);
  return v.ok ? 0 : 1;
}
