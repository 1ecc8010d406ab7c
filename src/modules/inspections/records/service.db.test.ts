import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/context.js';
import { hash } from '../../../platform/ledger/hash.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { verifyLedger } from '../../../platform/ledger/verify.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { MAX_EVIDENCE_BYTES, uploadRecordEvidence } from '../evidence/service.js';
import { actorOf, answerAll, officerPair } from '../fixture.js';
import { samplePng } from '../instruments/samples.js';
import { inspectionTask } from '../schema.js';

let w: TestWorld;
let a: Client; // on the team
let b: Client; // on the team
let outsider: Client; // officer of the same org, not on the team
let chief: Client; // leader of the city
let wuhan: Client; // leader of another city
let team: string[];
let enterpriseId: string;
let uncredentialed: string;
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF photo bytes of the blocked exit')]);

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  team = await officerPair(w, w.orgs.county, 'rec');
  uncredentialed = (await addUser(w, 'rec.nocred', w.orgs.county.id, ['officer'])).id;
  await addUser(w, 'rec.outsider', w.orgs.county.id, ['officer']);
  await addUser(w, 'rec.chief', w.orgs.city.id, ['sectionChief']);
  await addUser(w, 'rec.wuhan', w.orgs.siblingCity.id, ['head']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(31, '421202'))).id;
  [a, b, outsider, chief, wuhan] = await Promise.all(['rec.1', 'rec.2', 'rec.outsider', 'rec.chief', 'rec.wuhan'].map((u) => signIn(w, u)));
}, 60_000);
afterAll(() => w.close());

const upload = (c: Client, url: string, bytes: Buffer) =>
  w.http.inject({ method: 'POST', url, headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' }, payload: bytes });

describe('tasks', () => {
  let taskId: string;
  it('opens an ad hoc task only with a reason and two credentialed officers, with a ledger entry', async () => {
    const body = { orgId: w.orgs.county.id, enterpriseId, officerIds: team, reason: '接群众举报，存在违规动火作业', plannedOn: '2026-03-03' };
    expect((await a.send('POST', '/api/inspections/tasks', { ...body, reason: '' })).status).toBe(400);
    expect((await a.send('POST', '/api/inspections/tasks', { ...body, officerIds: [team[0]] })).status).toBe(422);
    expect((await a.send('POST', '/api/inspections/tasks', { ...body, plannedOn: '2026-03-01' })).body.error.field).toBe('plannedOn');
    const bad = await a.send('POST', '/api/inspections/tasks', { ...body, officerIds: [team[0], uncredentialed] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/rec.nocred/);
    expect((await wuhan.send('POST', '/api/inspections/tasks', body)).status).toBe(403);
    // The team comes from the org's subtree: officers of another city are not the county's to send.
    const foreign = await a.send('POST', '/api/inspections/tasks', { ...body, officerIds: await officerPair(w, w.orgs.siblingCity, 'recw') });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatchObject({ field: 'officerIds', message: expect.stringContaining('不属于本机构及下级机构') });
    const before = await headSeq(w.app.db);
    const res = await a.send('POST', '/api/inspections/tasks', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: 'routine', status: 'assigned', reason: body.reason, plannedOn: '2026-03-03' });
    expect(res.body.officers.map((o: { credentialNo: string }) => o.credentialNo)).toEqual(['REC-1', 'REC-2']);
    expect(await headSeq(w.app.db)).toBe(before + 1);
    taskId = res.body.id;
  });

  it('shows officers their own tasks and leaders the subtree', async () => {
    expect((await a.get('/api/inspections/tasks')).body.items.map((t: { id: string }) => t.id)).toContain(taskId);
    expect((await outsider.get('/api/inspections/tasks')).body).toEqual({ items: [], total: 0 });
    expect((await chief.get('/api/inspections/tasks')).body.items.map((t: { id: string }) => t.id)).toContain(taskId);
    expect((await chief.get('/api/inspections/tasks?mine=true')).body).toEqual({ items: [], total: 0 });
    expect((await wuhan.get('/api/inspections/tasks')).body).toEqual({ items: [], total: 0 });
    expect((await wuhan.get(`/api/inspections/tasks/${taskId}`)).status).toBe(403);
  });
});

describe('on-site record, evidence and instruments', () => {
  let taskId: string;
  let recordId: string;
  let version: number;

  beforeAll(async () => {
    taskId = (
      await a.send('POST', '/api/inspections/tasks', {
        orgId: w.orgs.county.id,
        enterpriseId,
        officerIds: team,
        reason: '年度重点检查之外的临时检查',
        plannedOn: '2026-03-02',
      })
    ).body.id;
  });

  it('starts only for the team, moves the task to inProgress, and only once', async () => {
    expect((await outsider.send('POST', `/api/inspections/tasks/${taskId}/record`, { checklistCode: 'CL-GEN' })).status).toBe(422);
    expect((await a.send('POST', `/api/inspections/tasks/${taskId}/record`, {})).status).toBe(400); // an ad hoc task names no matter
    expect((await a.send('POST', `/api/inspections/tasks/${taskId}/record`, { checklistCode: 'NO-SUCH' })).status).toBe(400);
    const res = await a.send('POST', `/api/inspections/tasks/${taskId}/record`, { checklistCode: 'CL-GEN', place: '生产车间' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'inProgress', checklistCode: 'CL-GEN', officers: [{ credentialNo: 'REC-1' }, { credentialNo: 'REC-2' }] });
    recordId = res.body.id;
    version = res.body.version;
    const [t] = await w.app.db.select().from(inspectionTask).where(eq(inspectionTask.id, taskId));
    expect(t.status).toBe('inProgress');
    expect((await b.send('POST', `/api/inspections/tasks/${taskId}/record`, { checklistCode: 'CL-GEN' })).status).toBe(422);
  });

  const draft = () => ({
    version,
    place: '生产车间、甲类仓库',
    present: [{ name: '张三', position: '总经理' }],
    items: [
      { code: 'CL-GEN-01', result: 'compliant' },
      { code: 'CL-GEN-05', result: 'hazard', note: '安全管理人员未经考核' },
    ],
    findings: '企业正常生产，检查了车间和仓库。',
    signerName: '张三',
    signaturePng: Buffer.from(samplePng()).toString('base64'),
  });

  it('saves a draft with items still open, people and signature; refuses a non-PNG signature, unknown items and a stale version', async () => {
    const body = draft();
    expect((await a.send('PUT', `/api/inspections/records/${recordId}`, { ...body, signaturePng: jpeg.toString('base64') })).body.error.field).toBe(
      'signaturePng',
    );
    expect((await a.send('PUT', `/api/inspections/records/${recordId}`, { ...body, items: [{ code: 'XX-1', result: 'compliant' }] })).status).toBe(400);
    const res = await b.send('PUT', `/api/inspections/records/${recordId}`, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      signed: true,
      signerName: '张三',
      items: [
        { code: 'CL-GEN-01', result: 'compliant' },
        { code: 'CL-GEN-05', result: 'hazard', majorHazardCode: 'MHC-2023-3-3' },
      ],
    });
    expect((await a.send('PUT', `/api/inspections/records/${recordId}`, body)).status).toBe(409);
    version = res.body.version;
  });

  it('stores evidence with its SM3 digest in the same ledger entry, checks magic bytes, serves it back', async () => {
    const url = `/api/inspections/records/${recordId}/evidence?fileName=${encodeURIComponent('安全出口.jpg')}&kind=photo`;
    expect((await upload(a, url.replace('kind=photo', 'kind=video'), jpeg)).statusCode).toBe(400);
    expect((await upload(a, url, Buffer.from('not an image at all'))).statusCode).toBe(400);
    expect((await a.send('POST', url, { not: 'a file' })).status).toBe(400);
    const res = await upload(a, url, jpeg);
    expect(res.statusCode).toBe(201);
    const ev = res.json();
    const sm3 = hash('sm3', jpeg).toString('hex');
    expect(ev).toMatchObject({ kind: 'photo', contentType: 'image/jpeg', size: jpeg.length, alg: 'sm3', digest: sm3, fileName: '安全出口.jpg' });
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.action, 'evidence.uploaded'), eq(ledgerEntry.subjectId, ev.id)));
    expect(entry.payload).toMatchObject({ digest: sm3, alg: 'sm3', recordId });
    const down = await a.get(`/api/inspections/evidence/${ev.id}`);
    expect(down.status).toBe(200);
    expect(Buffer.compare(down.body, jpeg)).toBe(0);
    expect((await wuhan.get(`/api/inspections/evidence/${ev.id}`)).status).toBe(403);
    expect((await chief.get(`/api/inspections/records/${recordId}/evidence`)).body).toHaveLength(1);
    const big = Buffer.concat([jpeg, Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    await expect(uploadRecordEvidence(w.app, actorOf(team[0], w.orgs.county), recordId, { fileName: 'big.jpg', kind: 'photo', bytes: big })).rejects.toThrow(
      /20 MB/,
    );
  });

  it('refuses to complete while items are open or a 未检查 has no reason, naming the field and the items', async () => {
    const open = await a.send('POST', `/api/inspections/records/${recordId}/complete`, { version });
    expect(open.status).toBe(422);
    expect(open.body.error).toMatchObject({
      field: 'items',
      message: '检查表尚有 21 项未作答（CL-GEN-02、CL-GEN-03、CL-GEN-04、CL-GEN-06、CL-GEN-07 等 21 项），须逐项作答后才能完成检查',
    });
    const put = async (items: ReturnType<typeof answerAll>) => {
      const res = await a.send('PUT', `/api/inspections/records/${recordId}`, { ...draft(), items });
      expect(res.status).toBe(200);
      version = res.body.version;
      return res.body;
    };
    const hazard = { result: 'hazard', note: '安全管理人员未经考核' } as const;
    const saved = await put(answerAll('CL-GEN', { 'CL-GEN-05': hazard, 'CL-GEN-09': { result: 'notChecked', note: ' ' } }));
    expect(saved.items.find((i: { code: string }) => i.code === 'CL-GEN-09')).toMatchObject({ result: 'notChecked' });
    const unexplained = await a.send('POST', `/api/inspections/records/${recordId}/complete`, { version });
    expect(unexplained.body.error).toMatchObject({ field: 'items', message: '检查项 CL-GEN-09 标为未检查，须在备注中说明原因' });
    await put(answerAll('CL-GEN', { 'CL-GEN-05': hazard, 'CL-GEN-09': { result: 'notChecked', note: '特种设备档案由集团保管，企业当日未能提供' } }));
  });

  it('refuses to complete while a hazard item has no hazard, then completes with numbers and the task done', async () => {
    const blocked = await a.send('POST', `/api/inspections/records/${recordId}/complete`, { version });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.message).toMatch(/CL-GEN-05/);
    expect((await a.get(`/api/inspections/records/${recordId}/instrument.pdf`)).status).toBe(422);
    const hz = {
      checkItemCode: 'CL-GEN-05',
      description: '安全生产管理人员未经考核合格',
      location: '安全科',
      measures: '组织考核并取得合格证明',
      deadline: '2026-03-16',
      responsiblePerson: '张三',
    };
    expect((await a.send('POST', `/api/inspections/records/${recordId}/hazards`, { ...hz, checkItemCode: 'CL-GEN-01' })).status).toBe(400);
    expect((await a.send('POST', `/api/inspections/records/${recordId}/hazards`, { ...hz, deadline: '2026-03-02' })).status).toBe(400);
    const h = await a.send('POST', `/api/inspections/records/${recordId}/hazards`, hz);
    expect(h.status).toBe(201);
    expect(h.body).toMatchObject({ grade: 'major', majorHazardCode: 'MHC-2023-3-3', status: 'open', foundOn: '2026-03-02' });
    w.clock.advance(20 * 60_000);
    const before = await headSeq(w.app.db);
    const done = await a.send('POST', `/api/inspections/records/${recordId}/complete`, { version });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', number: '（咸安）应急检记〔2026〕1号', orderNumber: '（咸安）应急责改〔2026〕1号' });
    // Two numbers and the completion.
    expect(await headSeq(w.app.db)).toBe(before + 3);
    const [t] = await w.app.db.select().from(inspectionTask).where(eq(inspectionTask.id, taskId));
    expect(t).toMatchObject({ status: 'completed', completedOn: '2026-03-02' });
    expect(
      (await a.send('PUT', `/api/inspections/records/${recordId}`, { version: done.body.version, place: 'x', present: [], items: [], findings: '' })).status,
    ).toBe(422);
    expect((await a.send('POST', `/api/inspections/records/${recordId}/hazards`, hz)).status).toBe(422);
    expect((await verifyLedger(w.app.db)).ok).toBe(true);
  });

  it('renders the record and the rectification order as PDF and DOCX', async () => {
    for (const name of ['instrument', 'rectification-order']) {
      const pdf = await chief.get(`/api/inspections/records/${recordId}/${name}.pdf`);
      expect(pdf.status, name).toBe(200);
      expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
      const docx = await a.get(`/api/inspections/records/${recordId}/${name}.docx`);
      expect(docx.status, name).toBe(200);
      expect([...docx.body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    }
    expect((await wuhan.get(`/api/inspections/records/${recordId}/instrument.pdf`)).status).toBe(403);
  }, 60_000);
});
