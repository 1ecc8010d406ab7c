// 举报奖励, each step one transaction with its ledger entry: proposed by the handler from the verified
// outcome (rewards.ts computes the amount), approved or not by a leader who did not handle the tip
// (duties.ts tip.reward), claimed by the tipster through the receipt code with an identity that is
// sealed at once, and paid once an officer has checked that identity against the card.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { seal, unseal } from '../../platform/crypto/seal.js';
import { chinaDate } from '../../platform/dates.js';
import { dutyConflict } from '../../platform/duties.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { userNames } from '../../platform/auth/names.js';
import type { z } from 'zod';
import type { IdentityIn, proposeRewardIn, RewardOut } from './contract.js';
import { findingsOf } from './handling.js';
import { rewardFor } from './rewards.js';
import { type tip, tipReward } from './schema.js';
import { assertCan, firstOf, tipByReceipt, tipInScope, tipOutOf } from './service.js';

type RewardRow = typeof tipReward.$inferSelect;
const OPEN_STATES = ['proposed', 'approved', 'claimed', 'paid'] as const;

async function rewardsOf(app: AppContext, tipId: string): Promise<RewardOut[]> {
  const rows = await app.db.select().from(tipReward).where(eq(tipReward.tipId, tipId)).orderBy(desc(tipReward.proposedAt));
  const names = await userNames(
    app.db,
    rows.flatMap((r) => [r.proposedBy, r.decidedBy]),
  );
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    amountFen: r.amountFen,
    finesFen: r.finesFen,
    computation: r.computation,
    basis: r.basis,
    proposedBy: names.get(r.proposedBy) ?? '',
    proposedAt: r.proposedAt,
    decidedBy: r.decidedBy ? (names.get(r.decidedBy) ?? '') : null,
    decidedAt: r.decidedAt,
    reason: r.reason,
    claimedAt: r.claimedAt,
    paidOn: r.paidOn,
    voucher: r.voucher,
    version: r.version,
  }));
}

/** The tip with what its task found and its rewards: the handler's page. */
export async function tipDetail(app: AppContext, actor: Actor, id: string) {
  const { t, orgName } = await tipInScope(app, actor, id);
  const [out, findings, rewards] = await Promise.all([tipOutOf(app, t, orgName), findingsOf(app, t), rewardsOf(app, id)]);
  return { ...out, findings, rewards };
}

export async function proposeReward(app: AppContext, actor: Actor, id: string, input: z.output<typeof proposeRewardIn>) {
  assertCan(actor, 'tip.rewardPropose', '拟定举报奖励');
  const { t } = await tipInScope(app, actor, id);
  if (t.version !== input.version) throw new Conflict(`该举报已被他人处理（当前版本 ${t.version}），请刷新后重试`, 'version');
  if (t.state !== 'verified') throw new RuleViolation('举报办结（登记核查结果）后才能拟定奖励', 'state');
  if (t.verification === 'notConfirmed') throw new RuleViolation('核查不属实的举报不予奖励', 'outcome');
  if ((input.outcome.kind === 'concealedAccident') !== (t.kind === 'concealedAccident'))
    throw new ValidationError(t.kind === 'concealedAccident' ? '瞒报、谎报事故的举报按查实的死亡人数计奖' : '此类举报按关联案件的罚款金额计奖', 'outcome');
  const [open] = await app.db
    .select({ id: tipReward.id })
    .from(tipReward)
    .where(and(eq(tipReward.tipId, id), inArray(tipReward.state, [...OPEN_STATES])));
  if (open) throw new Conflict('该举报已有奖励在办理中或已发放', 'state');

  let finesFen: number | null = null;
  if (input.outcome.kind === 'hazardOrIllegal') {
    const cases = ((await findingsOf(app, t))?.cases ?? []).filter((c) => t.caseIds.includes(c.id));
    const pending = cases.find((c) => c.fineYuan === null);
    if (pending) throw new RuleViolation(`关联案件（${pending.partyName}：${pending.summary}）尚未作出处罚决定，罚款金额未定，暂不能拟定奖励`, 'outcome');
    finesFen = cases.reduce((sum, c) => sum + Math.round((c.fineYuan ?? 0) * 100), 0);
  }
  const isFirst = (await firstOf(app, [t])).get(`${t.orgId}|${t.matterKey}`) === t.id;
  const reward = rewardFor(
    input.outcome.kind === 'hazardOrIllegal'
      ? { kind: 'hazardOrIllegal', finesFen: finesFen ?? 0, isFirst, exclusion: input.exclusion }
      : { ...input.outcome, isFirst, exclusion: input.exclusion },
  );
  if ('none' in reward) throw new RuleViolation(reward.none, input.exclusion ? 'exclusion' : 'outcome', reward.basis);
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(tipReward)
      .values({
        tipId: id,
        amountFen: reward.amountFen,
        finesFen,
        outcome: { ...input.outcome, isFirst, exclusion: input.exclusion },
        computation: reward.computation,
        basis: reward.basis,
        proposedBy: actor.userId!,
        proposedAt: now,
      })
      .returning({ id: tipReward.id });
    await appendEntry(tx, app, {
      orgId: t.orgId,
      actorId: actor.userId,
      action: 'tip.rewardProposed',
      subjectType: 'tip',
      subjectId: id,
      payload: { receipt: t.receipt, rewardId: row.id, amountFen: reward.amountFen, computation: reward.computation },
    });
  });
  return tipDetail(app, actor, id);
}

async function rewardInScope(app: AppContext, actor: Actor, id: string, rewardId: string) {
  const { t } = await tipInScope(app, actor, id);
  const [r] = await app.db
    .select()
    .from(tipReward)
    .where(and(eq(tipReward.id, rewardId), eq(tipReward.tipId, id)));
  if (!r) throw new NotFound('奖励记录不存在', 'rewardId');
  return { t, r };
}

function assertReward(r: RewardRow, version: number, from: RewardRow['state'], what: string) {
  if (r.version !== version) throw new Conflict(`该奖励已被他人处理（当前版本 ${r.version}），请刷新后重试`, 'version');
  if (r.state !== from) throw new Conflict(`该奖励当前不能${what}`, 'state');
}

async function step(
  app: AppContext,
  actor: Actor | null,
  t: typeof tip.$inferSelect,
  r: RewardRow,
  set: Partial<RewardRow>,
  action: string,
  payload: Record<string, unknown>,
) {
  await app.db.transaction(async (tx) => {
    const done = await tx
      .update(tipReward)
      .set({ ...set, version: r.version + 1 })
      .where(and(eq(tipReward.id, r.id), eq(tipReward.version, r.version)))
      .returning({ id: tipReward.id });
    if (done.length === 0) throw new Conflict('该奖励已被他人处理，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: t.orgId,
      actorId: actor?.userId ?? null,
      action,
      subjectType: 'tip',
      subjectId: t.id,
      payload: { receipt: t.receipt, rewardId: r.id, ...payload },
    });
  });
}

/** 审批: by a leader who neither assigned, verified nor proposed (职责分离). */
export async function decideReward(
  app: AppContext,
  actor: Actor,
  id: string,
  rewardId: string,
  decision: 'approve' | 'reject',
  input: { version: number; reason?: string },
) {
  assertCan(actor, 'tip.rewardApprove', '审批举报奖励');
  const { t, r } = await rewardInScope(app, actor, id, rewardId);
  assertReward(r, input.version, 'proposed', decision === 'approve' ? '批准' : '不予批准');
  const handlers = [t.assignedBy, t.verifiedBy, r.proposedBy].filter((x): x is string => x !== null);
  const conflict = dutyConflict('tip.reward', actor.userId, { tipHandler: handlers });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  const reason = input.reason?.trim() || null;
  if (decision === 'reject' && (!reason || [...reason].length < 4)) throw new ValidationError('不予批准须写明理由（不少于 4 个字）', 'reason');
  await step(
    app,
    actor,
    t,
    r,
    { state: decision === 'approve' ? 'approved' : 'rejected', decidedBy: actor.userId, decidedAt: app.clock.now(), reason },
    decision === 'approve' ? 'tip.rewardApproved' : 'tip.rewardRejected',
    { amountFen: r.amountFen, ...(reason ? { reason } : {}) },
  );
  return tipDetail(app, actor, id);
}

/** 申领 by the tipster, without sign-in: the identity given is sealed; a named tip's name must match. */
export async function claimReward(app: AppContext, input: { receipt: string; secret: string; name: string; idNumber: string; phone: string }) {
  const { t } = await tipByReceipt(app, input);
  const [r] = await app.db
    .select()
    .from(tipReward)
    .where(and(eq(tipReward.tipId, t.id), eq(tipReward.state, 'approved')));
  if (!r) throw new NotFound('该举报没有待领取的奖励', 'receipt');
  if (t.identity) {
    const known = JSON.parse(unseal(app.sealKey, t.identity)) as IdentityIn;
    if (known.name.replace(/\s+/g, '') !== input.name.replace(/\s+/g, '')) throw new ValidationError('领奖人姓名与举报时登记的姓名不一致', 'name');
  }
  const claimant = seal(app.sealKey, JSON.stringify({ name: input.name, idNumber: input.idNumber, phone: input.phone }));
  await step(app, null, t, r, { state: 'claimed', claimant, claimedAt: app.clock.now() }, 'tip.rewardClaimed', {});
  return { state: 'claimed' as const, amountFen: r.amountFen };
}

/** The claimant as the paying officer checks the card against it: the name with the middle hidden, the ID's last four. */
export async function claimantHint(app: AppContext, actor: Actor, id: string, rewardId: string) {
  assertCan(actor, 'tip.rewardPay', '发放举报奖励');
  const { r } = await rewardInScope(app, actor, id, rewardId);
  if (!r.claimant) throw new NotFound('举报人尚未申领该奖励', 'rewardId');
  const c = JSON.parse(unseal(app.sealKey, r.claimant)) as { name: string; idNumber: string };
  // First and last character kept (more than the portal's redaction shows): enough to match a card in hand.
  const chars = [...c.name];
  return { name: chars.length <= 2 ? `${chars[0]}*` : `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`, idNumberTail: c.idNumber.slice(-4) };
}

/** 发放: after the officer has checked the claimant's identity card. */
export async function payReward(app: AppContext, actor: Actor, id: string, rewardId: string, input: { version: number; paidOn: string; voucher: string }) {
  assertCan(actor, 'tip.rewardPay', '发放举报奖励');
  const { t, r } = await rewardInScope(app, actor, id, rewardId);
  assertReward(r, input.version, 'claimed', '发放');
  if (input.paidOn > chinaDate(app.clock.now())) throw new ValidationError('发放日期不能晚于今天', 'paidOn');
  if (r.claimedAt && input.paidOn < chinaDate(r.claimedAt)) throw new ValidationError('发放日期不能早于申领日期', 'paidOn');
  await step(app, actor, t, r, { state: 'paid', paidOn: input.paidOn, paidBy: actor.userId, voucher: input.voucher }, 'tip.rewardPaid', {
    amountFen: r.amountFen,
    paidOn: input.paidOn,
    voucher: input.voucher,
  });
  return tipDetail(app, actor, id);
}
