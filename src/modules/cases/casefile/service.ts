// 卷宗 assembly. Archiving owes the file in its own transaction (owe.ts); the file is assembled
// after the commit, not inside it: rendering a dozen instruments with the embedded CJK font takes
// seconds, and the archiving transaction holds the ledger head's row lock (ledger/service.ts
// appendEntry) until it commits, which would stall every other act on the platform meanwhile.
// Nothing is lost: the pending row is written with the archive act, the route assembles right
// after the commit, and the polling job retries whatever is still pending (after a failure or a
// restart). Assembly is idempotent: the row is locked and must still be pending when the result is
// stored with its ledger entry, so a second run — or a second server — stores nothing.
import { asc, eq, and } from 'drizzle-orm';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Actor, AppContext } from '../../../platform/context.js';
import { systemActor } from '../../../platform/context.js';
import { hash } from '../../../platform/ledger/hash.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { dateTimeText, pdfPageCounts, renderPdfBook, type Instrument } from '../../../platform/documents/render/index.js';
import { Conflict, NotFound, RuleViolation } from '../../../platform/errors.js';
import { startPolling } from '../../../platform/jobs/service.js';
import { downloadEvidence } from '../../inspections/evidence/service.js';
import { caseEvidence } from '../from-finding/evidence.js';
import { chooseCollectionItem } from '../instruments/collection.js';
import { buildCaseInstrument, instrumentProblem } from '../instruments/index.js';
import { caseInstrumentData } from '../instruments/service.js';
import type { CaseInstrumentData, CaseInstrumentKind } from '../instruments/types.js';
import { CASE_INSTRUMENT_KINDS } from '../instruments/types.js';
import { caseInScope } from '../read.js';
import { caseFile } from '../schema.js';
import { CASE_LEDGER_ACTIONS } from '../ledger-actions.js';
import {
  ASSEMBLED_ACTION,
  BOOK_PATH,
  type CaseFilePartKind,
  evidencePath,
  MANIFEST_FORMAT,
  MANIFEST_PATH,
  orderParts,
  orderRuleOf,
  pageRanges,
  pagesText,
  PROOF_PATH,
} from './rules.js';
import { type LedgerProofBundle, ledgerProofOf } from '../../../platform/ledger/proof-bundle.js';
import type { AssemblyPayload, CaseFileManifest } from './verify.js';

const sm3 = (b: Uint8Array) => hash('sm3', b).toString('hex');
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Part {
  kind: CaseFilePartKind;
  index: number;
  instrument: Instrument;
}

/** The case's instruments that exist, one per 询问笔录 / 抽样 / 先行登记保存 made. */
function instrumentParts(d: CaseInstrumentData): Part[] {
  const facts = { ...d.case, events: d.events };
  const parts: Part[] = [];
  for (const kind of CASE_INSTRUMENT_KINDS) {
    if (instrumentProblem(kind, facts)) continue;
    const indexes = indexesOf(d, kind);
    for (const index of indexes) {
      const one: CaseInstrumentData = { ...d };
      if (kind === 'interview') one.interviewIndex = index;
      else chooseCollectionItem(one, kind, kind === 'sampling' || kind.startsWith('preservation') ? index : undefined);
      parts.push({ kind, index, instrument: buildCaseInstrument(kind, one) });
    }
  }
  return parts;
}

function indexesOf(d: CaseInstrumentData, kind: CaseInstrumentKind): number[] {
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  if (kind === 'interview') return all(d.case.interviews.length);
  if (kind === 'sampling') return all(d.case.samplings.length);
  if (kind === 'preservationNotice') return all(d.case.preservations.length).filter((i) => !!d.case.preservations[i].noticeNumber);
  if (kind === 'preservationDecision') return all(d.case.preservations.length).filter((i) => !!d.case.preservations[i].decision);
  return [0];
}

/**
 * The 文号 a contents row shows: an instrument's own number. The evidence list and the 备考表 are
 * the file's, not numbered documents (their pages carry the decision's number only to name the
 * case), and an unnumbered form such as the 呈批表 prints a blank for hand entry: both show none.
 */
function contentsNumber(p: { kind: string; instrument: Instrument }): string {
  if (p.kind === 'evidenceList' || p.kind === 'ledgerRecord') return '';
  return /\d/.test(p.instrument.number) ? p.instrument.number : '';
}

function contentsInstrument(d: CaseInstrumentData, rows: { title: string; number: string; pages: string; basis: string }[]): Instrument {
  return {
    orgName: d.orgName,
    title: '卷内目录',
    number: d.case.decisionNumber ?? '',
    blocks: [
      { kind: 'paragraph', text: `案由：${d.case.partyName}${d.case.summary ? `　${d.case.summary}` : ''}` },
      {
        kind: 'table',
        columns: [
          { title: '序号', weight: 1 },
          { title: '文书材料名称', weight: 5 },
          { title: '文号', weight: 5 },
          { title: '页次', weight: 2 },
        ],
        rows: rows.map((r, i) => [String(i + 1), r.title, r.number || '—', r.pages]),
      },
      { kind: 'note', text: '排列顺序依据：津安监管法字〔2009〕28号《天津市安全生产一般程序行政处罚案件立卷规定》（国家层面的立卷规定待核）。' },
    ],
  };
}

function evidenceInstrument(d: CaseInstrumentData, evidence: CaseFileManifest['evidence']): Instrument {
  return {
    orgName: d.orgName,
    title: '证据材料清单',
    number: d.case.decisionNumber ?? '',
    blocks: [
      {
        kind: 'paragraph',
        indent: true,
        text: evidence.length
          ? `本案证据材料 ${evidence.length} 份，原件随卷宗归档文件（evidence/ 目录）保存；SM3 摘要为上传时记录的摘要，可与执法全过程记录核对。`
          : '本案没有上传的证据材料（证据见询问笔录、抽样取证等文书）。',
      },
      ...(evidence.length
        ? [
            {
              kind: 'table' as const,
              columns: [
                { title: '序号', weight: 1 },
                { title: '文件', weight: 4 },
                { title: '大小', weight: 2 },
                { title: '上传时间', weight: 3 },
                { title: 'SM3 摘要', weight: 6 },
              ],
              rows: evidence.map((e, i) => [String(i + 1), e.fileName, KB(e.size), dateTimeText(new Date(e.uploadedAt)), e.digest]),
            },
          ]
        : []),
    ],
  };
}

function ledgerInstrument(d: CaseInstrumentData, ledger: CaseFileManifest['ledger']): Instrument {
  return {
    orgName: d.orgName,
    title: '卷内备考表',
    number: d.case.decisionNumber ?? '',
    blocks: [
      {
        kind: 'paragraph',
        indent: true,
        text: `本案办理过程记入执法全过程记录共 ${ledger.length} 条，列于下表。组卷时，卷宗清单（manifest.json）的 SM3 摘要另记入执法全过程记录（卷宗组卷），可用 zhifa casefile verify 命令核验归档文件未被改动。`,
      },
      {
        kind: 'table',
        columns: [
          { title: '记录序号', weight: 2 },
          { title: '环节', weight: 3 },
          { title: '时间', weight: 3 },
          { title: '记录哈希', weight: 7 },
        ],
        rows: ledger.map((l) => [String(l.seq), CASE_LEDGER_ACTIONS[l.action] ?? l.action, dateTimeText(new Date(l.at)), l.entryHash]),
      },
    ],
  };
}

/** What an assembly makes: the archive's files and its manifest (the manifest's bytes are the file's). */
export async function buildCaseFile(app: AppContext, caseId: string, at: Date) {
  const d = await caseInstrumentData(app, systemActor, caseId);
  const { c } = await caseInScope(app.db, systemActor, caseId);
  const listed = await caseEvidence(app, systemActor, c);
  const evidenceFiles: Zippable = {};
  const evidence: CaseFileManifest['evidence'] = [];
  for (const [i, e] of listed.entries()) {
    const path = evidencePath(i + 1, e.fileName);
    const { bytes } = await downloadEvidence(app, systemActor, e.id);
    evidenceFiles[path] = new Uint8Array(bytes);
    evidence.push({ path, fileName: e.fileName, kind: e.kind, size: e.size, digest: e.digest, alg: e.alg, uploadedAt: e.uploadedAt.toISOString() });
  }
  const entries = await app.db
    .select({ seq: ledgerEntry.seq, action: ledgerEntry.action, at: ledgerEntry.at, entryHash: ledgerEntry.entryHash })
    .from(ledgerEntry)
    .where(and(eq(ledgerEntry.subjectType, 'penaltyCase'), eq(ledgerEntry.subjectId, caseId)))
    .orderBy(asc(ledgerEntry.seq));
  const ledger = entries.map((e) => ({ seq: e.seq, action: e.action, at: e.at.toISOString(), entryHash: e.entryHash }));

  const body = orderParts([
    ...instrumentParts(d),
    { kind: 'evidenceList' as const, index: 0, instrument: evidenceInstrument(d, evidence) },
    { kind: 'ledgerRecord' as const, index: 0, instrument: ledgerInstrument(d, ledger) },
  ]);
  // The contents' own pages come first; its length does not depend on the numbers it prints.
  const rowsWith = (pages: string[]) =>
    body.map((p, i) => ({ title: orderRuleOf(p.kind).title, number: contentsNumber(p), pages: pages[i], basis: orderRuleOf(p.kind).basis }));
  const bodyCounts = pdfPageCounts(body.map((p) => p.instrument));
  const [contentsCount] = pdfPageCounts([contentsInstrument(d, rowsWith(body.map(() => '000–000')))]);
  const ranges = pageRanges([contentsCount, ...bodyCounts]);
  const rows = rowsWith(ranges.slice(1).map(pagesText));
  const book = await renderPdfBook([contentsInstrument(d, rows), ...body.map((p) => p.instrument)], {
    title: `卷宗 ${d.case.partyName} ${d.case.decisionNumber ?? ''}`.trim(),
    author: d.orgName,
  });

  const files: Record<string, Uint8Array> = { [BOOK_PATH]: new Uint8Array(book), ...(evidenceFiles as Record<string, Uint8Array>) };
  const manifest: CaseFileManifest = {
    format: MANIFEST_FORMAT,
    caseId,
    orgName: d.orgName,
    partyName: d.case.partyName,
    decisionNumber: d.case.decisionNumber,
    assembledAt: at.toISOString(),
    alg: 'sm3',
    contents: [
      { no: 1, kind: 'contents', title: '卷内目录', number: '', pages: pagesText(ranges[0]), basis: orderRuleOf('contents').basis },
      ...body.map((p, i) => ({ no: i + 2, kind: p.kind, title: rows[i].title, number: rows[i].number, pages: rows[i].pages, basis: rows[i].basis })),
    ],
    files: Object.entries(files).map(([path, bytes]) => ({ path, sm3: sm3(bytes), size: bytes.length })),
    evidence,
    ledger,
  };
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, manifestBytes, manifestSm3: sm3(manifestBytes), files };
}

/** The archive's bytes: a fixed time on every entry, so the same files zip to the same bytes. */
export function zipFiles(files: Record<string, Uint8Array>, at: Date): Buffer {
  const z: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) z[path] = [bytes, { level: path.endsWith('.json') ? 6 : 0, mtime: at }];
  return Buffer.from(zipSync(z));
}

/**
 * Assembles the owed file of one case and records it. Returns false when nothing was owed (or it
 * was already assembled, by this server or another). A failure is kept on the row and retried.
 */
export async function assembleCaseFile(app: AppContext, caseId: string): Promise<boolean> {
  const [owed] = await app.db.select().from(caseFile).where(eq(caseFile.caseId, caseId));
  if (owed?.status !== 'pending') return false;
  const at = app.clock.now();
  try {
    const built = await buildCaseFile(app, caseId, at);
    const archive = zipFiles({ [MANIFEST_PATH]: built.manifestBytes, ...built.files }, at);
    return await app.db.transaction(async (tx) => {
      const [row] = await tx.select().from(caseFile).where(eq(caseFile.caseId, caseId)).for('update');
      if (row?.status !== 'pending') return false;
      const payload: AssemblyPayload = {
        caseId,
        manifestSm3: built.manifestSm3,
        files: built.manifest.files.length,
        lastCaseSeq: built.manifest.ledger.at(-1)?.seq ?? null,
      };
      const { seq } = await appendEntry(tx, app, {
        orgId: row.orgId,
        actorId: null,
        action: ASSEMBLED_ACTION,
        subjectType: 'penaltyCase',
        subjectId: caseId,
        payload: { ...payload },
      });
      await tx
        .update(caseFile)
        .set({
          status: 'assembled',
          manifest: built.manifest as unknown as Record<string, unknown>,
          manifestSm3: built.manifestSm3,
          archive,
          ledgerSeq: seq,
          assembledAt: at,
          attempts: row.attempts + 1,
          lastError: null,
        })
        .where(eq(caseFile.caseId, caseId));
      return true;
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await app.db
      .update(caseFile)
      .set({ attempts: owed.attempts + 1, lastError: message.slice(0, 500) })
      .where(and(eq(caseFile.caseId, caseId), eq(caseFile.status, 'pending')));
    throw e;
  }
}

/** Every owed file, oldest first, a few per run; a failure leaves its row pending for the next run. */
export async function assembleOwedCaseFiles(app: AppContext, limit = 10) {
  const owed = await app.db.select({ caseId: caseFile.caseId }).from(caseFile).where(eq(caseFile.status, 'pending')).orderBy(asc(caseFile.owedAt)).limit(limit);
  let assembled = 0;
  for (const { caseId } of owed) {
    try {
      if (await assembleCaseFile(app, caseId)) assembled++;
    } catch (e) {
      app.log.error({ err: e, caseId }, 'case file assembly failed; will retry');
    }
  }
  return { owed: owed.length, assembled };
}

/** Right after 归档 commits: assembles the file, leaving a failure to the job (it is logged and kept on the row). */
export async function assembleSoon(app: AppContext, caseId: string): Promise<void> {
  try {
    await assembleCaseFile(app, caseId);
  } catch (e) {
    app.log.error({ err: e, caseId }, 'case file assembly failed; will retry');
  }
}

/** Retries owed files every few minutes (the route assembles at once; this catches what it could not). */
export function startCaseFileAssembly(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(app, 'case file assembly', () => assembleOwedCaseFiles(app), { pollMs: opts.pollMs ?? 300_000 });
}

async function assembledRow(app: AppContext, actor: Actor, caseId: string) {
  await caseInScope(app.db, actor, caseId);
  const [row] = await app.db.select().from(caseFile).where(eq(caseFile.caseId, caseId));
  if (!row) throw new RuleViolation('案件尚未归档，没有卷宗', 'state');
  if (row.status !== 'assembled') throw new Conflict('卷宗正在组卷，请稍后再试', 'status');
  return row;
}

/** The case file's state and its table of contents, for the case page. */
export async function caseFileOf(app: AppContext, actor: Actor, caseId: string) {
  const { c } = await caseInScope(app.db, actor, caseId);
  const [row] = await app.db.select().from(caseFile).where(eq(caseFile.caseId, caseId));
  if (!row) return { status: c.state === 'archived' ? ('notOwed' as const) : ('notArchived' as const), contents: [], files: 0, evidence: 0 };
  const m = row.manifest as unknown as CaseFileManifest | null;
  return {
    status: row.status as 'pending' | 'assembled',
    owedAt: row.owedAt,
    attempts: row.attempts,
    failed: row.lastError !== null,
    assembledAt: row.assembledAt,
    manifestSm3: row.manifestSm3,
    ledgerSeq: row.ledgerSeq,
    contents: m?.contents ?? [],
    files: m?.files.length ?? 0,
    evidence: m?.evidence.length ?? 0,
  };
}

/** 卷宗.pdf as assembled. */
export async function caseFileBook(app: AppContext, actor: Actor, caseId: string): Promise<Buffer> {
  const row = await assembledRow(app, actor, caseId);
  const book = unzipSync(new Uint8Array(row.archive!), { filter: (f) => f.name === BOOK_PATH })[BOOK_PATH];
  return Buffer.from(book);
}

/** The archive as assembled, with ledger-proof.json added once a checkpoint covers the assembly. */
export async function caseFileArchive(app: AppContext, actor: Actor, caseId: string): Promise<{ bytes: Buffer; name: string }> {
  const row = await assembledRow(app, actor, caseId);
  const name = `卷宗-${(row.manifest as unknown as CaseFileManifest).partyName}-${row.caseId.slice(0, 8)}.zip`;
  const proof = await ledgerProofOf(app.db, row.ledgerSeq!);
  if (!proof) return { bytes: row.archive!, name };
  const files = unzipSync(new Uint8Array(row.archive!));
  files[PROOF_PATH] = new TextEncoder().encode(`${JSON.stringify(proof, null, 2)}\n`);
  return { bytes: zipFiles(files, row.assembledAt!), name };
}

/** Public: the assembly's proof by the manifest's SM3 (the digest names the file; the payload holds no personal data). */
export async function proofOfManifest(app: AppContext, manifestSm3: string): Promise<LedgerProofBundle> {
  const [row] = await app.db.select({ ledgerSeq: caseFile.ledgerSeq }).from(caseFile).where(eq(caseFile.manifestSm3, manifestSm3));
  if (!row?.ledgerSeq) throw new NotFound('没有该清单摘要的卷宗组卷记录', 'sm3');
  const proof = await ledgerProofOf(app.db, row.ledgerSeq);
  if (!proof) throw new Conflict(`组卷记录（第 ${row.ledgerSeq} 条）尚未被检查点覆盖，请稍后再试`, 'sm3');
  return proof;
}
