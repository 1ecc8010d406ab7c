// 举报、投诉: taken in on the portal (no sign-in) or recorded by staff from the 12350 line, a letter
// or a visit; the tipster gets a receipt code and a secret to follow it. Who tipped is sealed at
// rest and shown only to the principal leader, with a reason, as a security event. Every change is
// one transaction with its ledger entry, whose payload never carries the identity or the content.
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import { recordSecurityEvent } from '../../platform/auth/service.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { seal, unseal } from '../../platform/crypto/seal.js';
import { chinaDate } from '../../platform/dates.js';
import { Conflict, Forbidden, NotFound, TooManyRequests, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isUniqueViolation } from '../../platform/db/columns.js';
import { checkProof } from '../../platform/http/proof-of-work.js';
import { assertInSubtree, listBase, orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { tipCapabilities } from './capabilities.js';
import { COMPLAINT_KINDS, type IdentityIn, type ListTipsQuery, type PortalTipIn, type StaffTipIn, type TipIn, type TipOut } from './contract.js';
import { acceptBy, finishBy, matterKey, receiptCode, receiptSecret } from './rules.js';
import { tip, tipAttachment, tipReward } from './schema.js';
import { TIP_FIGURE_ROWS } from './figures.js';
import { figureRows } from '../../platform/figures/drill.js';

type Row = typeof tip.$inferSelect;

/** Portal tips from one address in an hour, at most: enough for a person, not for a script. */
export const PORTAL_LIMIT = { tips: 5, minutes: 60 };

export const digest = (s: string) => crypto.createHash('sm3').update(s).digest('hex');

export function assertCan(actor: Actor, capability: keyof typeof tipCapabilities, what: string) {
  if (actor.userId !== null && !holds(tipCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

async function receivingOrg(app: AppContext, regionCode: string) {
  const [found] = await app.db
    .select({ id: org.id, name: org.name, path: org.path })
    .from(org)
    .where(eq(org.regionCode, regionCode))
    .orderBy(asc(org.path))
    .limit(1);
  if (!found) throw new ValidationError('所选地区不在本平台受理范围，请选择所在的县（市、区）', 'regionCode');
  return found;
}

async function take(
  app: AppContext,
  input: TipIn,
  how: { channel: Row['channel']; receivedAt: Date; recordedBy: string | null; sourceDigest: string | null; powDigest?: string; actor: Actor },
) {
  const owner = await receivingOrg(app, input.regionCode);
  if (how.actor.userId !== null) assertInSubtree(how.actor, owner.path, '受理机构', 'regionCode');
  const receivedOn = chinaDate(how.receivedAt);
  const secret = receiptSecret(crypto.randomBytes(16));
  const identity = input.identity ? seal(app.sealKey, JSON.stringify(input.identity)) : null;
  const key = matterKey(input.kind, input.subjectName);
  return app.db.transaction(async (tx) => {
    // A receipt code is random; a clash (one in a billion a day) is simply drawn again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const receipt = receiptCode(receivedOn, crypto.randomBytes(6));
      const [row] = await tx
        .insert(tip)
        .values({
          receipt,
          secretDigest: digest(secret),
          orgId: owner.id,
          kind: input.kind,
          channel: how.channel,
          subjectName: input.subjectName,
          address: input.address ?? null,
          content: input.content,
          identity,
          anonymous: input.identity === null,
          matterKey: key,
          receivedAt: how.receivedAt,
          acceptBy: acceptBy(receivedOn),
          sourceDigest: how.sourceDigest,
          powDigest: how.powDigest ?? null,
          recordedBy: how.recordedBy,
        })
        .onConflictDoNothing({ target: tip.receipt })
        .returning({ id: tip.id, acceptBy: tip.acceptBy });
      if (!row) continue;
      await appendEntry(tx, app, {
        orgId: owner.id,
        actorId: how.recordedBy,
        action: 'tip.received',
        subjectType: 'tip',
        subjectId: row.id,
        payload: { receipt, kind: input.kind, channel: how.channel, anonymous: input.identity === null, contentDigest: digest(input.content) },
      });
      return { receipt, secret, receivedAt: how.receivedAt, orgName: owner.name, acceptBy: row.acceptBy, id: row.id };
    }
    throw new Conflict('受理编号生成冲突，请重试', 'receipt');
  });
}

/**
 * A tip from the portal, without sign-in: it must carry a solved proof of work, used once, and is
 * limited per address by a keyed digest of it.
 */
export async function submitTip(app: AppContext, { proof, ...input }: PortalTipIn, source: { ip: string | null }) {
  const now = app.clock.now();
  const powDigest = await checkProof(app.sealKey, proof);
  const [used] = await app.db.select({ id: tip.id }).from(tip).where(eq(tip.powDigest, powDigest));
  if (used) throw new ValidationError('该人机验证已使用过，请刷新页面后重新提交', 'proof');
  const sourceDigest = source.ip ? crypto.createHmac('sm3', app.sealKey.mac).update(source.ip).digest('hex') : null;
  if (sourceDigest) {
    const since = new Date(now.getTime() - PORTAL_LIMIT.minutes * 60_000);
    const [{ n }] = await app.db
      .select({ n: count() })
      .from(tip)
      .where(and(eq(tip.sourceDigest, sourceDigest), gt(tip.receivedAt, since)));
    if (n >= PORTAL_LIMIT.tips)
      throw new TooManyRequests(`同一网络地址 ${PORTAL_LIMIT.minutes} 分钟内最多提交 ${PORTAL_LIMIT.tips} 件举报，请稍后再试或拨打 12350`, 'content');
  }
  const { id: _id, ...receipt } = await take(app, input, {
    channel: 'portal',
    receivedAt: now,
    recordedBy: null,
    sourceDigest,
    powDigest,
    actor: { userId: null, username: 'public', orgId: null, orgPath: '/', roles: [] },
  }).catch((e) => {
    // Two sends of one solved challenge at once: the unique index lets one through.
    if (isUniqueViolation(e, 'tip_pow_idx')) throw new ValidationError('该人机验证已使用过，请刷新页面后重新提交', 'proof');
    throw e;
  });
  return receipt;
}

/** A tip that came by the 12350 line, a letter or a visit, recorded by staff. */
export async function recordTip(app: AppContext, actor: Actor, input: StaffTipIn) {
  assertCan(actor, 'tip.record', '登记举报');
  if (input.receivedAt.getTime() > app.clock.now().getTime()) throw new ValidationError('收到时间不能晚于现在', 'receivedAt');
  return take(app, input, { channel: input.channel, receivedAt: input.receivedAt, recordedBy: actor.userId, sourceDigest: null, actor });
}

/** The tip of a receipt code and secret; a wrong secret reads as no such tip. */
export async function tipByReceipt(app: AppContext, q: { receipt: string; secret: string }) {
  const [found] = await app.db.select({ t: tip, orgName: org.name }).from(tip).innerJoin(org, eq(org.id, tip.orgId)).where(eq(tip.receipt, q.receipt));
  const ok = found && crypto.timingSafeEqual(Buffer.from(found.t.secretDigest, 'hex'), Buffer.from(digest(q.secret.toUpperCase()), 'hex'));
  if (!found || !ok) throw new NotFound('受理编号或查询密码不正确', 'secret');
  return found;
}

/** The tipster's view, by receipt code and secret. */
export async function followTip(app: AppContext, q: { receipt: string; secret: string }) {
  const found = await tipByReceipt(app, q);
  const { t } = found;
  // The tipster hears of a reward once a leader has approved it, never of a proposal.
  const [reward] = await app.db
    .select({ state: tipReward.state, amountFen: tipReward.amountFen, decidedAt: tipReward.decidedAt })
    .from(tipReward)
    .where(and(eq(tipReward.tipId, t.id), inArray(tipReward.state, ['approved', 'claimed', 'paid'])))
    .orderBy(desc(tipReward.proposedAt))
    .limit(1);
  // Only what the tipster sent: staff's own scans stay with the file.
  const material = await app.db
    .select({ fileName: tipAttachment.fileName, size: tipAttachment.size, uploadedAt: tipAttachment.uploadedAt })
    .from(tipAttachment)
    .where(and(eq(tipAttachment.tipId, t.id), isNull(tipAttachment.uploadedBy)))
    .orderBy(asc(tipAttachment.uploadedAt));
  return {
    receipt: t.receipt,
    kind: t.kind,
    state: t.state,
    receivedAt: t.receivedAt,
    orgName: found.orgName,
    acceptBy: t.acceptBy,
    reply: t.reply,
    verification: t.verification,
    complaintOutcome: t.complaintOutcome,
    reward: reward ? { state: reward.state, amountFen: reward.amountFen, approvedOn: chinaDate(reward.decidedAt!) } : null,
    material,
  };
}

/** Complaints about the enforcement are hidden from whoever may not read them (the officers). */
export const visibleKinds = (actor: Actor): SQL | undefined =>
  actor.userId === null || holds(tipCapabilities, actor.roles, 'complaint.read') ? undefined : sql`${tip.kind} not in ${COMPLAINT_KINDS}`;

/** The first tip of each tip's matter in its bureau, by time of receipt (then receipt code). */
export async function firstOf(app: AppContext, rows: Row[]) {
  if (rows.length === 0) return new Map<string, string>();
  const keys = [...new Set(rows.map((r) => `${r.orgId}|${r.matterKey}`))];
  const found = await app.db
    .selectDistinctOn([tip.orgId, tip.matterKey], { orgId: tip.orgId, matterKey: tip.matterKey, id: tip.id })
    .from(tip)
    .where(inArray(sql`${tip.orgId}::text || '|' || ${tip.matterKey}`, keys))
    .orderBy(tip.orgId, tip.matterKey, asc(tip.receivedAt), asc(tip.receipt));
  return new Map(found.map((f) => [`${f.orgId}|${f.matterKey}`, f.id]));
}

/** The state of each tip's latest reward proposal. */
async function rewardStates(app: AppContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, TipOut['rewardState']>();
  const found = await app.db
    .selectDistinctOn([tipReward.tipId], { tipId: tipReward.tipId, state: tipReward.state })
    .from(tipReward)
    .where(inArray(tipReward.tipId, ids))
    .orderBy(tipReward.tipId, desc(tipReward.proposedAt));
  return new Map(found.map((f) => [f.tipId, f.state]));
}

const toOut = (r: Row, orgName: string, first: Map<string, string>, rewards: Map<string, TipOut['rewardState']>): TipOut => {
  const firstId = first.get(`${r.orgId}|${r.matterKey}`) ?? r.id;
  return {
    id: r.id,
    receipt: r.receipt,
    orgId: r.orgId,
    orgName,
    kind: r.kind,
    channel: r.channel,
    state: r.state,
    subjectName: r.subjectName,
    address: r.address,
    content: r.content,
    anonymous: r.anonymous,
    receivedAt: r.receivedAt,
    acceptBy: r.acceptBy,
    firstTipId: firstId === r.id ? null : firstId,
    reply: r.reply,
    finishBy: r.finishBy,
    taskId: r.taskId,
    verification: r.verification,
    verificationNote: r.verificationNote,
    caseIds: r.caseIds,
    complaintOutcome: r.complaintOutcome,
    correctiveAct: r.correctiveAct,
    rewardState: rewards.get(r.id) ?? null,
    version: r.version,
  };
};

export async function listTips(app: AppContext, actor: Actor, q: ListTipsQuery) {
  assertCan(actor, 'tip.read', '查看举报');
  const base = await listBase(app.db, actor, q.orgId);
  const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    orgPathWithin(base),
    visibleKinds(actor),
    q.state ? eq(tip.state, q.state) : undefined,
    q.kind ? eq(tip.kind, q.kind) : undefined,
    q.channel ? eq(tip.channel, q.channel) : undefined,
    like ? or(ilike(tip.subjectName, like), ilike(tip.receipt, like)) : undefined,
    q.figure ? figureRows(TIP_FIGURE_ROWS[q.figure], q, base) : undefined,
  );
  const [found, [{ total }]] = await Promise.all([
    app.db
      .select({ t: tip, orgName: org.name })
      .from(tip)
      .innerJoin(org, eq(org.id, tip.orgId))
      .where(where)
      .orderBy(desc(tip.receivedAt), asc(tip.receipt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    app.db.select({ total: count() }).from(tip).innerJoin(org, eq(org.id, tip.orgId)).where(where),
  ]);
  const [first, rewards] = await Promise.all([
    firstOf(
      app,
      found.map((f) => f.t),
    ),
    rewardStates(
      app,
      found.map((f) => f.t.id),
    ),
  ]);
  return { items: found.map((f) => toOut(f.t, f.orgName, first, rewards)), total };
}

export async function tipInScope(app: AppContext, actor: Actor, id: string) {
  const [found] = await app.db.select({ t: tip, orgName: org.name, orgPath: org.path }).from(tip).innerJoin(org, eq(org.id, tip.orgId)).where(eq(tip.id, id));
  if (!found) throw new NotFound('举报不存在', 'id');
  assertInSubtree(actor, found.orgPath, '举报');
  if (actor.userId !== null && COMPLAINT_KINDS.includes(found.t.kind) && !holds(tipCapabilities, actor.roles, 'complaint.read'))
    throw new Forbidden('投诉由法制机构和局领导办理，当前角色无权查看', 'id');
  return found;
}

/** One tip as the API shows it, from its row (the first of its matter and its reward's state looked up). */
export async function tipOutOf(app: AppContext, t: Row, orgName: string): Promise<TipOut> {
  const [first, rewards] = await Promise.all([firstOf(app, [t]), rewardStates(app, [t.id])]);
  return toOut(t, orgName, first, rewards);
}

export async function getTip(app: AppContext, actor: Actor, id: string) {
  const { t, orgName } = await tipInScope(app, actor, id);
  return tipOutOf(app, t, orgName);
}

/** 受理 or 不予受理, told to the tipster (a decline with its reason). */
export async function decideTip(app: AppContext, actor: Actor, id: string, decision: 'accept' | 'decline', input: { version: number; reason?: string }) {
  assertCan(actor, 'tip.decide', '决定是否受理举报');
  const { t } = await tipInScope(app, actor, id);
  if (t.version !== input.version) throw new Conflict(`该举报已被他人处理（当前版本 ${t.version}），请刷新后重试`, 'version');
  if (t.state !== 'received') throw new Conflict('该举报已作出受理决定', 'state');
  const reason = input.reason?.trim() || null;
  if (decision === 'decline' && (!reason || [...reason].length < 4))
    throw new ValidationError('不予受理须写明理由（不少于 4 个字），理由将告知举报人', 'reason');
  const now = app.clock.now();
  const reply = decision === 'accept' ? '您的举报已受理，正在核查。' : `不予受理。理由：${reason}`;
  await app.db.transaction(async (tx) => {
    const done = await tx
      .update(tip)
      .set({
        state: decision === 'accept' ? 'accepted' : 'declined',
        decidedBy: actor.userId,
        decidedAt: now,
        reply,
        finishBy: decision === 'accept' ? finishBy(chinaDate(now)) : null,
        version: t.version + 1,
      })
      .where(and(eq(tip.id, id), eq(tip.version, t.version), eq(tip.state, 'received')))
      .returning({ id: tip.id });
    if (done.length === 0) throw new Conflict('该举报已被他人处理，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: t.orgId,
      actorId: actor.userId,
      action: decision === 'accept' ? 'tip.accepted' : 'tip.declined',
      subjectType: 'tip',
      subjectId: id,
      payload: { receipt: t.receipt, onTime: chinaDate(now) <= t.acceptBy, ...(reason ? { reason } : {}) },
    });
  });
  return getTip(app, actor, id);
}

/** Who tipped, for the principal leader only, with the reason on the ledger and as a security event. */
export async function revealIdentity(app: AppContext, actor: Actor, id: string, reason: string, ip: string | null): Promise<IdentityIn> {
  assertCan(actor, 'tip.reveal', '查看举报人身份');
  const { t } = await tipInScope(app, actor, id);
  if (!t.identity) throw new NotFound('该举报为匿名举报，没有举报人身份信息', 'id');
  const identity = JSON.parse(unseal(app.sealKey, t.identity)) as IdentityIn;
  await app.db.transaction(async (tx) => {
    await appendEntry(tx, app, {
      orgId: t.orgId,
      actorId: actor.userId,
      action: 'tip.identityRevealed',
      subjectType: 'tip',
      subjectId: id,
      payload: { receipt: t.receipt, reason },
    });
    await recordSecurityEvent(tx, app, {
      kind: 'identityRevealed',
      userId: actor.userId,
      username: actor.username,
      ip,
      detail: { receipt: t.receipt, reason },
    });
  });
  return identity;
}
