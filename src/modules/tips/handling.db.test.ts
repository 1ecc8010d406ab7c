// A tip from the portal to its reward, through the services: accepted, assigned to a 举报核查 task
// (opened in the same transaction), the inspection finds a hazard, a case from it is decided with a
// fine of 20 000 yuan, the handler records the result and links the case, the reward is computed
// at the 3 000 yuan minimum, a leader who handled the tip may not approve it, another does, the
// tipster claims it with the receipt code, and it is paid once the identity is checked.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { openCaseFromFinding } from '../cases/from-finding/service.js';
import { getCase, submitReview } from '../cases/service.js';
import { staff, takeStep } from '../cases/testing.js';
import { answerAll } from '../inspections/fixture.js';
import { samplePng } from '../inspections/instruments/samples.js';
import { addHazard } from '../inspections/hazards/service.js';
import { completeRecord, saveRecord, startRecord } from '../inspections/records/service.js';
import { getTask } from '../inspections/tasks/service.js';
import { createEnterprise } from '../registry/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { sampleTip, withProof } from './fixture.js';
import { tip, tipReward } from './schema.js';
import { tipAgenda } from './agenda.js';
import { remindTipDeadlines, type TipReminderRun, tipRemindersOf } from './reminders.js';
import { assignTip, verifyTip } from './handling.js';
import { claimantHint, claimReward, decideReward, payReward, proposeReward, tipDetail } from './reward-service.js';
import { decideTip, followTip, submitTip } from './service.js';
import { refusalOf } from '../../testing/refusal.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, chief: Actor, deputy: Actor, head: Actor, reviewer: Actor;
const ALL_OK = Object.fromEntries(
  ['competence', 'facts', 'evidence', 'lawApplied', 'procedure', 'discretion', 'instrumentWording'].map((k) => [k, { ok: true }]),
) as Parameters<typeof submitReview>[3]['checklist'];
let enterpriseId: string;
const SIGNATURE = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county } = w.orgs;
  inv1 = await staff(w, 't.inv1', county, ['officer']);
  inv2 = await staff(w, 't.inv2', county, ['officer']);
  chief = await staff(w, 't.chief', county, ['sectionChief']);
  deputy = await staff(w, 't.deputy', county, ['deputyHead']);
  head = await staff(w, 't.head', county, ['head']);
  reviewer = await staff(w, 't.reviewer', county, ['legalReviewer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(31, '421202'))).id;
}, 60_000);
afterAll(() => w.close());

/** The on-site record of the task with one hazard, completed; then a case from the hazard, decided with the fine. */
async function inspectAndDecide(taskId: string, fineYuan: number) {
  let record = await startRecord(w.app, inv1, taskId, { checklistCode: 'CL-GEN', place: '甲类仓库' });
  record = await saveRecord(w.app, inv1, record.id, {
    version: record.version,
    place: '甲类仓库',
    present: [{ name: '李四', position: '安全员' }],
    items: answerAll('CL-GEN', { 'CL-GEN-05': { result: 'hazard', note: '安全管理人员未经考核' }, 'CL-GEN-06': { result: 'notApplicable' } }),
    findings: '举报反映的情况经现场核查属实。',
    signerName: '李四',
    signaturePng: Buffer.from(samplePng()).toString('base64'),
  });
  const hazard = await addHazard(w.app, inv1, record.id, {
    checkItemCode: 'CL-GEN-05',
    description: '安全生产管理人员未经考核合格',
    location: '安全科',
    measures: '组织考核并取得合格证明',
    deadline: '2026-03-16',
    responsiblePerson: '李四',
  });
  await completeRecord(w.app, inv1, record.id, record.version);
  const c = await openCaseFromFinding(w.app, inv1, { hazardId: hazard.id, violationTypeCode: 'WSL-97-2' });
  await takeStep(w, inv1, c.id, 'submitFiling');
  await takeStep(w, head, c.id, 'approveFiling');
  await takeStep(w, inv1, c.id, 'completeInvestigation', {
    penalty: { measures: ['fine'], fineYuan, confiscationYuan: 0 },
    discretionFacts: { harmCaused: 'harmful' },
    benchmarkDeviationReasons: '经集体研究，结合举报核查情况确定罚款数额。',
  });
  await takeStep(w, chief, c.id, 'completeInternalReview');
  // The finding was a major hazard: 法制审核 before the notice.
  await takeStep(w, chief, c.id, 'submitForLegalReview');
  await submitReview(w.app, reviewer, c.id, { checklist: ALL_OK, outcome: 'pass', opinion: '', version: (await getCase(w.app, systemActor, c.id)).version });
  await takeStep(w, chief, c.id, 'issueNotice');
  await takeStep(w, inv1, c.id, 'recordWaiver', { waives: ['statement'], waivedOn: '2026-03-02', waiverSigner: '王经理', waiverImage: SIGNATURE });
  await takeStep(w, head, c.id, 'decide');
  return { caseId: c.id, hazardId: hazard.id };
}

const tipIdOf = async (receipt: string) => (await w.app.db.select({ id: tip.id }).from(tip).where(eq(tip.receipt, receipt)))[0];

describe('举报 from the portal to its reward', () => {
  it('walks an anonymous tip through assignment, verification and a 3 000 yuan reward approved by a leader who did not handle it', async () => {
    const receipt = await submitTip(w.app, await withProof(w.app, sampleTip('421202', { identity: null })), { ip: '198.51.100.4' });
    const { id } = await tipIdOf(receipt.receipt);
    let t = await decideTip(w.app, chief, id, 'accept', { version: 1 });
    expect(t).toMatchObject({ state: 'accepted', finishBy: '2026-05-01' });

    // A refused assignment (one officer) writes nothing: no task, no change.
    expect(
      await refusal(() => assignTip(w.app, chief, id, { version: t.version, enterpriseId, officerIds: [inv1.userId!], plannedOn: '2026-03-02' })),
    ).toMatchObject({
      status: 422,
      field: 'officerIds',
    });
    expect(
      await refusal(() => assignTip(w.app, inv1, id, { version: t.version, enterpriseId, officerIds: [inv1.userId!, inv2.userId!], plannedOn: '2026-03-02' })),
    ).toMatchObject({
      status: 403,
    });
    t = await assignTip(w.app, chief, id, { version: t.version, enterpriseId, officerIds: [inv1.userId!, inv2.userId!], plannedOn: '2026-03-02' });
    expect(t.state).toBe('assigned');
    const task = await getTask(w.app, inv1, t.taskId!);
    expect(task).toMatchObject({ source: 'tip', tipRef: receipt.receipt, enterpriseId });
    expect(task.reason).toContain(receipt.receipt);

    // Before the inspection is done there is nothing to record.
    expect(await refusal(() => verifyTip(w.app, inv1, id, { version: t.version, result: 'confirmed', note: '经现场核查属实', caseIds: [] }))).toMatchObject({
      status: 422,
      field: 'result',
    });
    const { caseId } = await inspectAndDecide(t.taskId!, 20_000);
    const detail = await tipDetail(w.app, chief, id);
    expect(detail.findings).toMatchObject({
      taskStatus: 'completed',
      hazards: [{ description: '安全生产管理人员未经考核合格' }],
      cases: [{ id: caseId, fineYuan: 20_000 }],
    });

    // Only the cases the task's findings led to, and none for a tip found untrue.
    const other = '00000000-0000-4000-8000-000000000001';
    expect(
      await refusal(() => verifyTip(w.app, inv1, id, { version: t.version, result: 'confirmed', note: '经现场核查属实', caseIds: [other] })),
    ).toMatchObject({ field: 'caseIds' });
    expect(
      await refusal(() => verifyTip(w.app, inv1, id, { version: t.version, result: 'notConfirmed', note: '经现场核查不属实', caseIds: [caseId] })),
    ).toMatchObject({
      field: 'caseIds',
    });
    t = await verifyTip(w.app, inv1, id, { version: t.version, result: 'confirmed', note: '已依法立案查处。', caseIds: [caseId] });
    expect(t).toMatchObject({ state: 'verified', verification: 'confirmed', caseIds: [caseId] });
    expect((await followTip(w.app, receipt)).reply).toBe('经核查，您举报的情况属实。已依法立案查处。');

    // 15% of 20 000 is 3 000: at the minimum.
    const proposed = await proposeReward(w.app, chief, id, { version: t.version, outcome: { kind: 'hazardOrIllegal' }, exclusion: null });
    const [reward] = proposed.rewards;
    expect(reward).toMatchObject({ state: 'proposed', amountFen: 300_000, finesFen: 2_000_000 });
    expect(reward.computation).toBe('罚款 20 000.00 元 × 15% = 3 000.00 元');
    // The tipster hears nothing of a proposal.
    expect((await followTip(w.app, receipt)).reward).toBeNull();
    expect(await refusal(() => proposeReward(w.app, chief, id, { version: t.version, outcome: { kind: 'hazardOrIllegal' }, exclusion: null }))).toMatchObject({
      status: 409,
    });

    // 职责分离: the leader who assigned and proposed may not approve.
    const own = await refusal(() => decideReward(w.app, chief, id, reward.id, 'approve', { version: reward.version }));
    expect(own).toMatchObject({ status: 403 });
    expect(own.message).toMatch(/举报核查承办人不得审批举报奖励/);
    expect(await refusal(() => decideReward(w.app, deputy, id, reward.id, 'reject', { version: reward.version }))).toMatchObject({ field: 'reason' });
    const approved = await decideReward(w.app, deputy, id, reward.id, 'approve', { version: reward.version });
    expect(approved.rewards[0]).toMatchObject({ state: 'approved', decidedBy: 't.deputy' });

    expect((await followTip(w.app, receipt)).reward).toMatchObject({ state: 'approved', amountFen: 300_000, approvedOn: '2026-03-02' });
    expect(
      await refusal(() => claimReward(w.app, { ...receipt, secret: 'WRONGSECRET23456', name: '赵六', idNumber: '42120219900101123X', phone: '13900139000' })),
    ).toMatchObject({
      status: 404,
    });
    expect(await claimReward(w.app, { ...receipt, name: '赵六', idNumber: '42120219900101123X', phone: '13900139000' })).toEqual({
      state: 'claimed',
      amountFen: 300_000,
    });
    expect(await claimantHint(w.app, inv2, id, reward.id)).toEqual({ name: '赵*', idNumberTail: '123X' });

    expect(await refusal(() => payReward(w.app, inv2, id, reward.id, { version: 3, paidOn: '2026-03-03', voucher: 'JL-2026-001' }))).toMatchObject({
      field: 'paidOn',
    });
    const paid = await payReward(w.app, inv2, id, reward.id, { version: 3, paidOn: '2026-03-02', voucher: 'JL-2026-001' });
    expect(paid.rewards[0]).toMatchObject({ state: 'paid', paidOn: '2026-03-02', voucher: 'JL-2026-001' });
    expect(paid.rewardState).toBe('paid');

    // Every step on the ledger; the claimant's identity in none of them.
    const actions = (await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.subjectId, id)).orderBy(ledgerEntry.seq)).map((e) => e.action);
    expect(actions).toEqual([
      'tip.received',
      'tip.accepted',
      'tip.assigned',
      'tip.verified',
      'tip.rewardProposed',
      'tip.rewardApproved',
      'tip.rewardClaimed',
      'tip.rewardPaid',
    ]);
    const dump = JSON.stringify(await w.app.db.select().from(tipReward));
    expect(dump).not.toContain('赵六');
    expect(dump).not.toContain('42120219900101123X');
  });

  it('rewards only the first tipster of a matter, and a named tip only to the person who tipped', async () => {
    const first = await submitTip(
      w.app,
      await withProof(w.app, sampleTip('421202', { subjectName: '咸安某某烟花厂', identity: { name: '钱七', phone: '13700137000' } })),
      {
        ip: null,
      },
    );
    w.clock.set(new Date('2026-03-02T03:00:00Z'));
    const second = await submitTip(w.app, await withProof(w.app, sampleTip('421202', { subjectName: '咸安 某某烟花厂', identity: null })), { ip: null });
    const walk = async (receiptCode: string) => {
      const { id } = await tipIdOf(receiptCode);
      let t = await decideTip(w.app, chief, id, 'accept', { version: 1 });
      t = await assignTip(w.app, chief, id, { version: t.version, enterpriseId, officerIds: [inv1.userId!, inv2.userId!], plannedOn: '2026-03-02' });
      const { caseId } = await inspectAndDecide(t.taskId!, 30_000);
      t = await verifyTip(w.app, inv2, id, { version: t.version, result: 'partly', note: '部分属实，已立案。', caseIds: [caseId] });
      return { id, t };
    };
    const later = await walk(second.receipt);
    const r = await refusal(() => proposeReward(w.app, chief, later.id, { version: later.t.version, outcome: { kind: 'hazardOrIllegal' }, exclusion: null }));
    expect(r).toMatchObject({ status: 422, field: 'outcome' });
    expect(r.message).toMatch(/最先受理的举报人/);

    const earlier = await walk(first.receipt);
    // An exclusion is refused with its basis.
    const excluded = await refusal(() =>
      proposeReward(w.app, inv2, earlier.id, { version: earlier.t.version, outcome: { kind: 'hazardOrIllegal' }, exclusion: 'supervisoryOfficial' }),
    );
    expect(excluded).toMatchObject({ status: 422, field: 'exclusion' });
    // 15% of 30 000 is 4 500.
    const proposed = await proposeReward(w.app, inv2, earlier.id, { version: earlier.t.version, outcome: { kind: 'hazardOrIllegal' }, exclusion: null });
    expect(proposed.rewards[0]).toMatchObject({ amountFen: 450_000 });
    // The officer who verified may not approve (nor may he hold the role), a leader who did not handle it may.
    const approved = await decideReward(w.app, head, earlier.id, proposed.rewards[0].id, 'approve', { version: 1 });
    expect(approved.rewards[0].state).toBe('approved');
    expect(await refusal(() => claimReward(w.app, { ...first, name: '孙八', idNumber: '421202199001011234', phone: '13700137000' }))).toMatchObject({
      field: 'name',
    });
    expect((await claimReward(w.app, { ...first, name: '钱 七', idNumber: '421202199001011234', phone: '13700137000' })).state).toBe('claimed');
  });

  it('puts on the leaders’ agenda the tips whose period ends within 7 days or has passed, late first', async () => {
    w.clock.set(new Date('2026-03-02T02:00:00Z'));
    const waiting = await submitTip(w.app, await withProof(w.app, sampleTip('421202', { subjectName: '咸安某某木业', identity: null })), { ip: null });
    const taken = await submitTip(w.app, await withProof(w.app, sampleTip('421202', { subjectName: '咸安某某仓储', identity: null })), { ip: null });
    const takenId = (await tipIdOf(taken.receipt)).id;
    await decideTip(w.app, chief, takenId, 'accept', { version: 1 });
    // 受理告知 ends 03-17, 办结 05-01.
    w.clock.set(new Date('2026-03-12T02:00:00Z'));
    let agenda = await tipAgenda(w.app, deputy);
    expect(agenda.items.map((i) => [i.receipt, i.deadline.kind, i.deadline.dueOn, i.deadline.daysLeft])).toEqual([
      [waiting.receipt, 'accept', '2026-03-17', 5],
    ]);
    w.clock.set(new Date('2026-04-28T02:00:00Z'));
    agenda = await tipAgenda(w.app, deputy);
    expect(agenda.items.map((i) => [i.receipt, i.deadline.kind, i.deadline.daysLeft])).toEqual([
      [waiting.receipt, 'accept', -42],
      [taken.receipt, 'finish', 3],
    ]);
    await expect(tipAgenda(w.app, inv1)).rejects.toMatchObject({ status: 403 });
  });

  it('reminds each period once, when it ends within 3 days or has passed, by a daily job on the ledger', async () => {
    const ids = await Promise.all(
      ['咸安某某木业', '咸安某某仓储'].map(async (name) => (await w.app.db.select().from(tip).where(eq(tip.subjectName, name)))[0].id),
    );
    const ours = (r: TipReminderRun) => r.reminded.filter((x) => ids.includes(x.tipId)).map((x) => [ids.indexOf(x.tipId), x.kind, x.dueOn]);
    // 03-13: 受理告知 ends 03-17, four days away; 03-14: three.
    w.clock.set(new Date('2026-03-13T02:00:00Z'));
    expect(ours(await remindTipDeadlines(w.app))).toEqual([]);
    w.clock.set(new Date('2026-03-14T02:00:00Z'));
    expect(ours(await remindTipDeadlines(w.app))).toEqual([[0, 'accept', '2026-03-17']]);
    expect(await remindTipDeadlines(w.app)).toEqual({ runKey: '2026-03-14', ran: false, reminded: [] });
    // Late, and the other's 办结 near: the late one is not reminded again.
    w.clock.set(new Date('2026-04-29T02:00:00Z'));
    expect(ours(await remindTipDeadlines(w.app))).toEqual([[1, 'finish', '2026-05-01']]);
    expect((await tipRemindersOf(w.app, ids[0])).map((r) => [r.remindedOn, r.daysLeft, r.late])).toEqual([['2026-03-14', 3, false]]);
    const entries = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.action, 'tip.deadlinesReminded')).orderBy(ledgerEntry.seq);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(entries.map((e) => e.payload))).not.toContain('咸安某某');
  });
});
