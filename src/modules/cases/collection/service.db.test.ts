// 抽样取证 and 先行登记保存 over HTTP (行政处罚法 第五十六条): refused before investigation, numbered
// with the act and its ledger entry, approved only by a head who is not an investigator, decided
// within seven working days (refused after, writing nothing), in the agenda, downloaded as PDF/DOCX.
import { and, eq, inArray } from 'drizzle-orm';
import { pdfText } from '../../../platform/testing/pdf-text.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../../platform/context.js';
import { instrumentNumber } from '../../../platform/documents/schema.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { fire, getCase } from '../service.js';
import { draftCase, staff } from '../testing.js';
import type { CaseEventName } from '../workflow/machine.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, headInv: Actor, head: Actor;
let enterpriseId: string;
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`)); // 10:00 in China

async function step(actor: Actor, id: string, event: CaseEventName) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload: {}, version });
}
const version = async (id: string) => (await getCase(w.app, systemActor, id)).version;
const sampling = (v: number, over: Record<string, unknown> = {}) => ({
  version: v,
  items: [{ name: '工业用二氯甲烷', specification: '250kg/桶', quantity: 2, unit: '桶', batch: '20260105' }],
  place: '测试化工有限公司甲类仓库',
  sampledAt: '2026-02-11T03:00:00Z',
  method: 'random',
  methodNote: '随机抽取两桶并封样',
  witnessName: '李四',
  officerIds: [inv1.userId, inv2.userId],
  ...over,
});
const preservation = (v: number, name = '可燃气体报警控制器') => ({
  version: v,
  items: [{ name, specification: 'JB-TB-AEC2301', quantity: 1, unit: '台', storagePlace: '当事人中控室，原地封存' }],
  reason: '报警记录可能被删除，证据可能灭失',
  officerIds: [inv1.userId, inv2.userId],
});
async function download(c: Client, id: string, kind: string, query: string) {
  const res = await c.get(`/api/cases/${id}/instruments/${kind}?${query}`);
  return { status: res.status, body: res.status === 200 ? Buffer.from(res.body) : Buffer.alloc(0) };
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  inv1 = await staff(w, 'cl.inv1', w.orgs.county, ['officer']);
  inv2 = await staff(w, 'cl.inv2', w.orgs.county, ['officer']);
  headInv = await staff(w, 'cl.headinv', w.orgs.county, ['officer', 'head']);
  head = await staff(w, 'cl.head', w.orgs.county, ['head']);
  await staff(w, 'cl.stranger', w.orgs.county, ['officer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(13, '421202'))).id;
}, 60_000);
afterAll(() => w.close());

describe('抽样取证 and 先行登记保存', () => {
  it('records, approves, decides within seven working days, refuses after, and serves the instruments', async () => {
    on('2026-02-10');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2, headInv]);
    let officer!: Client, boss!: Client, bossInv!: Client;
    // Sessions lapse while the clock jumps days ahead: sign in again on each new day.
    const day = async (date: string) => {
      on(date);
      [officer, boss, bossInv] = [await signIn(w, 'cl.inv1'), await signIn(w, 'cl.head'), await signIn(w, 'cl.headinv')];
    };
    await day('2026-02-10');

    // Not under investigation yet: both refused, naming the state and the article.
    expect(await officer.send('POST', `/api/cases/${c.id}/samplings`, sampling(c.version))).toMatchObject({
      status: 422,
      body: { error: { field: 'state', message: '只有调查中的案件可以抽样取证' } },
    });
    expect(await officer.send('POST', `/api/cases/${c.id}/preservations`, preservation(c.version))).toMatchObject({
      status: 422,
      body: { error: { field: 'state' } },
    });

    await step(inv1, c.id, 'submitFiling');
    const filed = await step(head, c.id, 'approveFiling');
    const v0 = filed.version;
    const post = (url: string, body: unknown, client?: Client) => (client ?? officer).send('POST', `/api/cases/${c.id}${url}`, body);

    // 抽样取证: two of the case's investigators, version checked, numbered with the act.
    expect((await post('/samplings', sampling(v0, { officerIds: [inv1.userId, inv1.userId] }))).body).toMatchObject({ error: { field: 'officerIds' } });
    expect((await post('/samplings', sampling(v0 - 1))).status).toBe(409);
    expect((await post('/samplings', sampling(v0), await signIn(w, 'cl.stranger'))).status).toBe(403);
    const sampled = await post('/samplings', sampling(v0));
    expect(sampled).toMatchObject({ status: 201, body: { index: 0, version: v0 + 1 } });
    expect(sampled.body.number).toMatch(/^（.+）应急抽〔2026〕1号$/);

    // 先行登记保存: requested by an investigator, approved by a head who does not investigate the case.
    expect((await post('/preservations', preservation(v0 + 1))).body).toEqual({ index: 0, version: v0 + 2 });
    expect((await post('/preservations', preservation(v0 + 2, '出入库台账'))).body).toEqual({ index: 1, version: v0 + 3 });
    await day('2026-02-12');
    const before = await headSeq(w.app.db);
    const own = await post('/preservations/0/approval', { version: v0 + 3, approve: true }, bossInv);
    expect(own).toMatchObject({
      status: 403,
      body: { error: { field: 'actor', message: '职责分离：本案调查人员不得审批本案的先行登记保存（审批与调查分离）' } },
    });
    expect((await post('/preservations/0/approval', { version: v0 + 3, approve: true })).status).toBe(403); // an officer
    expect((await post('/preservations/0/decision', { version: v0 + 3, kind: 'release', details: '解除' }, boss)).body).toMatchObject({
      error: { field: 'status', message: expect.stringContaining('尚未经负责人批准') },
    });
    expect((await post('/preservations/5/approval', { version: v0 + 3, approve: true }, boss)).status).toBe(404);
    expect(await headSeq(w.app.db)).toBe(before);

    const approved = await post('/preservations/0/approval', { version: v0 + 3, approve: true, opinion: '同意先行登记保存。' }, boss);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ index: 0, decisionDueOn: '2026-02-28', version: v0 + 4 }); // 7 working days across 春节
    expect(approved.body.noticeNumber).toMatch(/应急先保〔2026〕1号$/);
    expect((await post('/preservations/0/approval', { version: v0 + 4, approve: true }, boss)).body).toMatchObject({ error: { field: 'status' } });
    expect((await post('/preservations/1/approval', { version: v0 + 4, approve: true }, boss)).body.decisionDueOn).toBe('2026-02-28');

    // In the agenda on the last day of the holiday: both due this week.
    await day('2026-02-23');
    const agenda = await boss.get('/api/cases/agenda');
    expect(
      agenda.body.dueThisWeek
        .filter((i: { caseId: string; deadline: { kind: string } }) => i.caseId === c.id && i.deadline.kind === 'preservationDecision')
        .map((i: { deadline: { dueOn: string; workdaysLeft: number } }) => [i.deadline.dueOn, i.deadline.workdaysLeft]),
    ).toEqual([
      ['2026-02-28', 5],
      ['2026-02-28', 5],
    ]);

    // The decision within the period, by a head; the case may have moved on meanwhile.
    await day('2026-02-27');
    expect((await post('/preservations/0/decision', { version: v0 + 5, kind: 'release', details: '解除' }, bossInv)).status).toBe(403);
    const decided = await post('/preservations/0/decision', { version: v0 + 5, kind: 'release', details: '已拍照、复制报警记录，解除先行登记保存' }, boss);
    expect(decided).toMatchObject({ status: 200, body: { index: 0, version: v0 + 6 } });
    expect(decided.body.number).toMatch(/应急先处〔2026〕1号$/);

    // The second one after the seventh working day: refused, naming the field and the article, writing nothing.
    await day('2026-03-01');
    const late = await headSeq(w.app.db);
    expect(await post('/preservations/1/decision', { version: v0 + 6, kind: 'release', details: '解除' }, boss)).toMatchObject({
      status: 422,
      body: {
        error: {
          field: 'decidedOn',
          message: '处理决定日期（decidedOn）已超过七个工作日的处理期限（2026-02-28），不能再作出处理决定',
          article: '行政处罚法 第五十六条、第八十五条',
        },
      },
    });
    expect(await headSeq(w.app.db)).toBe(late);
    expect(await version(c.id)).toBe(v0 + 6);

    // Each act is one ledger entry, its number issued in the same transaction under the case.
    const actions = ['case.recordSampling', 'case.requestPreservation', 'case.approvePreservation', 'case.decidePreservation'];
    const entries = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, c.id), inArray(ledgerEntry.action, [...actions, 'instrument.numbered'])));
    expect(actions.map((a) => entries.filter((e) => e.action === a).length)).toEqual([1, 2, 2, 1]);
    const numbered = entries.filter((e) => e.action === 'instrument.numbered').map((e) => (e.payload as { number: string }).number);
    expect(numbered).toEqual(expect.arrayContaining([sampled.body.number, approved.body.noticeNumber, decided.body.number]));
    type Act = { number?: string; noticeNumber?: string | null; decision?: { number: string } | null };
    const numberOfAct = (action: string, p: Act) =>
      action === 'case.recordSampling'
        ? p.number
        : action === 'case.approvePreservation'
          ? p.noticeNumber
          : action === 'case.decidePreservation'
            ? p.decision?.number
            : undefined;
    const acts = entries.filter((e) => e.action !== 'instrument.numbered' && numberOfAct(e.action, e.payload as Act));
    expect(acts).toHaveLength(4);
    for (const act of acts) {
      const n = numberOfAct(act.action, act.payload as Act);
      expect(entries.find((e) => e.action === 'instrument.numbered' && (e.payload as { number: string }).number === n)?.seq, act.action).toBe(act.seq - 1);
    }
    const issued = await w.app.db.select().from(instrumentNumber).where(eq(instrumentNumber.subjectId, c.id));
    expect(issued.map((i) => i.type).sort()).toEqual(['filingApproval', 'preservationDecision', 'preservationNotice', 'preservationNotice', 'samplingVoucher']);

    const detail = await getCase(w.app, systemActor, c.id);
    expect(detail.samplings).toEqual([
      { number: sampled.body.number, sampledAt: '2026-02-11T03:00:00Z', place: '测试化工有限公司甲类仓库', itemNames: ['工业用二氯甲烷'] },
    ]);
    expect(detail.preservations.map((p) => [p.status, p.decisionDueOn, p.decisionKind, p.decisionNumber])).toEqual([
      ['decided', '2026-02-28', 'release', decided.body.number],
      ['approved', '2026-02-28', null, null],
    ]);

    // Downloads rebuild the stored acts under their numbers, and issue nothing.
    const voucher = await download(officer, c.id, 'sampling', 'format=pdf&index=0');
    expect(voucher.status).toBe(200);
    const vt = pdfText(voucher.body);
    expect(vt).toContain(sampled.body.number);
    expect(vt).toContain('工业用二氯甲烷');
    expect(vt).toContain('2026年2月11日11时00分');
    const notice = pdfText((await download(officer, c.id, 'preservationNotice', 'format=pdf&index=1')).body);
    expect(notice).toContain('出入库台账');
    expect(notice).toContain('2026年2月28日前');
    const decision = pdfText((await download(boss, c.id, 'preservationDecision', 'format=pdf')).body);
    expect(decision).toContain(decided.body.number);
    expect(decision).toContain('解除先行登记保存');
    for (const kind of ['sampling', 'preservationNotice', 'preservationDecision']) {
      const docx = await download(officer, c.id, kind, 'format=docx&index=0');
      expect(docx.body.subarray(0, 2).toString('latin1'), kind).toBe('PK');
    }
    expect((await download(officer, c.id, 'preservationDecision', 'index=1')).status).toBe(422);
    expect((await download(officer, c.id, 'sampling', 'index=1')).status).toBe(404);
    expect(await version(c.id)).toBe(v0 + 6);
  }, 90_000);

  it('a refused request needs the head’s reasons and gets no notice', async () => {
    on('2026-03-02');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    await step(inv1, c.id, 'submitFiling');
    const filed = await step(head, c.id, 'approveFiling');
    const officer = await signIn(w, 'cl.inv2');
    const boss = await signIn(w, 'cl.head');
    await officer.send('POST', `/api/cases/${c.id}/preservations`, preservation(filed.version));
    expect((await boss.send('POST', `/api/cases/${c.id}/preservations/0/approval`, { version: filed.version + 1, approve: false })).body).toMatchObject({
      error: { field: 'opinion' },
    });
    const refused = await boss.send('POST', `/api/cases/${c.id}/preservations/0/approval`, {
      version: filed.version + 1,
      approve: false,
      opinion: '证据不存在灭失可能，不予批准。',
    });
    expect(refused.body).toMatchObject({ noticeNumber: null, decisionDueOn: null });
    expect((await getCase(w.app, systemActor, c.id)).preservations[0]).toMatchObject({ status: 'refused', approvalOpinion: '证据不存在灭失可能，不予批准。' });
    expect((await officer.get(`/api/cases/${c.id}/instruments/preservationNotice`)).status).toBe(422);
    const refusals = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, c.id), eq(ledgerEntry.action, 'case.refusePreservation')));
    expect(refusals).toHaveLength(1);
  }, 60_000);
});
