// `zhifa casefile verify <archive.zip | URL> [--server URL]`: checks a 卷宗 archive without the
// database (verify.ts). The ledger check uses the archive's own ledger-proof.json; an archive
// downloaded before a checkpoint covered its assembly has none, and then the proof is asked of the
// server's public endpoint (--server, or the origin of the URL the archive came from).
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { hash } from '../../../platform/ledger/hash.js';
import type { LedgerProofBundle } from '../../../platform/ledger/proof-bundle.js';
import { MANIFEST_PATH, PROOF_PATH } from './rules.js';
import { parseManifest, verifyCaseFile, type CaseFileCheck } from './verify.js';

type Print = (line: string) => void;

const NAMES: Record<CaseFileCheck, string> = {
  manifest: '卷宗清单 manifest.json',
  files: '各文件的 SM3 摘要与清单一致（无缺失、无清单外文件）',
  evidence: '证据文件与上传时记录的摘要一致',
  ledger: '清单摘要与执法全过程记录的组卷记录一致（包含于签名检查点）',
};

async function load(source: string): Promise<Uint8Array> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (res.status === 401 || res.status === 403) throw new Error(`${source}: HTTP ${res.status}，该地址需要登录；请在系统中下载卷宗归档文件后以文件校验`);
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
  return new Uint8Array(fs.readFileSync(source));
}

async function proofFromServer(server: string, manifestSm3: string): Promise<LedgerProofBundle | null> {
  const u = new URL(`/api/public/case-files/${manifestSm3}/proof`, server);
  const res = await fetch(u);
  if (!res.ok) return null;
  return (await res.json()) as LedgerProofBundle;
}

export async function verifyCaseFileCommand(source: string, server: string | undefined, print: Print): Promise<number> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(await load(source));
  } catch (e) {
    print(`✗ 无法读取归档文件：${e instanceof Error ? e.message : e}`);
    print('校验失败 FAILED');
    return 1;
  }
  let proof: LedgerProofBundle | null = null;
  let proofFrom = '归档内的 ledger-proof.json';
  if (files[PROOF_PATH]) {
    try {
      proof = JSON.parse(new TextDecoder().decode(files[PROOF_PATH])) as LedgerProofBundle;
    } catch {
      proof = null;
    }
  } else {
    const base = server ?? (/^https?:\/\//.test(source) ? new URL(source).origin : undefined);
    const m = parseManifest(files[MANIFEST_PATH]);
    if (base && typeof m !== 'string') {
      proof = await proofFromServer(base, hash('sm3', files[MANIFEST_PATH]).toString('hex'));
      proofFrom = `${base} 的公开证明`;
    }
  }
  const v = verifyCaseFile(files, proof);
  for (const c of v.checks) print(`${c.ok ? '✓' : '✗'} ${NAMES[c.check]}${c.detail ? `：${c.detail}` : ''}`);
  const m = parseManifest(files[MANIFEST_PATH]);
  if (typeof m !== 'string')
    print(`卷宗：${m.orgName} ${m.partyName} ${m.decisionNumber ?? ''}，${m.files.length} 个文件，${m.evidence.length} 份证据，${m.ledger.length} 条办案记录`);
  if (v.entry) print(`组卷记录 #${v.entry.seq}（${v.entry.at}）⊂ 检查点 #${v.entry.checkpointId}（${v.entry.treeSize} 条），证明来自${proofFrom}`);
  print(v.ok ? '校验通过 OK' : '校验失败 FAILED');
  return v.ok ? 0 : 1;
}
