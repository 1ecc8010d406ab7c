// 信用修复 and 异议 through the routes. A county enterprise is listed on 2025-03-03 from an on-the-spot
// penalty whose publication is out. On 2026-03-02 its application is refused (not 12 months); on
// 2026-03-03 incomplete claims are refused naming the condition, a complete one is taken; the head who
// reviewed it may not decide it (403, 职责分离); the deputy approves (信修): the listing leaves the
// public list and the penalty decision's publication is withdrawn (信用修复). Found obtained by fraud,
// the removal is revoked (信撤) and the listing is back. A second application is refused with reasons.
// Objections: filed by the enterprise, corrected with new facts or upheld. The enterprise's credit
// page shows all of it with its penalty. Every refusal writes nothing and says what is wrong in Chinese.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAccount } from '../../../platform/auth/schema.js';
import { type Actor, systemActor } from '../../../platform/context.js';
import { instrumentText } from '../../../platform/documents/render/model.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { addUser, type Client, createWorld, signIn, type TestWorld } from '../../../testing/fixture.js';
import { createCase, fire, getCase } from '../../cases/service.js';
import { staff } from '../../cases/testing.js';
import { runDailyDisclosure } from '../../disclosure/service.js';
import { disclosure } from '../../disclosure/schema.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { JOINT_MEASURE_CODES, REPAIR_CONDITION_CODES } from '../codes.js';
import { creditFigures } from '../figures.js';
import { decideListing, proposeListing, recordStatement, serveNotice } from '../service.js';
import { buildRepairDecision, buildRepairRevocation } from './instruments.js';
import { repairDueOn } from './rules.js';
import { getRepair } from './service.js';

let w: TestWorld;
let officerA: Actor, headA: Actor;
let officer: Client, head: Client, deputy: Client, cityHead: Client, company: Client, stranger: Client, other: Client;
let entId: string;
let caseId: string;
let listingId: string;
const USERS = ['rp.officer', 'rp.head', 'rp.deputy', 'rp.cityHead', 'rp.company', 'rp.stranger', 'rp.other'] as const;

async function on(date: string) {
  w.clock.set(new Date(`${date}T02:00:00Z`));
  [officer, head, deputy, cityHead, company, stranger, other] = await Promise.all(USERS.map((u) => signIn(w, u)));
}

async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), `${url} refused, wrote nothing`).toBe(seq);
  return r;
}

const claims = () => REPAIR_CONDITION_CODES.map((code) => ({ code, met: code !== 'training', evidence: code === 'training' ? '' : `${code}：见所附材料` }));
const publicList = async () => (await w.http.inject({ method: 'GET', url: '/api/public/credit/listings?pageSize=100' })).json() as { items: { id: string }[] };
const entries = (subjectId: string) => w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, subjectId)).orderBy(asc(ledgerEntry.seq));
const decisionDisclosure = async () =>
  (
    await w.app.db
      .select()
      .from(disclosure)
      .where(and(eq(disclosure.sourceType, 'penaltyCase'), eq(disclosure.sourceId, caseId)))
  )[0];

beforeAll(async () => {
  w = await createWorld(new Date('2025-03-03T02:00:00Z'));
  const { county, siblingCounty, city } = w.orgs;
  const chief = await staff(w, 'rp.chief', county, ['sectionChief', 'officer']);
  officerA = await staff(w, 'rp.officer', county, ['officer']);
  headA = await staff(w, 'rp.head', county, ['head']);
  await staff(w, 'rp.deputy', county, ['deputyHead']);
  await staff(w, 'rp.cityHead', city, ['head']);
  await staff(w, 'rp.other', siblingCounty, ['officer']);
  entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(72, '421202', { name: '咸宁市修复测试化工有限公司' }))).id;
  const strangerEnt = (await createEnterprise(w.app, systemActor, sampleEnterprise(73, '421202', { name: '咸宁市旁人化工有限公司' }))).id;
  for (const [name, ent] of [
    ['rp.company', entId],
    ['rp.stranger', strangerEnt],
  ] as const) {
    const u = await addUser(w, name, county.id, ['enterpriseUser']);
    await w.app.db.update(userAccount).set({ enterpriseId: ent }).where(eq(userAccount.id, u.id));
  }
  // Listed on 2025-03-03 from an on-the-spot decision, the statement heard the same day.
  const c = await createCase(w.app, chief, {
    orgId: county.id,
    procedure: 'summary',
    partyKind: 'organisation',
    enterpriseId: entId,
    violationTypeCode: 'WSL-97-1',
    violationDate: '2025-03-03',
    summary: '现场发现未配备安全生产管理人员',
    investigatorIds: [chief.userId!],
  });
  const { version } = await getCase(w.app, systemActor, c.id);
  await fire(w.app, chief, c.id, { event: 'decideOnSite', version, payload: { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } } });
  caseId = c.id;
  let l = await proposeListing(w.app, officerA, {
    caseId,
    criterion: 'otherSerious',
    facts: '该单位拒不整改重大事故隐患，继续组织冒险作业，性质恶劣、情节严重',
  });
  l = await serveNotice(w.app, officerA, l.id, { version: l.version, servedOn: '2025-03-03' });
  l = await recordStatement(w.app, officerA, l.id, { version: l.version, statement: '我单位无异议', receivedOn: '2025-03-03' });
  l = await decideListing(w.app, headA, l.id, { version: l.version, outcome: 'list', reason: '陈述申辩未提出新的事实和理由，不予采纳' });
  expect(l).toMatchObject({ state: 'listed', listedOn: '2025-03-03', termEndsOn: '2028-03-02' });
  listingId = l.id;
  // The decision's publication falls due and goes out.
  w.clock.set(new Date('2025-03-20T02:00:00Z'));
  await runDailyDisclosure(w.app);
  expect((await decisionDisclosure()).status).toBe('published');
}, 120_000);
afterAll(() => w.close());

describe('信用修复: apply → review → decide → removed; revoked for fraud; refused', () => {
  let repairId: string;

  it('refuses an application before 12 months on the list, and what is not the enterprise’s own', async () => {
    await on('2026-03-02');
    const early = await refused(company, '/api/credit/repairs', { listingId, claims: claims() });
    expect([early.status, early.body.error.field]).toEqual([422, 'listingId']);
    expect(early.body.error.message).toBe('列入名单未满12个月：2025-03-03 列入，自 2026-03-03 起可以申请提前移出');
    await on('2026-03-03');
    expect((await refused(stranger, '/api/credit/repairs', { listingId, claims: claims() })).status).toBe(403);
    expect((await refused(other, '/api/credit/repairs', { listingId, claims: claims() })).status).toBe(403);
  });

  it('refuses incomplete claims naming the condition, in Chinese', async () => {
    const noCommitment = claims().map((c) => (c.code === 'creditCommitment' ? { ...c, met: false } : c));
    const r1 = await refused(company, '/api/credit/repairs', { listingId, claims: noCommitment });
    expect([r1.status, r1.body.error.field]).toEqual([400, 'claims.3.met']);
    expect(r1.body.error.message).toMatch(/^不符合提前移出条件：已作出并公开信用承诺/);
    const noEvidence = claims().map((c) => (c.code === 'penaltyPerformed' ? { ...c, evidence: '' } : c));
    const r2 = await refused(company, '/api/credit/repairs', { listingId, claims: noEvidence });
    expect([r2.status, r2.body.error.field]).toEqual([400, 'claims.0.evidence']);
    const r3 = await refused(company, '/api/credit/repairs', { listingId, claims: claims().slice(1) });
    expect([r3.status, r3.body.error.message]).toEqual([400, '请填写条件“已经履行行政处罚决定规定的义务（罚款已缴清等）”']);
    const r4 = await refused(company, '/api/credit/repairs', { listingId: 'x', claims: claims() });
    expect([r4.status, r4.body.error.field]).toEqual([400, 'listingId']);
  });

  it('takes the enterprise’s complete application online, once', async () => {
    const r = await company.send('POST', '/api/credit/repairs', { listingId, claims: claims() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      state: 'applied',
      channel: 'online',
      appliedOn: '2026-03-03',
      dueOn: repairDueOn('2026-03-03'),
      enterpriseName: '咸宁市修复测试化工有限公司',
    });
    expect(r.body.claims.find((c: { code: string }) => c.code === 'creditCommitment')).toMatchObject({
      met: true,
      required: true,
      basis: expect.stringContaining('待核'),
    });
    repairId = r.body.id;
    const again = await refused(officer, '/api/credit/repairs', { listingId, claims: claims() });
    expect([again.status, again.body.error.message]).toEqual([409, '该名单记录已有正在办理的提前移出申请']);
    // The enterprise reads its own application, not another's; it may not review it.
    expect((await company.get(`/api/credit/repairs/${repairId}`)).status).toBe(200);
    expect((await stranger.get(`/api/credit/repairs/${repairId}`)).status).toBe(403);
    expect((await refused(company, `/api/credit/repairs/${repairId}/review`, { version: 1, opinion: 'support', note: '自己审查自己' })).status).toBe(403);
  });

  it('is reviewed, and the reviewer may not decide it (403, 职责分离); the deciding bureau decides', async () => {
    const early = await refused(deputy, `/api/credit/repairs/${repairId}/decide`, { version: 1, decision: 'approve', reason: '未经审查径行决定' });
    expect(early.status).toBe(409);
    const bad = await refused(head, `/api/credit/repairs/${repairId}/review`, { version: 1, opinion: 'maybe', note: '经核查材料属实' });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'opinion']);
    const reviewed = await head.send('POST', `/api/credit/repairs/${repairId}/review`, {
      version: 1,
      opinion: 'support',
      note: '经核查，罚款已缴清，隐患已整改，信用承诺已公开',
    });
    expect(reviewed.body).toMatchObject({ state: 'reviewed', reviewOpinion: 'support', reviewedOn: '2026-03-03' });
    const same = await refused(head, `/api/credit/repairs/${repairId}/decide`, { version: 2, decision: 'approve', reason: '同意提前移出' });
    expect([same.status, same.body.error.message]).toEqual([403, '职责分离：审查该信用修复申请的人员不得作出准予或不予提前移出严重失信主体名单的决定']);
    expect((await refused(cityHead, `/api/credit/repairs/${repairId}/decide`, { version: 2, decision: 'approve', reason: '同意提前移出' })).status).toBe(403);
    expect((await refused(officer, `/api/credit/repairs/${repairId}/decide`, { version: 2, decision: 'approve', reason: '同意提前移出' })).status).toBe(403);
    expect((await refused(deputy, `/api/credit/repairs/${repairId}/decide`, { version: 1, decision: 'approve', reason: '同意提前移出' })).status).toBe(409);
  });

  it('approved: off the public list, the penalty decision’s publication withdrawn, 信修 numbered, all on the ledger', async () => {
    expect((await publicList()).items.map((i) => i.id)).toContain(listingId);
    const r = await deputy.send('POST', `/api/credit/repairs/${repairId}/decide`, {
      version: 2,
      decision: 'approve',
      reason: '经核实，当事人已履行处罚决定、消除不良影响并公开作出信用承诺',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ state: 'approved', decision: 'approve', decidedOn: '2026-03-03' });
    expect(r.body.decisionNumber).toMatch(/应急信修〔2026〕1号$/);
    const listing = (await officer.get(`/api/credit/listings/${listingId}`)).body;
    expect(listing).toMatchObject({ state: 'removed', removedOn: '2026-03-03', removalReason: 'repaired' });
    expect((await publicList()).items.map((i) => i.id)).not.toContain(listingId);
    expect(await decisionDisclosure()).toMatchObject({ status: 'withdrawn', withdrawalReason: 'creditRepair' });
    expect((await entries(repairId)).map((e) => e.action)).toEqual([
      'credit.repairApplied',
      'credit.repairReviewed',
      'instrument.numbered',
      'credit.repairApproved',
    ]);
    expect((await entries(listingId)).map((e) => e.action).at(-1)).toBe('credit.removedEarly');
    const text = instrumentText(buildRepairDecision(await getRepair(w.app, systemActor, repairId))).join('\n');
    expect(text).toContain('决定准予你单位提前移出安全生产严重失信主体名单');
    const docx = await officer.get(`/api/credit/repairs/${repairId}/instruments/decision?format=docx`);
    expect(docx.status).toBe(200);
    const none = await officer.get(`/api/credit/repairs/${repairId}/instruments/revocation?format=pdf`);
    expect([none.status, none.body.error.message]).toEqual([422, '未撤销提前移出决定，没有撤销决定书']);
  });

  it('revoked when obtained by fraud: 信撤, back on the list and the public list, ledgered', async () => {
    await on('2026-04-01');
    const short = await refused(deputy, `/api/credit/repairs/${repairId}/revoke`, { version: 3, reason: '太短' });
    expect([short.status, short.body.error.field]).toEqual([400, 'reason']);
    expect((await refused(officer, `/api/credit/repairs/${repairId}/revoke`, { version: 3, reason: '经查，申请所附罚款缴纳凭证系伪造' })).status).toBe(403);
    const r = await deputy.send('POST', `/api/credit/repairs/${repairId}/revoke`, {
      version: 3,
      reason: '经查，申请所附罚款缴纳凭证系伪造，隐瞒了未缴清罚款的真实情况',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ state: 'revoked', revokedOn: '2026-04-01' });
    expect(r.body.revocationNumber).toMatch(/应急信撤〔2026〕1号$/);
    expect((await officer.get(`/api/credit/listings/${listingId}`)).body).toMatchObject({
      state: 'listed',
      removedOn: null,
      removalReason: null,
      termEndsOn: '2028-03-02',
    });
    expect((await publicList()).items.map((i) => i.id)).toContain(listingId);
    expect((await entries(listingId)).map((e) => e.action).at(-1)).toBe('credit.restored');
    expect((await entries(repairId)).map((e) => e.action).at(-1)).toBe('credit.repairRevoked');
    expect(instrumentText(buildRepairRevocation(await getRepair(w.app, systemActor, repairId))).join('\n')).toContain('恢复你单位的列入状态');
    expect((await refused(deputy, `/api/credit/repairs/${repairId}/revoke`, { version: 4, reason: '经查，申请所附罚款缴纳凭证系伪造' })).status).toBe(409);
  });

  it('refused with reasons: the listing stays on the list', async () => {
    const a = await officer.send('POST', '/api/credit/repairs', { listingId, claims: claims() });
    expect(a.body).toMatchObject({ state: 'applied', channel: 'counter' });
    // The officer recorded it at the counter and reviews it; the head decides.
    const rv = await officer.send('POST', `/api/credit/repairs/${a.body.id}/review`, {
      version: 1,
      opinion: 'oppose',
      note: '此前以伪造材料取得提前移出，不宜再予修复',
    });
    expect(rv.body.state).toBe('reviewed');
    const no = await refused(head, `/api/credit/repairs/${a.body.id}/decide`, { version: 2, decision: 'refuse', reason: '短' });
    expect([no.status, no.body.error.field]).toEqual([400, 'reason']);
    const d = await head.send('POST', `/api/credit/repairs/${a.body.id}/decide`, {
      version: 2,
      decision: 'refuse',
      reason: '当事人曾以弄虚作假手段申请提前移出，本次不予提前移出',
    });
    expect(d.body).toMatchObject({ state: 'refused', decision: 'refuse' });
    expect(d.body.decisionNumber).toMatch(/应急信修〔2026〕2号$/);
    expect(instrumentText(buildRepairDecision(d.body)).join('\n')).toContain('决定不予提前移出');
    expect((await officer.get(`/api/credit/listings/${listingId}`)).body.state).toBe('listed');
    expect((await publicList()).items.map((i) => i.id)).toContain(listingId);
  });
});

describe('异议', () => {
  it('is filed by the enterprise while listed, once at a time, and corrected with new facts or upheld', async () => {
    const short = await refused(company, '/api/credit/objections', { listingId, content: '有误' });
    expect([short.status, short.body.error.field]).toEqual([400, 'content']);
    expect((await refused(stranger, '/api/credit/objections', { listingId, content: '列入事实中“冒险作业”与实际不符' })).status).toBe(403);
    const o = await company.send('POST', '/api/credit/objections', { listingId, content: '列入事实中“继续组织冒险作业”与实际不符，当时已停产' });
    expect(o.status, JSON.stringify(o.body)).toBe(200);
    expect(o.body).toMatchObject({ state: 'received', channel: 'online', receivedOn: '2026-04-01' });
    const twice = await refused(company, '/api/credit/objections', { listingId, content: '再次提出同一异议内容' });
    expect(twice.status).toBe(409);
    expect((await refused(company, `/api/credit/objections/${o.body.id}/handle`, { version: 1, outcome: 'uphold', reason: '企业自行处理' })).status).toBe(403);
    const noFacts = await refused(officer, `/api/credit/objections/${o.body.id}/handle`, { version: 1, outcome: 'correct', reason: '经核查异议成立' });
    expect([noFacts.status, noFacts.body.error.field]).toEqual([400, 'correctedFacts']);
    const facts = '该单位拒不整改重大事故隐患，性质恶劣、情节严重（经异议核查，删去“继续组织冒险作业”）';
    const c = await officer.send('POST', `/api/credit/objections/${o.body.id}/handle`, {
      version: 1,
      outcome: 'correct',
      reason: '经调取检查记录，当日已停产，异议成立',
      correctedFacts: facts,
    });
    expect(c.body).toMatchObject({ state: 'corrected', correctedFacts: facts, priorFacts: '该单位拒不整改重大事故隐患，继续组织冒险作业，性质恶劣、情节严重' });
    expect((await officer.get(`/api/credit/listings/${listingId}`)).body.facts).toBe(facts);
    const o2 = await officer.send('POST', '/api/credit/objections', { listingId, content: '企业来窗口称列入情形适用错误' });
    expect(o2.body.channel).toBe('counter');
    const u = await officer.send('POST', `/api/credit/objections/${o2.body.id}/handle`, {
      version: 1,
      outcome: 'uphold',
      reason: '经核查列入情形适用正确，维持原信息',
    });
    expect(u.body).toMatchObject({ state: 'upheld', correctedFacts: null });
    expect((await entries(o.body.id)).map((e) => e.action)).toEqual(['credit.objectionFiled', 'credit.objectionCorrected']);
    expect((await entries(o2.body.id)).map((e) => e.action)).toEqual(['credit.objectionFiled', 'credit.objectionUpheld']);
  });
});

describe("the enterprise's credit page and the figures", () => {
  it('shows its listings, repairs, objections and penalties to the enterprise and to staff of the subtree', async () => {
    const mine = await company.get('/api/credit/mine');
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body).toMatchObject({ enterpriseId: entId, listedNow: true });
    expect(mine.body.listings.map((l: { id: string }) => l.id)).toEqual([listingId]);
    expect(mine.body.repairs.map((r: { state: string }) => r.state).sort()).toEqual(['refused', 'revoked']);
    expect(mine.body.objections).toHaveLength(2);
    expect(mine.body.penalties).toHaveLength(1);
    expect(mine.body.penalties[0]).toMatchObject({ caseId, fineYuan: 2000 });
    const staffView = await officer.get(`/api/credit/enterprises/${entId}`);
    expect(staffView.body.repairs).toHaveLength(2);
    // 联合惩戒 in force while listed: every measure, until the listing's term end, naming its decision.
    const term = mine.body.listings[0].termEndsOn;
    expect(mine.body.measures.map((m: { code: string }) => m.code)).toEqual([...JOINT_MEASURE_CODES]);
    expect(mine.body.measures.find((m: { code: string }) => m.code === 'moreInspections')).toMatchObject({
      zhifa: 'draws',
      until: term,
      decisionNumbers: [mine.body.listings[0].decisionNumber],
    });
    expect(staffView.body.measures).toEqual(mine.body.measures);
    expect((await other.get(`/api/credit/enterprises/${entId}`)).status).toBe(403);
    expect((await stranger.get(`/api/credit/enterprises/${entId}`)).status).toBe(403);
    expect((await officer.get('/api/credit/mine')).status).toBe(403);
  });

  it('counts removals by repair, repairs applied and approved, and objections', async () => {
    const s = { orgId: w.orgs.county.id, orgPath: w.orgs.county.path, from: '2026-01-01', to: '2026-12-31' };
    const m = await creditFigures.measure(w.app.db, s);
    // The approval stands as a decision made; the removal it made was revoked.
    expect(m).toMatchObject({
      'credit.repairsApplied': { count: 1 },
      'credit.repairsApproved': { count: 1 },
      'credit.repairRemoved': { count: 0 },
      'credit.removed': { count: 0 },
      'credit.objections': { count: 1 },
      'credit.current': { count: 1 },
    });
  });
});
