// 卷宗: archiving owes the file in its transaction; assembly (route or job) makes the PDF and the
// archive with its manifest, records the manifest's SM3 in the ledger, and `zhifa casefile verify`
// checks it — and fails on one changed byte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemActor, type Actor } from '../../../platform/context.js';
import { userAccount } from '../../../platform/auth/schema.js';
import { hash } from '../../../platform/ledger/hash.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { createCheckpoint } from '../../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { uploadHazardEvidence, uploadRecordEvidence } from '../../inspections/evidence/service.js';
import { actorOf, inspectionScene } from '../../inspections/fixture.js';
import { samplePng } from '../../inspections/instruments/samples.js';
import { completeRecord, getRecord } from '../../inspections/records/service.js';
import type { EventPayload } from '../contract.js';
import { openCaseFromFinding } from '../from-finding/service.js';
import { caseFile } from '../schema.js';
import { fire, getCase } from '../service.js';
import { staff } from '../testing.js';
import type { CaseEventName } from '../workflow/machine.js';
import { verifyProofCommand } from '../../disclosure/cli.js';
import { verifyCaseFileCommand } from './cli.js';
import { assembleCaseFile, assembleOwedCaseFiles, caseFileArchive, proofOfManifest } from './service.js';
import type { CaseFileManifest } from './verify.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, chief: Actor, head: Actor;
let inv1Client: Client;
let tmp: string;

const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));
const sm3 = (b: Uint8Array) => hash('sm3', b).toString('hex');

async function step(actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload, version });
}

/** A case opened from an inspection finding with two evidence files, taken to 结案 (closed). */
async function closedCase() {
  on('2026-03-02');
  const s = await inspectionScene(w, w.orgs.county, '421202', { record: true });
  inv1 = actorOf(s.officerIds[0], w.orgs.county);
  inv2 = actorOf(s.officerIds[1], w.orgs.county);
  const photo = await uploadRecordEvidence(w.app, inv1, s.record!.id, { fileName: '现场.png', kind: 'photo', bytes: Buffer.from(samplePng()) });
  const fix = await uploadHazardEvidence(w.app, inv1, s.hazard!.id, { fileName: '隐患/整改.png', kind: 'photo', bytes: Buffer.from(samplePng()) });
  const record = await getRecord(w.app, inv1, s.record!.id);
  await completeRecord(w.app, inv1, record.id, record.version);
  const c = await openCaseFromFinding(w.app, inv1, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-1' });
  await step(inv1, c.id, 'submitFiling');
  await step(head, c.id, 'approveFiling');
  await step(inv1, c.id, 'completeInvestigation', {
    penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
    discretionFacts: { harmCaused: 'harmful' },
  });
  await step(chief, c.id, 'completeInternalReview');
  on('2026-03-03');
  await step(chief, c.id, 'issueNotice');
  on('2026-03-12');
  await step(head, c.id, 'decide');
  await step(inv2, c.id, 'serve', { serviceMethod: 'direct' });
  await step(inv1, c.id, 'recordPayment', { paidYuan: 60_000 });
  await step(inv1, c.id, 'requestClosure');
  await step(chief, c.id, 'approveClosure');
  return { id: c.id, evidence: [photo, fix] };
}

const archiveOf = async (id: string) => (await caseFileArchive(w.app, systemActor, id)).bytes;
function writeTmp(name: string, bytes: Uint8Array) {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, bytes);
  return p;
}
async function verify(file: string, server?: string) {
  const lines: string[] = [];
  const code = await verifyCaseFileCommand(file, server, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  chief = await staff(w, 'cf.chief', w.orgs.county, ['sectionChief']);
  head = await staff(w, 'cf.head', w.orgs.county, ['head']);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-casefile-'));
}, 60_000);
afterEach(() => vi.unstubAllGlobals());
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await w.close();
});

describe('卷宗 assembled on archiving', () => {
  let id: string;
  let evidence: { id: string; digest: string }[];

  it('archiving owes the file in its own transaction; the route assembles it at once, and only once', async () => {
    ({ id, evidence } = await closedCase());
    const { username } = await staff(w, 'cf.reader', w.orgs.county, ['officer']);
    inv1Client = await signIn(w, username);
    const before = await inv1Client.get(`/api/cases/${id}/case-file`);
    expect(before.body).toMatchObject({ status: 'notArchived', contents: [] });

    // 归档 through the route: the pending row commits with the act, then the file is assembled.
    const [account] = await w.app.db.select({ username: userAccount.username }).from(userAccount).where(eq(userAccount.id, inv1.userId!));
    const officer = await signIn(w, account.username);
    const { version } = await getCase(w.app, systemActor, id);
    const archived = await officer.send('POST', `/api/cases/${id}/events`, { event: 'archive', version, payload: {} });
    expect(archived.status).toBe(200);
    const archiveEvent = (archived.body as { events: { event: string; ledgerSeq: number }[] }).events.at(-1)!;
    expect(archiveEvent.event).toBe('archive');

    const [row] = await w.app.db.select().from(caseFile).where(eq(caseFile.caseId, id));
    expect(row).toMatchObject({ status: 'assembled', owedSeq: archiveEvent.ledgerSeq, attempts: 1, lastError: null });
    expect(await assembleCaseFile(w.app, id)).toBe(false);
    expect(await assembleOwedCaseFiles(w.app)).toEqual({ owed: 0, assembled: 0 });

    const shown = await inv1Client.get(`/api/cases/${id}/case-file`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ status: 'assembled', ledgerSeq: row.ledgerSeq, manifestSm3: row.manifestSm3, files: 3, evidence: 2 });
  }, 120_000);

  it('lists the contents in the statutory order, every file with its SM3, the evidence with its upload digest, and the ledger references', async () => {
    const [row] = await w.app.db.select().from(caseFile).where(eq(caseFile.caseId, id));
    const files = unzipSync(new Uint8Array(row.archive!));
    expect(Object.keys(files).sort()).toEqual(['evidence/01-现场.png', 'evidence/02-隐患_整改.png', 'manifest.json', '卷宗.pdf']);
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as CaseFileManifest;
    expect(m).toEqual(row.manifest);
    expect(sm3(files['manifest.json'])).toBe(row.manifestSm3);

    expect(m.contents.map((c) => c.kind)).toEqual([
      'contents',
      'penaltyDecision',
      'filingApproval',
      'evidenceList',
      'penaltyNotice',
      'caseHandlingApproval',
      'serviceReceipt',
      'closureReport',
      'ledgerRecord',
    ]);
    expect(m.contents[1]).toMatchObject({
      title: '行政处罚决定书',
      number: expect.stringMatching(/^（咸安）应急罚〔2026〕\d+号$/),
      basis: expect.stringContaining('第2项'),
    });
    // Only numbered documents show a 文号: not the file's own lists, nor the 呈批表's blank form.
    const numberOf = (kind: string) => m.contents.find((c) => c.kind === kind)?.number;
    expect([numberOf('evidenceList'), numberOf('ledgerRecord'), numberOf('caseHandlingApproval')]).toEqual(['', '', '']);
    expect(numberOf('filingApproval')).toMatch(/应急立〔2026〕\d+号/);
    // Pages numbered through: the contents on page 1, each part after the one before.
    expect(m.contents[0].pages).toBe('1');
    const firsts = m.contents.map((c) => Number(c.pages.split('–')[0]));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(new TextDecoder('latin1').decode(files['卷宗.pdf'].subarray(0, 4))).toBe('%PDF');

    for (const f of m.files) expect({ path: f.path, sm3: sm3(files[f.path]), size: files[f.path].length }).toEqual(f);
    expect(m.evidence.map((e) => e.digest)).toEqual(evidence.map((e) => e.digest));
    for (const e of m.evidence) expect(sm3(files[e.path])).toBe(e.digest);

    const entries = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, id));
    const caseEntries = entries.filter((e) => e.action !== 'case.fileAssembled').sort((a, b) => a.seq - b.seq);
    expect(m.ledger).toEqual(caseEntries.map((e) => ({ seq: e.seq, action: e.action, at: e.at.toISOString(), entryHash: e.entryHash })));
    expect(m.ledger.at(-1)!.action).toBe('case.archive');

    const [assembly] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.seq, row.ledgerSeq!));
    expect(assembly).toMatchObject({ action: 'case.fileAssembled', subjectType: 'penaltyCase', subjectId: id, actorId: null });
    expect(assembly.payload).toEqual({ caseId: id, manifestSm3: row.manifestSm3, files: 3, lastCaseSeq: m.ledger.at(-1)!.seq });
  });

  it('serves the PDF and the archive to the case readers, and refuses an org outside the subtree', async () => {
    const pdf = await w.http.inject({ method: 'GET', url: `/api/cases/${id}/case-file/pdf`, headers: { cookie: inv1Client.cookie } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const zip = await w.http.inject({ method: 'GET', url: `/api/cases/${id}/case-file/archive`, headers: { cookie: inv1Client.cookie } });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(Object.keys(unzipSync(new Uint8Array(zip.rawPayload)))).toContain('卷宗.pdf');

    const { username } = await staff(w, 'cf.other', w.orgs.siblingCounty, ['officer']);
    const other = await signIn(w, username);
    const refused = await w.http.inject({ method: 'GET', url: `/api/cases/${id}/case-file/archive`, headers: { cookie: other.cookie } });
    expect([403, 404]).toContain(refused.statusCode);
  });

  it('zhifa casefile verify: the ledger check fails without a proof, passes with the checkpoint, from the archive or the server', async () => {
    const plain = writeTmp('plain.zip', await archiveOf(id));
    const early = await verify(plain);
    expect(early.code).toBe(1);
    expect(early.out).toMatch(/✓ 各文件的 SM3 摘要与清单一致/);
    expect(early.out).toMatch(/✗ 清单摘要与执法全过程记录的组卷记录一致.*没有组卷记录的包含性证明/);

    await createCheckpoint(w.app);
    const proved = await archiveOf(id);
    expect(Object.keys(unzipSync(new Uint8Array(proved)))).toContain('ledger-proof.json');
    const good = await verify(writeTmp('proved.zip', proved));
    expect(good.out).toMatch(/校验通过 OK/);
    expect(good.code).toBe(0);
    // The proof is the ledger's public format: `zhifa ledger verify-proof` checks it as it is.
    const proofFile = writeTmp('ledger-proof.json', unzipSync(new Uint8Array(proved))['ledger-proof.json']);
    expect(await verifyProofCommand(proofFile, () => undefined)).toBe(0);

    // The archive downloaded before the checkpoint, checked against the server's public proof.
    const [row] = await w.app.db.select().from(caseFile).where(eq(caseFile.caseId, id));
    expect((await proofOfManifest(w.app, row.manifestSm3!)).entry.seq).toBe(row.ledgerSeq);
    vi.stubGlobal('fetch', async (u: string | URL) => {
      const url = new URL(String(u));
      expect(url.origin).toBe('https://zhifa.example');
      const r = await w.http.inject({ method: 'GET', url: url.pathname });
      return new Response(new Uint8Array(r.rawPayload), { status: r.statusCode, headers: { 'content-type': String(r.headers['content-type']) } });
    });
    const viaServer = await verify(plain, 'https://zhifa.example');
    expect(viaServer.out).toMatch(/证明来自https:\/\/zhifa\.example 的公开证明/);
    expect(viaServer.code).toBe(0);
  }, 60_000);

  it('fails on one changed byte of the PDF, of an evidence file or of the manifest, and on a file slipped in', async () => {
    const files = unzipSync(new Uint8Array(await archiveOf(id)));
    const rezip = (f: Record<string, Uint8Array>) => zipSync(f);
    const flip = (b: Uint8Array, at: number) => {
      const c = new Uint8Array(b);
      c[at] ^= 0x01;
      return c;
    };

    const pdf = files['卷宗.pdf'];
    const bookTampered = await verify(writeTmp('book.zip', rezip({ ...files, '卷宗.pdf': flip(pdf, Math.floor(pdf.length / 2)) })));
    expect(bookTampered.code).toBe(1);
    expect(bookTampered.out).toMatch(/✗ 各文件的 SM3 摘要与清单一致.*卷宗\.pdf 的 SM3 摘要与清单不符/);

    const ev = 'evidence/01-现场.png';
    const evTampered = await verify(writeTmp('ev.zip', rezip({ ...files, [ev]: flip(files[ev], 40) })));
    expect(evTampered.code).toBe(1);
    expect(evTampered.out).toMatch(/evidence\/01-现场\.png 的 SM3 摘要与清单不符/);

    // Re-listing a changed file with its new digest: the manifest no longer is the one recorded.
    const m = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as CaseFileManifest;
    const forged = flip(pdf, 100);
    const relisted = { ...m, files: m.files.map((f) => (f.path === '卷宗.pdf' ? { ...f, sm3: sm3(forged) } : f)) };
    const manifestTampered = await verify(
      writeTmp('manifest.zip', rezip({ ...files, '卷宗.pdf': forged, 'manifest.json': new TextEncoder().encode(JSON.stringify(relisted, null, 2)) })),
    );
    expect(manifestTampered.code).toBe(1);
    expect(manifestTampered.out).toMatch(/✓ 各文件的 SM3 摘要与清单一致/);
    expect(manifestTampered.out).toMatch(/✗ 清单摘要与执法全过程记录的组卷记录一致（包含于签名检查点）：清单的 SM3 摘要与组卷记录不符/);

    const extra = await verify(writeTmp('extra.zip', rezip({ ...files, 'evidence/99-补充.png': new Uint8Array([1, 2, 3]) })));
    expect(extra.code).toBe(1);
    expect(extra.out).toMatch(/清单外的文件 evidence\/99-补充\.png/);

    // One byte flipped in the zip's own bytes (inside the stored PDF): unreadable or a digest that differs.
    const raw = new Uint8Array(await archiveOf(id));
    const rawTampered = await verify(writeTmp('raw.zip', flip(raw, Math.floor(raw.length / 2))));
    expect(rawTampered.code).toBe(1);
  }, 60_000);

  it('nothing is lost: a file whose assembly fails stays owed, says so, and the job assembles it later', async () => {
    const second = await closedCase();
    await step(inv1, second.id, 'archive');
    const saved = process.env.ZHIFA_PDF_FONT;
    process.env.ZHIFA_PDF_FONT = path.join(tmp, 'no-such-font.ttf');
    try {
      expect(await assembleOwedCaseFiles(w.app)).toEqual({ owed: 1, assembled: 0 });
    } finally {
      if (saved === undefined) delete process.env.ZHIFA_PDF_FONT;
      else process.env.ZHIFA_PDF_FONT = saved;
    }
    const [owed] = await w.app.db.select().from(caseFile).where(eq(caseFile.caseId, second.id));
    expect(owed).toMatchObject({ status: 'pending', attempts: 1, archive: null, ledgerSeq: null });
    expect(owed.lastError).toMatch(/ZHIFA_PDF_FONT/);
    expect((await inv1Client.get(`/api/cases/${second.id}/case-file`)).body).toMatchObject({ status: 'pending', failed: true, attempts: 1 });
    const early = await inv1Client.get(`/api/cases/${second.id}/case-file/pdf`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'conflict', message: '卷宗正在组卷，请稍后再试' } });

    expect(await assembleOwedCaseFiles(w.app)).toEqual({ owed: 1, assembled: 1 });
    const [done] = await w.app.db.select().from(caseFile).where(eq(caseFile.caseId, second.id));
    expect(done).toMatchObject({ status: 'assembled', attempts: 2, lastError: null });
  }, 120_000);
});
