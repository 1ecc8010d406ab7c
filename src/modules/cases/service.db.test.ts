import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { instrumentNumber } from '../../platform/documents/schema.js';
import { Conflict, DomainError } from '../../platform/errors.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { createDelegation } from '../../platform/orgs/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import type { EventPayload } from './contract.js';
import { createCase, fire, getCase, reviewQueue, submitReview } from './service.js';
import { draftCase, investigatedCase, staff } from './testing.js';
import type { CaseEventName } from './workflow/machine.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, dual: Actor, reviewer: Actor, chief: Actor, head: Actor;
let tw: { inv1: Actor; inv2: Actor; chief: Actor; head: Actor };
let enterpriseId: string, townshipEnterpriseId: string;

const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`)); // 10:00 in China
const ALL_OK = {
  competence: { ok: true },
  facts: { ok: true },
  evidence: { ok: true },
  lawApplied: { ok: true },
  procedure: { ok: true },
  discretion: { ok: true },
  instrumentWording: { ok: true },
};

async function step(actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload, version });
}

/** Runs `act`, expects the given refusal, and checks that nothing at all was written. */
async function refused(id: string, act: () => Promise<unknown>, expected: { status: number; field?: string; article?: RegExp; message?: RegExp }) {
  const before = await getCase(w.app, systemActor, id);
  const seq = await headSeq(w.app.db);
  const error = await act().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const e = error as DomainError;
  expect({ status: e.status, field: e.field }).toMatchObject({ status: expected.status, ...(expected.field ? { field: expected.field } : {}) });
  if (expected.article) expect(e.article).toMatch(expected.article);
  if (expected.message) expect(e.message).toMatch(expected.message);
  const after = await getCase(w.app, systemActor, id);
  expect({ state: after.state, version: after.version, events: after.events.length, reviews: after.reviews.length }).toEqual({
    state: before.state,
    version: before.version,
    events: before.events.length,
    reviews: before.reviews.length,
  });
  expect(await headSeq(w.app.db)).toBe(seq);
  return e;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  const { county, township } = w.orgs;
  inv1 = await staff(w, 'inv1', county, ['officer']);
  inv2 = await staff(w, 'inv2', county, ['officer']);
  dual = await staff(w, 'dual', county, ['officer', 'legalReviewer']);
  reviewer = await staff(w, 'reviewer', county, ['legalReviewer']);
  chief = await staff(w, 'chief', county, ['sectionChief']);
  head = await staff(w, 'head', county, ['head']);
  tw = {
    inv1: await staff(w, 'tw.inv1', township, ['officer']),
    inv2: await staff(w, 'tw.inv2', township, ['officer']),
    chief: await staff(w, 'tw.chief', township, ['sectionChief']),
    head: await staff(w, 'tw.head', township, ['head']),
  };
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(1, '421202'))).id;
  townshipEnterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(2, '421202001', { orgId: township.id }))).id;
  await createDelegation(w.app, systemActor, county.id, {
    delegateOrgId: township.id,
    fineCeiling: 10_000,
    validFrom: '2026-01-01',
    legalBasis: '行政处罚法第二十条；区政府委托书',
  });
}, 60_000);
afterAll(() => w.close());

describe('a general-procedure case across Spring Festival 2026 (working-day periods)', () => {
  it('waits for the statement and hearing-request periods, counts service in working days, and charges the capped surcharge of 第七十二条 on late payment', async () => {
    on('2026-02-10');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    expect(c).toMatchObject({ state: 'draft', version: 1, partyName: '测试化工有限公司1号', delegationCeilingYuan: null, nextDeadline: null });
    await step(inv1, c.id, 'submitFiling');
    const filed = await step(head, c.id, 'approveFiling');
    // 90 calendar days from filing (第六十条), not rolled: 2026-05-11.
    expect(filed).toMatchObject({ state: 'investigating', filedOn: '2026-02-10', decisionDueOn: '2026-05-11' });
    expect(filed.events.at(-1)!.instrumentNumbers[0]).toMatch(/^（咸安）应急立〔2026〕\d+号$/);

    on('2026-02-11');
    const investigated = await step(inv1, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'harmful' },
    });
    expect(investigated).toMatchObject({
      state: 'internalReview',
      withinBenchmark: true,
      discretion: { grade: 'serious', range: { min: 50_000, max: 75_000 } },
    });
    await step(chief, c.id, 'completeInternalReview');

    on('2026-02-12');
    const noticed = await step(chief, c.id, 'issueNotice');
    // Three working days from Thursday 12 Feb: Fri 13, the 调休 Saturday 14, then — after the
    // holiday of 15–23 Feb — Tuesday 24. The hearing request (five working days) ends Thu 26 Feb.
    expect(noticed).toMatchObject({ state: 'noticed', noticeServedOn: '2026-02-12', statementPeriodEndsOn: '2026-02-24', hearingRequestEndsOn: '2026-02-26' });
    expect(noticed.nextDeadline).toMatchObject({ kind: 'statementPeriod', dueOn: '2026-02-24', daysLeft: 12, workdaysLeft: 3, overdue: false });
    expect(noticed.availableEvents.map((e) => e.event)).not.toContain('decide');

    on('2026-02-24');
    await refused(c.id, () => step(head, c.id, 'decide'), { status: 422, field: 'statementPeriodEndsOn', article: /第六十二条/ });
    on('2026-02-25');
    await refused(c.id, () => step(head, c.id, 'decide'), { status: 422, field: 'hearingRequestEndsOn', article: /第六十四条/ });
    await refused(c.id, () => step(inv1, c.id, 'decide'), { status: 403, field: 'actor' });

    on('2026-02-27');
    const decided = await step(head, c.id, 'decide');
    // Seven working days (第六十一条) from Fri 27 Feb: the 调休 Saturday 28 Feb counts, so Mon 9 Mar.
    expect(decided).toMatchObject({
      state: 'decided',
      decidedOn: '2026-02-27',
      serviceDueOn: '2026-03-09',
      decisionNumber: expect.stringMatching(/^（咸安）应急罚〔2026〕\d+号$/),
    });
    expect(decided.nextDeadline).toMatchObject({ kind: 'service', dueOn: '2026-03-09', workdaysLeft: 7 });
    const served = await step(inv2, c.id, 'serve', { serviceMethod: 'direct' });
    // Fifteen calendar days end on Saturday 14 Mar; the party's period rolls to Monday 16 Mar.
    expect(served).toMatchObject({ state: 'served', servedOn: '2026-02-27', paymentDueOn: '2026-03-16' });

    on('2026-03-20');
    await refused(c.id, () => step(inv1, c.id, 'recordPayment', { paidYuan: 60_000 }), {
      status: 422,
      field: 'payload.paidYuan',
      article: /第七十二条/,
      message: /应缴 67200\.00 元.*逾期 4 日加处罚款 7200\.00 元/,
    });
    expect((await step(inv1, c.id, 'markOverdue')).state).toBe('overdue');
    const paid = await step(inv1, c.id, 'recordPayment', { paidYuan: 67_200 });
    expect(paid).toMatchObject({ state: 'paid', paidOn: '2026-03-20', paidFen: 6_720_000, surchargeFen: 720_000 });
    await step(inv1, c.id, 'requestClosure');
    await step(chief, c.id, 'approveClosure');
    const archived = await step(inv1, c.id, 'archive');
    expect(archived).toMatchObject({ state: 'archived', nextDeadline: null });

    // Every persisted transition has its case_event row and its ledger entry, in order.
    expect(archived.events.map((e) => e.event)).toEqual([
      'submitFiling',
      'approveFiling',
      'completeInvestigation',
      'completeInternalReview',
      'issueNotice',
      'decide',
      'serve',
      'markOverdue',
      'recordPayment',
      'requestClosure',
      'approveClosure',
      'archive',
    ]);
    expect(archived.events.map((e) => e.version)).toEqual(archived.events.map((_, i) => i + 2));
    for (const e of archived.events) {
      const [entry] = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.seq, e.ledgerSeq));
      expect(entry).toMatchObject({ action: `case.${e.event}`, subjectType: 'penaltyCase', subjectId: c.id, actorId: e.actorId });
      expect(entry.payload).toMatchObject({ from: e.fromState, to: e.toState, version: e.version });
    }
  });

  it('caps the surcharge at the fine itself, on a summary-procedure case paid two months late', async () => {
    on('2026-03-02');
    const c = await createCase(w.app, inv1, {
      orgId: w.orgs.county.id,
      procedure: 'summary',
      partyKind: 'organisation',
      enterpriseId,
      violationTypeCode: 'WSL-97-1',
      violationDate: '2026-03-02',
      summary: '现场发现未配备安全生产管理人员',
      investigatorIds: [inv1.userId!],
    });
    await refused(c.id, () => step(inv1, c.id, 'submitFiling'), { status: 422, field: 'procedure' });
    await refused(c.id, () => step(inv1, c.id, 'decideOnSite', { penalty: { measures: ['fine'], fineYuan: 5_000, confiscationYuan: 0 } }), {
      status: 422,
      field: 'penalty',
      article: /第五十一条/,
    });
    const decided = await step(inv1, c.id, 'decideOnSite', { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } });
    expect(decided).toMatchObject({
      state: 'summaryDecided',
      servedOn: '2026-03-02',
      paymentDueOn: '2026-03-17',
      decisionNumber: expect.stringMatching(/^（咸安）应急简罚〔2026〕\d+号$/),
    });
    on('2026-05-20'); // 64 days late: 3% a day would be 192%, the law stops it at 100%.
    await refused(c.id, () => step(inv1, c.id, 'recordPayment', { paidYuan: 2_000 }), { status: 422, message: /应缴 4000\.00 元.*加处罚款 2000\.00 元/ });
    expect(await step(inv1, c.id, 'recordPayment', { paidYuan: 4_000 })).toMatchObject({ state: 'paid', surchargeFen: 200_000 });
  });
});

describe('a fine outside the discretion benchmark, and separation of duties in legal review', () => {
  it('needs legal review before the notice and written reasons before the decision; the investigator-reviewer neither sees nor reviews the case', async () => {
    on('2026-03-02');
    const c = await draftCase(w, dual, w.orgs.county, enterpriseId, [dual, inv2]);
    await step(dual, c.id, 'submitFiling');
    await step(head, c.id, 'approveFiling');
    // harmCaused slight → the ordinary grade, 25 000–50 000 元: 90 000 is outside it, without reasons.
    const proposed = await step(dual, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 90_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'slight' },
    });
    expect(proposed).toMatchObject({ withinBenchmark: false, benchmarkDeviationReasons: null });
    await refused(c.id, () => step(dual, c.id, 'completeInvestigation', { penalty: { measures: ['fine'], fineYuan: 150_000, confiscationYuan: 0 } }), {
      status: 422,
      article: /第三十四条/,
    });
    await step(chief, c.id, 'completeInternalReview');
    await refused(c.id, () => step(chief, c.id, 'issueNotice'), { status: 422, field: 'legalReviewPassed', article: /第五十八条/ });
    await step(chief, c.id, 'submitForLegalReview');

    expect((await reviewQueue(w.app, reviewer)).items.map((i) => i.id)).toContain(c.id);
    expect((await reviewQueue(w.app, dual)).items.map((i) => i.id)).not.toContain(c.id);
    const review = { checklist: ALL_OK, outcome: 'pass' as const, opinion: '', version: (await getCase(w.app, systemActor, c.id)).version };
    await refused(c.id, () => submitReview(w.app, dual, c.id, review), { status: 403, field: 'actor' });
    // Who may act comes first: the investigator is refused (403) before being told the route (400).
    await refused(c.id, () => step(dual, c.id, 'passLegalReview'), { status: 403, field: 'actor' });
    await refused(c.id, () => step(reviewer, c.id, 'passLegalReview'), { status: 400, field: 'event' });
    await refused(c.id, () => submitReview(w.app, reviewer, c.id, { ...review, checklist: { ...ALL_OK, evidence: { ok: false, note: '询问笔录缺少签名' } } }), {
      status: 400,
      field: 'outcome',
    });

    const passed = await submitReview(w.app, reviewer, c.id, review);
    expect(passed).toMatchObject({ state: 'noticePending', legalReviewPassed: true });
    expect(passed.reviews).toMatchObject([{ stage: 'legalReview', outcome: 'pass', reviewerId: reviewer.userId, ledgerSeq: passed.events.at(-1)!.ledgerSeq }]);
    const noticed = await step(chief, c.id, 'issueNotice');
    expect(noticed).toMatchObject({ statementPeriodEndsOn: '2026-03-05', hearingRequestEndsOn: '2026-03-09' });
    on('2026-03-10');
    await refused(c.id, () => step(head, c.id, 'decide'), { status: 422, field: 'benchmarkDeviationReasons', article: /国办发〔2022〕27号/ });
  });

  it('returns a case for more investigation with the opinion on file, and a re-proposed penalty needs a fresh review', async () => {
    on('2026-03-02');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    await step(inv1, c.id, 'submitFiling');
    await step(head, c.id, 'approveFiling');
    await step(inv1, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 90_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'slight' },
      benchmarkDeviationReasons: '当事人拒不配合且隐患长期存在',
    });
    await step(chief, c.id, 'completeInternalReview');
    await step(chief, c.id, 'submitForLegalReview');
    const version = (await getCase(w.app, systemActor, c.id)).version;
    const returned = await submitReview(w.app, reviewer, c.id, {
      checklist: { ...ALL_OK, evidence: { ok: false, note: '缺少现场照片' } },
      outcome: 'return',
      opinion: '证据不足，补充现场照片后再报',
      version,
    });
    expect(returned).toMatchObject({
      state: 'investigating',
      legalReviewPassed: false,
      reviews: [{ outcome: 'return', opinion: '证据不足，补充现场照片后再报' }],
    });
    expect(returned.events.at(-1)).toMatchObject({ event: 'failLegalReview', opinion: '证据不足，补充现场照片后再报' });
    await refused(c.id, () => submitReview(w.app, reviewer, c.id, { checklist: ALL_OK, outcome: 'pass', opinion: '', version: returned.version }), {
      status: 422,
      field: 'state',
    });
  });
});

describe('a hearing across the Mid-Autumn and National Day holidays of 2026', () => {
  it('holds the decision until the hearing and a post-hearing legal review, with a chair who did not investigate', async () => {
    on('2026-09-24');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2], '2026-09-01');
    await step(inv1, c.id, 'submitFiling');
    await step(head, c.id, 'approveFiling');
    await step(inv1, c.id, 'completeInvestigation', { penalty: { measures: ['fine'], fineYuan: 60_000 }, discretionFacts: { harmCaused: 'harmful' } });
    await step(chief, c.id, 'completeInternalReview');
    // Thursday 24 Sep; 25–27 Sep is 中秋, 1–7 Oct 国庆: statement 28–30 Sep, hearing request to Fri 9 Oct.
    expect(await step(chief, c.id, 'issueNotice')).toMatchObject({ statementPeriodEndsOn: '2026-09-30', hearingRequestEndsOn: '2026-10-09' });

    on('2026-09-29');
    await step(inv1, c.id, 'requestHearing');
    await refused(c.id, () => step(head, c.id, 'scheduleHearing', { hearingChairId: chief.userId!, hearingOn: '2026-10-09' }), {
      status: 422,
      field: 'payload.hearingOn',
      message: /2026-09-22/,
    });
    await refused(c.id, () => step(head, c.id, 'scheduleHearing', { hearingChairId: inv2.userId!, hearingOn: '2026-10-20' }), {
      status: 422,
      field: 'hearingChairId',
    });
    const scheduled = await step(head, c.id, 'scheduleHearing', { hearingChairId: chief.userId!, hearingOn: '2026-10-20' });
    // Seven working days before Tue 20 Oct, counting the 调休 Saturday 10 Oct.
    expect(scheduled).toMatchObject({ state: 'hearingScheduled', hearingNoticeBy: '2026-10-10', nextDeadline: { kind: 'hearingNotice', dueOn: '2026-10-10' } });
    await refused(c.id, () => step(head, c.id, 'decide'), { status: 422, field: 'state', article: /第六十四条/ });

    on('2026-10-20');
    await refused(c.id, () => step(inv1, c.id, 'recordHearing', { opinion: '听证笔录' }), { status: 403, field: 'actor' });
    await step(chief, c.id, 'recordHearing', { opinion: '当事人到场陈述，对事实无异议，请求从轻' });
    await refused(c.id, () => step(head, c.id, 'decide'), { status: 422, field: 'legalReviewPassedAfterHearing', article: /第五十八条/ });
    await step(chief, c.id, 'submitForLegalReview');
    const version = (await getCase(w.app, systemActor, c.id)).version;
    const reviewed = await submitReview(w.app, reviewer, c.id, {
      checklist: { ...ALL_OK, instrumentWording: { ok: false, note: '决定书未写明复议机关' } },
      outcome: 'passWithChanges',
      opinion: '补写复议机关后同意',
      version,
    });
    expect(reviewed).toMatchObject({
      state: 'heard',
      legalReviewPassedAfterHearing: true,
      reviews: [{ stage: 'postHearingLegalReview', outcome: 'passWithChanges' }],
    });
    expect(await step(head, c.id, 'decide')).toMatchObject({ state: 'decided', decidedOn: '2026-10-20' });
  });
});

describe('delegation (行政处罚法 第二十条)', () => {
  it('a township acting under delegation cannot decide a fine above its ceiling', async () => {
    on('2026-03-02');
    const c = await draftCase(w, tw.inv1, w.orgs.township, townshipEnterpriseId, [tw.inv1, tw.inv2]);
    expect(c.delegationCeilingYuan).toBe(10_000);
    await step(tw.inv1, c.id, 'submitFiling');
    await step(tw.head, c.id, 'approveFiling');
    const proposed = await step(tw.inv1, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 30_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'slight' },
    });
    expect(proposed.withinBenchmark).toBe(true);
    await step(tw.chief, c.id, 'completeInternalReview');
    await step(tw.chief, c.id, 'issueNotice');
    on('2026-03-06');
    await refused(c.id, () => step(tw.head, c.id, 'decide'), { status: 422, field: 'penalty.fineYuan', article: /第二十条/, message: /10000元/ });
  });
});

describe('persistence', () => {
  it('refuses a stale version with 409, and of two concurrent approvals exactly one commits, with one instrument number', async () => {
    on('2026-03-02');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    await step(inv1, c.id, 'submitFiling');
    await refused(c.id, () => fire(w.app, head, c.id, { event: 'approveFiling', payload: {}, version: 1 }), { status: 409, field: 'version' });
    const results = await Promise.allSettled([0, 1].map(() => fire(w.app, head, c.id, { event: 'approveFiling', payload: {}, version: 2 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(Conflict)]);
    const numbers = await w.app.db
      .select()
      .from(instrumentNumber)
      .where(and(eq(instrumentNumber.subjectId, c.id), eq(instrumentNumber.type, 'filingApproval')));
    expect(numbers).toHaveLength(1);
    expect((await getCase(w.app, systemActor, c.id)).events).toHaveLength(2);
  });

  it('refuses a payload field the event does not take, and an investigator without a credential', async () => {
    on('2026-03-02');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    await refused(c.id, () => step(inv1, c.id, 'submitFiling', { paidYuan: 1 }), { status: 400, field: 'payload.paidYuan' });
    const uncredentialed = await staff(w, 'no.cred', w.orgs.county, ['sectionChief']);
    await expect(draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, uncredentialed])).rejects.toMatchObject({ status: 422, field: 'investigatorIds' });
    await expect(draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1])).rejects.toMatchObject({ status: 422, field: 'investigatorIds' });
    await expect(draftCase(w, inv1, w.orgs.siblingCounty, enterpriseId, [inv1, inv2])).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a fine the statute does not give for this party (安全生产法 第九十七条 fines the unit, not a citizen)', async () => {
    on('2026-03-02');
    const c = await createCase(w.app, inv1, {
      orgId: w.orgs.county.id,
      procedure: 'general',
      partyKind: 'citizen',
      citizenName: '王某',
      violationTypeCode: 'WSL-97-1',
      violationDate: '2026-01-20',
      summary: '个人违法',
      investigatorIds: [inv1.userId!, inv2.userId!],
    });
    expect(c).toMatchObject({ partyKind: 'citizen', partyName: '王某', enterpriseId: null });
    await step(inv1, c.id, 'submitFiling');
    await step(head, c.id, 'approveFiling');
    await refused(c.id, () => step(inv1, c.id, 'completeInvestigation', { penalty: { measures: ['fine'], fineYuan: 1_000 } }), {
      status: 422,
      field: 'payload.penalty.measures',
    });
  });
});

describe('查审分离 (issue 15): who investigated a case takes no review step of it', () => {
  it('refuses the 审理 of a section chief who investigated the case with 403, writes nothing, and lets another chief take it', async () => {
    on('2026-03-02');
    const investigatingChief = await staff(w, 'chief.inv', w.orgs.county, ['officer', 'sectionChief']);
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [investigatingChief, inv2]);
    await step(inv1, c.id, 'submitFiling');
    await step(head, c.id, 'approveFiling');
    await step(investigatingChief, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'harmful' },
    });
    const detail = await getCase(w.app, investigatingChief, c.id);
    expect(detail.availableEvents.map((e) => e.event)).not.toContain('completeInternalReview');
    for (const event of ['completeInternalReview', 'returnFromInternalReview'] as const) {
      await refused(c.id, () => step(investigatingChief, c.id, event), { status: 403, field: 'actor', message: /职责分离：本案调查人员不得案件审理/ });
    }
    expect((await step(chief, c.id, 'completeInternalReview')).state).toBe('noticePending');
    // The chief who took 审理 is now excluded from its 法制审核 as well.
    const both = await staff(w, 'chief.reviewer', w.orgs.county, ['sectionChief', 'legalReviewer']);
    const d = await investigatedCase(w, w.orgs.county, enterpriseId, { investigators: [inv1, inv2], head });
    await step(both, d.id, 'completeInternalReview');
    await step(both, d.id, 'submitForLegalReview');
    const version = (await getCase(w.app, systemActor, d.id)).version;
    await refused(d.id, () => submitReview(w.app, both, d.id, { outcome: 'pass', checklist: ALL_OK, opinion: '同意', version }), {
      status: 403,
      field: 'actor',
      message: /职责分离：本案审理人员不得法制审核/,
    });
  });
});
