// 行刑衔接 through the routes: the head transfers a case to the police and the transfer opens with
// its 移送材料清单; the package, the police's receipt and refusal, the procuratorate asked and its
// answer, then the return — the case back in 调查取证 in the same transaction, with the fine credit.
// Refusals: 400 naming the field, 403 for the wrong role, org or hand, 409 on a stale version, 422
// for a rule; none writes a ledger entry. The figures agree with the bench's bare SQL.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareStatements } from '../../../bench/scenarios/report-figures-bare.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { getCase } from '../cases/service.js';
import { investigatedCase, staff, takeStep } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { transferFigures } from './figures.js';

let w: TestWorld;
let head: Actor, o1: Actor, o2: Actor;
let headC: Client, deputyC: Client, o1C: Client, o2C: Client, otherC: Client;
let entId: string;

async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), 'a refusal writes nothing').toBe(seq);
  return r;
}

const DAY = '2026-03-02';

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  head = await staff(w, 'ct.head', county, ['head']);
  await staff(w, 'ct.deputy', county, ['deputyHead']);
  o1 = await staff(w, 'ct.o1', county, ['officer']);
  o2 = await staff(w, 'ct.o2', county, ['officer']);
  await staff(w, 'ct.other', siblingCounty, ['head']);
  entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(72, '421202', { name: '咸宁市行刑衔接测试矿业有限公司' }))).id;
  [headC, deputyC, o1C, o2C, otherC] = await Promise.all(['ct.head', 'ct.deputy', 'ct.o1', 'ct.o2', 'ct.other'].map((u) => signIn(w, u)));
}, 120_000);
afterAll(() => w.close());

/** A case investigated and transferred to the police by the head; its transfer record. */
async function transferred() {
  const c = await investigatedCase(w, w.orgs.county, entId, { investigators: [o1, o2], head });
  await takeStep(w, head, c.id, 'transferToPolice', { opinion: '当事人涉嫌重大责任事故罪', receivingAuthority: '咸宁市公安局咸安区分局' });
  const list = await o1C.get(`/api/transfers?caseId=${c.id}`);
  expect(list.status).toBe(200);
  expect(list.body.total).toBe(1);
  return { caseId: c.id, t: list.body.items[0] };
}

describe('a transfer the police refuse, taken to the procuratorate and returned', () => {
  it('opens with the package, records the refusal and the supervision, and returns the case to 调查取证', async () => {
    const { caseId, t } = await transferred();
    expect(t).toMatchObject({
      state: 'awaitingReceipt',
      stateName: '待公安机关接收',
      suspectedCrime: '当事人涉嫌重大责任事故罪',
      policeAuthority: '咸宁市公安局咸安区分局',
      letterNumber: expect.stringMatching(/应急刑移〔2026〕\d+号$/),
      approvedOn: DAY,
      period: { code: 'ct-send', dueOn: '2026-03-03', overdue: false },
      acts: ['updatePackage', 'recordReceipt'],
      version: 1,
    });
    expect(t.materials.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['批准立案', '移送公安机关']));
    const url = `/api/transfers/${t.id}`;

    // The receipt waits for the package (persons, the copy to the procuratorate).
    const early = await refused(o1C, `${url}/receipt`, { version: 1, receivedOn: DAY, policeAuthority: '咸宁市公安局咸安区分局', receivedByName: '王警官' });
    expect(early.status).toBe(422);
    expect(early.body.error.field).toBe('persons');
    const badPackage = await refused(o1C, `${url}/package`, { version: 1, persons: [], procuratorate: '咸安区人民检察院', copiedToProcuratorateOn: DAY });
    expect(badPackage.status).toBe(400);
    expect(JSON.stringify(badPackage.body)).toContain('请填写至少一名涉案人员');
    const pkg = await o1C.send('POST', `${url}/package`, {
      version: 1,
      persons: [
        { name: '刘某', role: '主要负责人' },
        { name: '陈某', role: '安全管理人员', idNumber: '421202198001011234' },
      ],
      extraMaterials: [{ name: '检验报告', note: '湖北省安全生产技术中心' }],
      procuratorate: '咸安区人民检察院',
      copiedToProcuratorateOn: DAY,
      finePaidYuan: 0,
    });
    expect(pkg.status).toBe(200);
    expect(pkg.body).toMatchObject({ version: 2, procuratorate: '咸安区人民检察院', persons: [{ name: '刘某' }, { name: '陈某' }] });
    expect(pkg.body.materials.at(-1)).toEqual({ kind: 'other', name: '检验报告', number: '', note: '湖北省安全生产技术中心' });

    const stale = await refused(o1C, `${url}/receipt`, { version: 1, receivedOn: DAY, policeAuthority: '咸宁市公安局咸安区分局', receivedByName: '王警官' });
    expect(stale.status).toBe(409);
    const receipt = await o1C.send('POST', `${url}/receipt`, {
      version: 2,
      receivedOn: DAY,
      policeAuthority: '咸宁市公安局咸安区分局',
      receiptNumber: '咸公回〔2026〕8号',
      receivedByName: '王警官',
    });
    expect(receipt.body).toMatchObject({ state: 'received', period: { code: 'ct-police-filing', dueOn: '2026-03-05' } });
    // The workbench's card: the period running, in the subtree only.
    const agenda = await o2C.get('/api/transfers/agenda');
    expect(agenda.body.items.find((i: { id: string }) => i.id === t.id)).toMatchObject({ period: { code: 'ct-police-filing', overdue: false } });
    expect((await otherC.get('/api/transfers/agenda')).body.items).toEqual([]);

    const noReasons = await refused(o1C, `${url}/police-decision`, { version: 3, decision: 'refused', decidedOn: DAY, noticeReceivedOn: DAY, reasons: '' });
    expect(noReasons.status).toBe(400);
    expect(noReasons.body.error.field).toBe('reasons');
    const refusal = await o1C.send('POST', `${url}/police-decision`, {
      version: 3,
      decision: 'refused',
      decidedOn: DAY,
      noticeNumber: '咸公不立〔2026〕3号',
      noticeReceivedOn: DAY,
      reasons: '现有证据不足以证明造成重大伤亡事故或者其他严重后果',
    });
    expect(refusal.body).toMatchObject({ state: 'refused', policeDecision: 'refused', period: { code: 'ct-challenge', dueOn: '2026-03-05' } });

    // Asking the procuratorate is the head's or deputy's, and not on the hand that recorded the refusal.
    const supervision = { version: 4, requestedOn: DAY, procuratorate: '咸安区人民检察院', reasons: '公安机关不予立案理由不能成立，事故造成一人重伤' };
    expect((await refused(o1C, `${url}/supervision`, supervision)).status).toBe(403);
    expect((await refused(otherC, `${url}/supervision`, supervision)).status).toBe(403);
    const asked = await deputyC.send('POST', `${url}/supervision`, supervision);
    expect(asked.body).toMatchObject({ state: 'supervising', supervisionRequestedOn: DAY, period: null });
    const answer = await o2C.send('POST', `${url}/supervision-result`, {
      version: 5,
      result: 'upheld',
      resultOn: DAY,
      resultText: '检察院审查认为公安机关不立案理由成立',
    });
    expect(answer.body).toMatchObject({ state: 'refused', supervisionResult: 'upheld', acts: ['returnCase'] });

    // The case cannot be taken back on the case page: only the return here does it.
    const { version: caseVersion } = await getCase(w.app, systemActor, caseId);
    const direct = await refused(headC, `/api/cases/${caseId}/events`, { event: 'resumeAfterPolice', version: caseVersion, payload: { opinion: '直接移回' } });
    expect(direct.status).toBe(400);
    expect(direct.body.error.field).toBe('event');

    const back = { version: 6, returnKind: 'notFiled', returnedOn: DAY, opinion: '公安机关不予立案，检察院监督后维持，依法给予行政处罚' };
    expect((await refused(o1C, `${url}/return`, back)).status).toBe(403);
    const wrongKind = await refused(headC, `${url}/return`, { ...back, returnKind: 'withdrawn' });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.field).toBe('returnKind');
    const returned = await headC.send('POST', `${url}/return`, back);
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ state: 'returned', returnKind: 'notFiled', returnedOn: DAY, fineCreditText: '无已缴纳罚款或者判处罚金', acts: [] });

    const c = await getCase(w.app, head, caseId);
    expect(c.state).toBe('investigating');
    expect(c.events.at(-1)).toMatchObject({
      event: 'resumeAfterPolice',
      eventName: '公安机关移回，继续行政处罚',
      fromState: 'transferredToPolice',
      toState: 'investigating',
    });
    expect(c.events.at(-1)!.opinion).toContain('公安机关不予立案，移回行政处罚');
    // The officer can go on towards a decision: 调查终结 is offered again.
    expect((await getCase(w.app, o1, caseId)).availableEvents.map((e) => e.event)).toContain('completeInvestigation');

    const entries = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectType, 'criminalTransfer'), eq(ledgerEntry.subjectId, t.id)));
    expect(entries.map((e) => e.action)).toEqual([
      'criminalTransfer.opened',
      'criminalTransfer.updatePackage',
      'criminalTransfer.recordReceipt',
      'criminalTransfer.recordPoliceDecision',
      'criminalTransfer.requestSupervision',
      'criminalTransfer.recordSupervisionResult',
      'criminalTransfer.returnCase',
    ]);
    const [caseEntry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, caseId), eq(ledgerEntry.action, 'case.resumeAfterPolice')));
    expect(caseEntry.seq).toBe(entries.at(-1)!.seq + 1);
  });

  it('records an acceptance and a joint meeting, and refuses out of order, out of scope and in the future', async () => {
    const { t } = await transferred();
    const url = `/api/transfers/${t.id}`;
    expect((await otherC.get(url)).status).toBe(403);
    const decideEarly = await refused(o1C, `${url}/police-decision`, { version: 1, decision: 'filed', decidedOn: DAY, noticeReceivedOn: DAY });
    expect(decideEarly.status).toBe(422);
    expect(decideEarly.body.error).toMatchObject({ field: 'state', message: '移送处于「待公安机关接收」，不能登记公安机关立案或者不予立案决定' });
    await o1C.send('POST', `${url}/package`, {
      version: 1,
      persons: [{ name: '赵某', role: '作业人员' }],
      procuratorate: '咸安区人民检察院',
      copiedToProcuratorateOn: DAY,
      finePaidYuan: 5000,
    });
    const future = await refused(o1C, `${url}/receipt`, {
      version: 2,
      receivedOn: '2026-03-09',
      policeAuthority: '咸宁市公安局咸安区分局',
      receivedByName: '王警官',
    });
    expect(future.status).toBe(400);
    expect(future.body.error.field).toBe('receivedOn');
    await o1C.send('POST', `${url}/receipt`, { version: 2, receivedOn: DAY, policeAuthority: '咸宁市公安局咸安区分局', receivedByName: '王警官' });
    const filed = await o2C.send('POST', `${url}/police-decision`, { version: 3, decision: 'filed', decidedOn: DAY, noticeReceivedOn: DAY });
    expect(filed.body).toMatchObject({ state: 'filed', period: { code: 'ct-handover' }, acts: ['returnCase', 'conclude'] });
    const ended = await o1C.send('POST', `${url}/conclude`, {
      version: 4,
      concludedOn: DAY,
      outcome: '人民法院以重大责任事故罪判处刘某有期徒刑一年，并处罚金',
      criminalFineYuan: 20000,
    });
    expect(ended.body).toMatchObject({ state: 'concluded', fineCreditText: expect.stringContaining('折抵罚金5000元') });

    const meeting = {
      orgId: w.orgs.county.id,
      heldOn: DAY,
      participants: ['咸安区应急管理局', '咸宁市公安局咸安区分局', '咸安区人民检察院'],
      topics: '通报一季度移送案件',
      conclusions: '建立移送案件会商机制',
    };
    expect((await refused(o1C, '/api/transfers/joint-meetings', { ...meeting, participants: ['咸安区应急管理局'] })).status).toBe(400);
    expect((await refused(otherC, '/api/transfers/joint-meetings', meeting)).status).toBe(403);
    expect((await o1C.send('POST', '/api/transfers/joint-meetings', meeting)).status).toBe(200);
    const meetings = await o2C.get('/api/transfers/joint-meetings');
    expect(meetings.body).toMatchObject({ total: 1, items: [{ heldOn: DAY, participants: meeting.participants }] });
  });

  it('lists with search, filter, sort and page, and exports the same filter', async () => {
    const all = await o1C.get('/api/transfers?sort=partyName&order=asc&pageSize=1');
    expect(all.body).toMatchObject({ total: 2, pageSize: 1 });
    expect((await o1C.get('/api/transfers?state=returned')).body.total).toBe(1);
    expect((await o1C.get(`/api/transfers?q=${encodeURIComponent('行刑衔接测试')}`)).body.total).toBe(2);
    expect((await o1C.get('/api/transfers?q=nobody')).body.total).toBe(0);
    expect((await otherC.get('/api/transfers')).body.total).toBe(0);
    const sheet = await w.http.inject({ method: 'GET', url: '/api/transfers/export.xlsx?state=returned', headers: { cookie: o1C.cookie } });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
  });

  it('counts as the bare SQL does', async () => {
    const scope = { orgId: w.orgs.county.id, orgPath: w.orgs.county.path, from: '2026-03-01', to: '2026-03-31' };
    const measured = await transferFigures.measure(w.app.db, scope);
    expect(measured).toEqual({
      'transfers.cases': { count: 2 },
      'transfers.persons': { count: 3 },
      'transfers.accepted': { count: 1 },
      'transfers.refused': { count: 1 },
      'transfers.supervised': { count: 1 },
      'transfers.returned': { count: 1 },
      'transfers.jointMeetings': { count: 1 },
    });
    const bare = bareStatements(scope.orgPath, scope.from, scope.to).find((b) => b.module === 'transfers')!;
    const [row] = await rows<Record<string, unknown>>(w.app.db, bare.query);
    expect(bare.read(row)).toEqual(measured);
    const sibling = await transferFigures.measure(w.app.db, { ...scope, orgId: w.orgs.siblingCounty.id, orgPath: w.orgs.siblingCounty.path });
    expect(Object.values(sibling).every((m) => 'count' in m && m.count === 0)).toBe(true);
  });
});
