// 严重失信主体名单 through the routes: an officer proposes a listing from the county's decided penalty,
// serves the notice (信告), records the statement; the county head lists it (信列) and the service is
// recorded; the public list shows it without a word of the facts; three years on the daily job removes
// it. Refusals: 400 naming the field, 403 for the wrong role, org, deciding bureau or duty, 404 for no
// such case, 409 on a stale version or a second proposal, 422 before the statement period ends or for
// an undecided case; none writes a ledger entry.
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, systemActor } from '../../platform/context.js';
import { instrumentText } from '../../platform/documents/render/model.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { type Client, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { createCase, fire, getCase } from '../cases/service.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { removeExpired } from './expiry.js';
import { buildDecision, buildNotice } from './instruments.js';
import { getListing } from './service.js';

let w: TestWorld;
let chief: Actor;
let officer: Client, head: Client, cityHead: Client, reviewer: Client, other: Client, anonymous: Client;
let entId: string;
let listedId: string;
const USERS = ['cr.officer', 'cr.head', 'cr.cityHead', 'cr.reviewer', 'cr.other'] as const;
/** Sets the day (10:00 in China) and signs everyone in again: a session idles out when the clock jumps. */
async function on(date: string) {
  w.clock.set(new Date(`${date}T02:00:00Z`));
  [officer, head, cityHead, reviewer, other] = await Promise.all(USERS.map((u) => signIn(w, u)));
}

/** A case decided on the spot by the county's chief against the enterprise; its id. */
async function decided(decide = true) {
  const c = await createCase(w.app, chief, {
    orgId: w.orgs.county.id,
    procedure: 'summary',
    partyKind: 'organisation',
    enterpriseId: entId,
    violationTypeCode: 'WSL-97-1',
    violationDate: '2026-03-02',
    summary: '现场发现未配备安全生产管理人员',
    investigatorIds: [chief.userId!],
  });
  const { version } = await getCase(w.app, systemActor, c.id);
  if (decide)
    await fire(w.app, chief, c.id, { event: 'decideOnSite', version, payload: { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } } });
  return c.id;
}

/** Sends and checks that a refusal wrote nothing. */
async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), `${url} refused, wrote nothing`).toBe(seq);
  return r;
}

const FACTS = '该单位未配备安全生产管理人员，经责令限期改正逾期未改正，继续组织生产，性质恶劣、情节严重';
const url = (id: string, step = '') => `/api/credit/listings/${id}${step ? `/${step}` : ''}`;

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, siblingCounty, city } = w.orgs;
  chief = await staff(w, 'cr.chief', county, ['sectionChief', 'officer']);
  await staff(w, 'cr.officer', county, ['officer']);
  await staff(w, 'cr.head', county, ['head']);
  await staff(w, 'cr.cityHead', city, ['head']);
  await staff(w, 'cr.reviewer', county, ['legalReviewer']);
  await staff(w, 'cr.other', siblingCounty, ['sectionChief', 'officer']);
  entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(71, '421202', { name: '咸宁市失信测试化工有限公司' }))).id;
  await on('2026-03-02');
  anonymous = {
    csrf: '',
    cookie: '',
    get: async (u) => {
      const r = await w.http.inject({ method: 'GET', url: u });
      return { status: r.statusCode, body: r.json() };
    },
    send: async () => ({ status: 0, body: null }),
  };
}, 120_000);
afterAll(() => w.close());

describe('the inclusion procedure', () => {
  let id: string;
  let caseId: string;

  it('proposes from a decided penalty of the bureau, once, and refuses what is not one', async () => {
    caseId = await decided();
    expect((await refused(officer, '/api/credit/listings', { caseId, criterion: 'otherSerious', facts: '太短' })).body.error.field).toBe('facts');
    expect((await refused(officer, '/api/credit/listings', { caseId, criterion: 'nothing', facts: FACTS })).body.error.field).toBe('criterion');
    const undecided = await decided(false);
    const r1 = await refused(officer, '/api/credit/listings', { caseId: undecided, criterion: 'otherSerious', facts: FACTS });
    expect([r1.status, r1.body.error.field]).toEqual([422, 'caseId']);
    const r2 = await refused(officer, '/api/credit/listings', { caseId: crypto.randomUUID(), criterion: 'otherSerious', facts: FACTS });
    expect([r2.status, r2.body.error.field]).toEqual([404, 'caseId']);
    const r3 = await refused(other, '/api/credit/listings', { caseId, criterion: 'otherSerious', facts: FACTS });
    expect([r3.status, r3.body.error.field]).toEqual([403, 'caseId']);
    expect((await refused(reviewer, '/api/credit/listings', { caseId, criterion: 'otherSerious', facts: FACTS })).status).toBe(403);

    const r = await officer.send('POST', '/api/credit/listings', { caseId, criterion: 'otherSerious', facts: FACTS });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      state: 'proposed',
      orgId: w.orgs.county.id,
      enterpriseId: entId,
      enterpriseName: '咸宁市失信测试化工有限公司',
      proposedOn: '2026-03-02',
    });
    expect(r.body.penaltyDecisionNumber).toMatch(/应急简罚〔2026〕/);
    expect(r.body.basis).toMatch(/第七条第四项（条号待核）$/);
    id = r.body.id;
    listedId = id;
    const again = await refused(officer, '/api/credit/listings', { caseId, criterion: 'majorAccident', facts: FACTS });
    expect([again.status, again.body.error.field]).toEqual([409, 'caseId']);
  });

  it('serves the notice with a number and starts the 5 working days; a decision must wait for them', async () => {
    await on('2026-03-04');
    expect((await refused(officer, url(id, 'notice'), { version: 1, servedOn: '2026-03-05' })).body.error.field).toBe('servedOn');
    expect((await refused(officer, url(id, 'notice'), { version: 1, servedOn: '2026-03-01' })).body.error.field).toBe('servedOn');
    expect((await refused(officer, url(id, 'notice'), { version: 7, servedOn: '2026-03-04' })).status).toBe(409);
    expect((await refused(other, url(id, 'notice'), { version: 1, servedOn: '2026-03-04' })).status).toBe(403);
    const r = await officer.send('POST', url(id, 'notice'), { version: 1, servedOn: '2026-03-04' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ state: 'noticed', noticeServedOn: '2026-03-04', statementDueOn: '2026-03-11' });
    expect(r.body.noticeNumber).toMatch(/^（.+）应急信告〔2026〕1号$/);
    const early = await refused(head, url(id, 'decide'), { version: 2, outcome: 'list', reason: '情节严重，应予列入' });
    expect([early.status, early.body.error.field]).toEqual([422, 'state']);
    expect(early.body.error.message).toMatch(/陈述申辩期限至 2026-03-11 届满/);
  });

  it('records the statement once, then the head of the deciding bureau lists — not the city, not the officer', async () => {
    await on('2026-03-06');
    expect((await refused(officer, url(id, 'statement'), { version: 2, statement: '', receivedOn: '2026-03-06' })).body.error.field).toBe('statement');
    const r = await officer.send('POST', url(id, 'statement'), { version: 2, statement: '我单位已完成整改，请求不予列入。', receivedOn: '2026-03-05' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ state: 'noticed', statementOn: '2026-03-05' });
    expect((await refused(officer, url(id, 'statement'), { version: 3, statement: '再次陈述', receivedOn: '2026-03-06' })).status).toBe(409);
    expect((await refused(officer, url(id, 'decide'), { version: 3, outcome: 'list', reason: '情节严重，应予列入' })).status).toBe(403);
    const city = await refused(cityHead, url(id, 'decide'), { version: 3, outcome: 'list', reason: '情节严重，应予列入' });
    expect([city.status, city.body.error.message]).toEqual([403, expect.stringMatching(/谁处罚、谁决定/)]);
    expect((await refused(head, url(id, 'decide'), { version: 3, outcome: 'maybe', reason: '情节严重，应予列入' })).body.error.field).toBe('outcome');
    await on('2026-03-09');
    const d = await head.send('POST', url(id, 'decide'), { version: 3, outcome: 'list', reason: '整改系受处罚后完成，不影响情节严重的认定' });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body).toMatchObject({ state: 'listed', decidedOn: '2026-03-09', listedOn: '2026-03-09', termEndsOn: '2029-03-08' });
    expect(d.body.decisionNumber).toMatch(/^（.+）应急信列〔2026〕1号$/);
  });

  it('records the service of the decision, and publishes the listing without the facts', async () => {
    expect((await refused(officer, url(id, 'serve'), { version: 4, servedOn: '2026-03-08' })).body.error.field).toBe('servedOn');
    const s = await officer.send('POST', url(id, 'serve'), { version: 4, servedOn: '2026-03-09' });
    expect(s.body).toMatchObject({ state: 'listed', decisionServedOn: '2026-03-09' });
    const pub = await anonymous.get('/api/public/credit/listings?q=失信测试');
    expect(pub.status).toBe(200);
    expect(pub.body.total).toBe(1);
    const [item] = pub.body.items;
    expect(Object.keys(item).sort()).toEqual([
      'basis',
      'criterion',
      'criterionLabel',
      'decisionNumber',
      'enterpriseName',
      'id',
      'listedOn',
      'orgName',
      'termEndsOn',
      'uscc',
    ]);
    expect(item).toMatchObject({ enterpriseName: '咸宁市失信测试化工有限公司', listedOn: '2026-03-09', termEndsOn: '2029-03-08' });
    expect(JSON.stringify(pub.body)).not.toContain('整改');
  });

  it('says the reasons, the basis, the rights and the term in its instruments, and serves them as DOCX and PDF', async () => {
    const l = await getListing(w.app, systemActor, id);
    const notice = instrumentText(buildNotice(l)).join('\n');
    for (const s of ['拟将你单位列入安全生产严重失信主体名单', '陈述、申辩', '5个工作日内', '2026年3月11日前', '第七条第四项', FACTS.slice(0, 10)])
      expect(notice).toContain(s);
    const decision = instrumentText(buildDecision(l)).join('\n');
    for (const s of ['决定将你单位列入', '2029年3月8日', '2026年3月5日提出了陈述、申辩意见', '行政复议', l.noticeNumber!]) expect(decision).toContain(s);
    const seq = await headSeq(w.app.db);
    for (const format of ['docx', 'pdf']) {
      const r = await w.http.inject({ method: 'GET', url: `${url(id, 'instruments/decision')}?format=${format}`, headers: { cookie: reviewer.cookie } });
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      expect(decodeURIComponent(String(r.headers['content-disposition']))).toContain(`${l.decisionNumber}.${format}`);
    }
    expect(await headSeq(w.app.db)).toBe(seq);
  });
});

describe('separation of duties and 不予列入', () => {
  it('refuses the head who proposed it, and lets another head withdraw it once the period is over', async () => {
    await on('2026-04-01');
    const caseId = await decided();
    const proposer = head;
    const p = await proposer.send('POST', '/api/credit/listings', { caseId, criterion: 'refusedExecution', facts: FACTS });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    await proposer.send('POST', url(p.body.id, 'notice'), { version: 1, servedOn: '2026-04-01' });
    await on('2026-04-20');
    const duty = await refused(head, url(p.body.id, 'decide'), { version: 2, outcome: 'withdraw', reason: '已缴清罚款，不属于拒不执行' });
    expect([duty.status, duty.body.error.message]).toEqual([403, '职责分离：起草或提交人不得作出列入或不予列入严重失信主体名单的决定']);
    await staff(w, 'cr.deputy', w.orgs.county, ['deputyHead']);
    const deputy = await signIn(w, 'cr.deputy');
    const d = await deputy.send('POST', url(p.body.id, 'decide'), { version: 2, outcome: 'withdraw', reason: '已缴清罚款，不属于拒不执行' });
    expect(d.body).toMatchObject({ state: 'withdrawn', decidedOn: '2026-04-20', decisionNumber: null, listedOn: null });
    expect(
      (await w.http.inject({ method: 'GET', url: `${url(p.body.id, 'instruments/decision')}?format=docx`, headers: { cookie: deputy.cookie } })).statusCode,
    ).toBe(422);
  });

  it('lists and exports within the subtree, filtered by state and criterion', async () => {
    const mine = await reviewer.get('/api/credit/listings?state=withdrawn');
    expect(mine.body.items.map((l: { criterion: string }) => l.criterion)).toEqual(['refusedExecution']);
    expect((await reviewer.get('/api/credit/listings?criterion=otherSerious')).body.total).toBe(1);
    expect((await other.get('/api/credit/listings')).body.total).toBe(0);
    const r = await w.http.inject({ method: 'GET', url: '/api/credit/listings/export.xlsx?sort=proposedOn&order=asc', headers: { cookie: reviewer.cookie } });
    expect(r.statusCode).toBe(200);
    const sheet = await readSheet(r.rawPayload);
    expect(column(sheet, '状态')).toEqual(['已列入', '不予列入']);
  });
});

describe('the term', () => {
  it('removes the listing the day after its term ends, once, on the ledger', async () => {
    await on('2029-03-08');
    expect(await removeExpired(w.app)).toEqual([]);
    await on('2029-03-09');
    expect(await removeExpired(w.app)).toEqual([listedId]);
    expect(await removeExpired(w.app)).toEqual([]);
    expect(await getListing(w.app, systemActor, listedId)).toMatchObject({ state: 'removed', removedOn: '2029-03-09', removalReason: 'termEnded' });
    expect((await anonymous.get('/api/public/credit/listings')).body.total).toBe(0);
    const actions = await w.app.db
      .select({ action: ledgerEntry.action })
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, listedId), like(ledgerEntry.action, 'credit.%')))
      .orderBy(asc(ledgerEntry.seq));
    expect(actions.map((a) => a.action)).toEqual([
      'credit.proposed',
      'credit.noticed',
      'credit.statementRecorded',
      'credit.listed',
      'credit.decisionServed',
      'credit.removed',
    ]);
  });
});
