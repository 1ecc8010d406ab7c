// Checks a 卷宗 archive (its files unpacked) without the database and without trusting the server:
// every file's SM3 against manifest.json, every evidence file against the digest written when it
// was uploaded, and manifest.json's own SM3 against the ledger entry of the assembly — that entry
// proved to be in a signed checkpoint's tree (proof.ts).
import { hash } from '../../../platform/ledger/hash.js';
import type { LedgerProofBundle } from '../../../platform/ledger/proof-bundle.js';
import { ledgerProofProblem } from './proof.js';
import { ASSEMBLED_ACTION, MANIFEST_FORMAT, MANIFEST_PATH, PROOF_PATH } from './rules.js';

export interface CaseFileManifest {
  format: typeof MANIFEST_FORMAT;
  caseId: string;
  orgName: string;
  partyName: string;
  decisionNumber: string | null;
  assembledAt: string;
  /** The digest of every file below. */
  alg: 'sm3';
  /** 卷内目录: the parts of 卷宗.pdf in the file's order, with their pages. */
  contents: { no: number; kind: string; title: string; number: string; pages: string; basis: string }[];
  files: { path: string; sm3: string; size: number }[];
  /** The evidence, each with the digest recorded when it was uploaded (and its file in the archive). */
  evidence: { path: string; fileName: string; kind: string; size: number; digest: string; alg: string; uploadedAt: string }[];
  /** The case's ledger entries up to the assembly. */
  ledger: { seq: number; action: string; at: string; entryHash: string }[];
}

/** What the assembly's ledger entry records. */
export interface AssemblyPayload {
  caseId: string;
  manifestSm3: string;
  files: number;
  lastCaseSeq: number | null;
}

export type CaseFileCheck = 'manifest' | 'files' | 'evidence' | 'ledger';
export interface CaseFileVerification {
  ok: boolean;
  checks: { check: CaseFileCheck; ok: boolean; detail?: string }[];
  /** The assembly's ledger entry, when a proof was checked. */
  entry?: { seq: number; at: string; checkpointId: number; treeSize: number };
}

export function parseManifest(bytes: Uint8Array | undefined): CaseFileManifest | string {
  if (!bytes) return `归档中没有 ${MANIFEST_PATH}`;
  let m: CaseFileManifest;
  try {
    m = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as CaseFileManifest;
  } catch {
    return `${MANIFEST_PATH} 不是有效的 JSON`;
  }
  if (m?.format !== MANIFEST_FORMAT || !Array.isArray(m.files) || !Array.isArray(m.evidence) || !Array.isArray(m.ledger))
    return `${MANIFEST_PATH} 的格式不是 ${MANIFEST_FORMAT}`;
  return m;
}

/**
 * `files` is the archive unpacked (path → bytes); `proof` the assembly entry's bundle — the
 * archive's own ledger-proof.json, or one fetched from the server's public endpoint. Without a
 * proof the ledger check fails: the file alone cannot show it is the one recorded.
 */
export function verifyCaseFile(files: Record<string, Uint8Array>, proof: LedgerProofBundle | null): CaseFileVerification {
  const sm3 = (b: Uint8Array) => hash('sm3', b).toString('hex');
  const checks: CaseFileVerification['checks'] = [];
  const done = (entry?: CaseFileVerification['entry']): CaseFileVerification => ({ ok: checks.every((x) => x.ok), checks, ...(entry ? { entry } : {}) });
  const m = parseManifest(files[MANIFEST_PATH]);
  if (typeof m === 'string') {
    checks.push({ check: 'manifest', ok: false, detail: m });
    return done();
  }
  checks.push({ check: 'manifest', ok: true });

  const listed = new Set(m.files.map((f) => f.path));
  const fileProblems: string[] = [];
  for (const f of m.files) {
    const bytes = files[f.path];
    if (!bytes) fileProblems.push(`缺少 ${f.path}`);
    else if (bytes.length !== f.size || sm3(bytes) !== f.sm3) fileProblems.push(`${f.path} 的 SM3 摘要与清单不符`);
  }
  for (const path of Object.keys(files)) {
    if (path !== MANIFEST_PATH && path !== PROOF_PATH && !listed.has(path)) fileProblems.push(`清单外的文件 ${path}`);
  }
  checks.push(fileProblems.length ? { check: 'files', ok: false, detail: fileProblems.join('；') } : { check: 'files', ok: true });

  const evidenceProblems = m.evidence
    .filter((e) => {
      const f = m.files.find((x) => x.path === e.path);
      return !f || (e.alg === 'sm3' && f.sm3 !== e.digest);
    })
    .map((e) => `${e.fileName} 与上传时记录的摘要不符`);
  checks.push(evidenceProblems.length ? { check: 'evidence', ok: false, detail: evidenceProblems.join('；') } : { check: 'evidence', ok: true });

  if (!proof) {
    checks.push({ check: 'ledger', ok: false, detail: '没有组卷记录的包含性证明（检查点尚未覆盖，或未指定 --server）' });
    return done();
  }
  const manifestSm3 = sm3(files[MANIFEST_PATH]);
  const doc = proof.document as unknown as Partial<AssemblyPayload>;
  const proofProblem = ledgerProofProblem(proof);
  const problems = [
    proof.entry?.action !== ASSEMBLED_ACTION ? `记录不是「卷宗组卷」（${proof.entry?.action}）` : null,
    proof.entry?.subjectId !== m.caseId || doc?.caseId !== m.caseId ? '记录所指案件与清单不符' : null,
    doc?.manifestSm3 !== manifestSm3 ? '清单的 SM3 摘要与组卷记录不符' : null,
    proofProblem ? `记录证明未通过：${proofProblem}` : null,
  ].filter((x): x is string => x !== null);
  checks.push(problems.length ? { check: 'ledger', ok: false, detail: problems.join('；') } : { check: 'ledger', ok: true });
  return done({ seq: proof.entry.seq, at: proof.entry.at, checkpointId: proof.checkpoint.id, treeSize: proof.checkpoint.treeSize });
}
