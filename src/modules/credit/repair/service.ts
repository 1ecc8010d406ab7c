// 信用修复 (提前移出): the listed enterprise applies for its own listing online, or staff record the
// application at the counter; an officer reviews it; a 负责人 of the deciding bureau who neither
// reviewed nor recorded it decides (信用修复决定书, numbered 信修). Approval removes the listing at once
// (removal reason 信用修复) and tells disclosure to withdraw the penalty decision's publication; an
// early removal later found obtained by concealment or fraud is revoked (信撤) and the listing
// restored. Every change: one transaction, its ledger entries, the version checked in the UPDATE.
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { issueInstrumentNumber } from '../../../platform/documents/service.js';
import { dutyConflict } from '../../../platform/duties.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { isInSubtree } from '../../../platform/orgs/rules.js';
import { orgPathWithin } from '../../../platform/orgs/scope.js';
import { org } from '../../../platform/orgs/schema.js';
import { enterprisesByIds } from '../../registry/queries.js';
import { CREDIT_LABELS, type RepairState, type RepairStep } from '../codes.js';
import type { RepairApplyIn, RepairDecideIn, RepairOut, RepairReviewIn, RepairRevokeIn } from '../contract.js';
import { DECIDING_ORG_BASIS } from '../rules.js';
import { creditListing, creditRepair } from '../schema.js';
import { assertCan } from '../service.js';
import {
  applyProblem,
  claimsProblem,
  conditionBasis,
  REPAIR_CONDITIONS,
  REPAIR_DECISION_PERIOD,
  REPAIR_REVOCATION_BASIS,
  REPAIR_STEP_TABLE,
  REPAIR_WAIT,
  repairDueOn,
  repairStepProblem,
} from './rules.js';

/** A signed-in person as the credit module sees them: an enterprise user carries its enterprise. */
export type CreditActor = Actor & { enterpriseId?: string | null };
export const isEnterpriseUser = (a: CreditActor) => a.roles.includes('enterpriseUser');

type RepairRow = typeof creditRepair.$inferSelect;
type ListingRow = typeof creditListing.$inferSelect;

/** A listing the actor may act on: staff within their subtree, an enterprise user its own. */
export async function listingForSubject(app: AppContext, actor: CreditActor, id: string, field = 'listingId') {
  const [found] = await app.db
    .select({ l: creditListing, orgPath: org.path })
    .from(creditListing)
    .innerJoin(org, eq(org.id, creditListing.orgId))
    .where(eq(creditListing.id, id));
  if (!found) throw new NotFound('严重失信主体名单记录不存在', field);
  if (isEnterpriseUser(actor) ? found.l.enterpriseId !== actor.enterpriseId : !isInSubtree(actor.orgPath, found.orgPath))
    throw new Forbidden('无权办理该名单记录', field);
  return found.l;
}

export async function repairInScope(app: AppContext, actor: CreditActor, id: string, field = 'id') {
  const [found] = await app.db
    .select({ r: creditRepair, orgPath: org.path })
    .from(creditRepair)
    .innerJoin(org, eq(org.id, creditRepair.orgId))
    .where(eq(creditRepair.id, id));
  if (!found) throw new NotFound('信用修复申请不存在', field);
  if (isEnterpriseUser(actor) ? found.r.enterpriseId !== actor.enterpriseId : !isInSubtree(actor.orgPath, found.orgPath))
    throw new Forbidden('无权访问该信用修复申请', field);
  return found.r;
}

/** Rows as the API shows them. */
export async function repairsOut(ex: Executor, rows: RepairRow[]): Promise<RepairOut[]> {
  if (rows.length === 0) return [];
  const firms = await enterprisesByIds(
    ex,
    rows.map((r) => r.enterpriseId),
  );
  const listings = await ex
    .select({
      id: creditListing.id,
      decisionNumber: creditListing.decisionNumber,
      listedOn: creditListing.listedOn,
      termEndsOn: creditListing.termEndsOn,
      orgName: org.name,
    })
    .from(creditListing)
    .innerJoin(org, eq(org.id, creditListing.orgId))
    .where(inArray(creditListing.id, [...new Set(rows.map((r) => r.listingId))]));
  const byId = new Map(listings.map((l) => [l.id, l]));
  return rows.map((r) => {
    const l = byId.get(r.listingId);
    return {
      id: r.id,
      listingId: r.listingId,
      orgId: r.orgId,
      orgName: l?.orgName ?? '',
      enterpriseId: r.enterpriseId,
      enterpriseName: firms.get(r.enterpriseId)?.name ?? '',
      uscc: firms.get(r.enterpriseId)?.uscc ?? '',
      listingDecisionNumber: l?.decisionNumber ?? null,
      listedOn: l?.listedOn ?? null,
      termEndsOn: l?.termEndsOn ?? null,
      channel: r.channel,
      appliedBy: r.appliedBy,
      appliedOn: r.appliedOn,
      dueOn: r.dueOn,
      claims: REPAIR_CONDITIONS.map((c) => {
        const claim = r.claims.find((x) => x.code === c.code);
        return { code: c.code, label: c.label, basis: conditionBasis(c), required: c.required, met: claim?.met ?? false, evidence: claim?.evidence ?? '' };
      }),
      state: r.state,
      reviewedBy: r.reviewedBy,
      reviewedOn: r.reviewedOn,
      reviewOpinion: r.reviewOpinion,
      reviewNote: r.reviewNote,
      decidedBy: r.decidedBy,
      decidedOn: r.decidedOn,
      decision: r.decision,
      decisionReason: r.decisionReason,
      decisionNumber: r.decisionNumber,
      revokedOn: r.revokedOn,
      revocationReason: r.revocationReason,
      revocationNumber: r.revocationNumber,
      version: r.version,
    };
  });
}

export async function getRepair(app: AppContext, actor: CreditActor, id: string): Promise<RepairOut> {
  assertCan(actor, 'credit.view', '查看信用修复申请');
  return (await repairsOut(app.db, [await repairInScope(app, actor, id)]))[0];
}

/** The staff's applications in their subtree, open ones first by the day the decision is due. */
export async function listRepairs(app: AppContext, actor: CreditActor, q: { state?: RepairState; page: number; pageSize: number }) {
  assertCan(actor, 'credit.read', '查看信用修复申请');
  const where = and(orgPathWithin(actor.orgPath), q.state ? eq(creditRepair.state, q.state) : undefined) as SQL;
  const [rows, [{ total }]] = await Promise.all([
    app.db
      .select({ r: creditRepair })
      .from(creditRepair)
      .innerJoin(org, eq(org.id, creditRepair.orgId))
      .where(where)
      .orderBy(asc(creditRepair.dueOn), asc(creditRepair.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    app.db.select({ total: count() }).from(creditRepair).innerJoin(org, eq(org.id, creditRepair.orgId)).where(where),
  ]);
  return {
    items: await repairsOut(
      app.db,
      rows.map((x) => x.r),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** 申请提前移出: the claims complete, the 12 months passed, no other application open. */
export async function applyRepair(app: AppContext, actor: CreditActor, input: RepairApplyIn): Promise<RepairOut> {
  assertCan(actor, 'credit.apply', '申请提前移出严重失信主体名单');
  if (actor.userId === null) throw new RuleViolation('提前移出申请须由企业或代为登记的执法人员提出', 'listingId');
  const online = isEnterpriseUser(actor);
  if (online && !actor.enterpriseId) throw new ValidationError('该企业用户未关联企业', 'listingId');
  const l = await listingForSubject(app, actor, input.listingId);
  const today = chinaDate(app.clock.now());
  const [{ open }] = await app.db
    .select({ open: count() })
    .from(creditRepair)
    .where(and(eq(creditRepair.listingId, l.id), inArray(creditRepair.state, ['applied', 'reviewed'])));
  const bad = applyProblem(l, today, open > 0);
  if (bad) {
    if (bad.conflict) throw new Conflict(bad.problem, bad.field);
    throw new RuleViolation(bad.problem, bad.field, bad.basis);
  }
  const claimsBad = claimsProblem(input.claims);
  if (claimsBad) throw new ValidationError(claimsBad.problem, claimsBad.field);
  const dueOn = repairDueOn(today);
  const id = await app.db.transaction(async (tx: Tx) => {
    const [row] = await tx
      .insert(creditRepair)
      .values({
        listingId: l.id,
        orgId: l.orgId,
        enterpriseId: l.enterpriseId,
        channel: online ? 'online' : 'counter',
        appliedBy: actor.userId as string,
        appliedOn: today,
        dueOn,
        claims: input.claims.map((c) => ({ code: c.code, met: c.met, evidence: c.evidence.trim() })),
        createdAt: app.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: creditRepair.id });
    if (!row) throw new Conflict('该名单记录已有正在办理的提前移出申请', 'listingId');
    await appendEntry(tx, app, {
      orgId: l.orgId,
      actorId: actor.userId,
      action: 'credit.repairApplied',
      subjectType: 'creditRepair',
      subjectId: row.id,
      payload: {
        listingId: l.id,
        enterpriseId: l.enterpriseId,
        channel: online ? 'online' : 'counter',
        appliedOn: today,
        dueOn,
        met: input.claims.filter((c) => c.met).map((c) => c.code),
        basis: REPAIR_WAIT.basis,
      },
    });
    return row.id;
  });
  return getRepair(app, actor, id);
}

function assertRepairStep(r: RepairRow, version: number, step: RepairStep) {
  if (r.version !== version) throw new Conflict(`该信用修复申请已被他人处理（当前版本 ${r.version}），请刷新后重试`, 'version');
  const problem = repairStepProblem(step, r.state);
  if (problem) throw new Conflict(problem, 'state');
}

async function staffRepair(app: AppContext, actor: CreditActor, id: string, capability: 'credit.handle' | 'credit.decide', what: string) {
  assertCan(actor, capability, what);
  if (isEnterpriseUser(actor)) throw new Forbidden(`${what}由作出列入决定的应急管理部门办理`, 'id');
  return repairInScope(app, actor, id);
}

/** The update at the version read, or a conflict. */
async function updateRepair(tx: Tx, r: RepairRow, set: Partial<RepairRow>) {
  const done = await tx
    .update(creditRepair)
    .set({ ...set, version: r.version + 1 })
    .where(and(eq(creditRepair.id, r.id), eq(creditRepair.version, r.version)))
    .returning({ id: creditRepair.id });
  if (done.length === 0) throw new Conflict('该信用修复申请已被他人处理，请刷新后重试', 'version');
}

/** 审查: an officer's opinion for the decision. */
export async function reviewRepair(app: AppContext, actor: CreditActor, id: string, input: RepairReviewIn): Promise<RepairOut> {
  const r = await staffRepair(app, actor, id, 'credit.handle', '审查信用修复申请');
  assertRepairStep(r, input.version, 'review');
  const today = chinaDate(app.clock.now());
  await app.db.transaction(async (tx: Tx) => {
    await updateRepair(tx, r, {
      state: REPAIR_STEP_TABLE.review.to,
      reviewedBy: actor.userId,
      reviewedOn: today,
      reviewOpinion: input.opinion,
      reviewNote: input.note,
    });
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'credit.repairReviewed',
      subjectType: 'creditRepair',
      subjectId: r.id,
      payload: { listingId: r.listingId, opinion: input.opinion, reviewedOn: today },
    });
  });
  return getRepair(app, actor, id);
}

function assertDecider(actor: CreditActor, r: RepairRow) {
  if (actor.userId !== null && actor.orgId !== r.orgId)
    throw new Forbidden('信用修复由作出列入决定的应急管理部门决定（谁列入、谁修复）', 'id', DECIDING_ORG_BASIS);
}

/** 准予 or 不予提前移出 (信修); approval removes the listing and withdraws the penalty decision's publication. */
export async function decideRepair(app: AppContext, actor: CreditActor, id: string, input: RepairDecideIn): Promise<RepairOut> {
  const r = await staffRepair(app, actor, id, 'credit.decide', '作出信用修复决定');
  const step = input.decision;
  assertRepairStep(r, input.version, step);
  assertDecider(actor, r);
  const conflict = dutyConflict('credit.repairDecide', actor.userId, {
    repairReviewer: [r.reviewedBy],
    drafter: r.channel === 'counter' ? [r.appliedBy] : [],
  });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  const today = chinaDate(app.clock.now());
  await app.db.transaction(async (tx: Tx) => {
    const [l] = await tx.select().from(creditListing).where(eq(creditListing.id, r.listingId)).for('update');
    if (step === 'approve' && l.state !== 'listed') throw new Conflict(`名单记录当前为“${CREDIT_LABELS.state[l.state]}”，不能提前移出`, 'state');
    const { number } = await issueInstrumentNumber(tx, app, actor, {
      orgId: r.orgId,
      type: 'creditRepairDecision',
      subjectType: 'creditRepair',
      subjectId: r.id,
    });
    await updateRepair(tx, r, {
      state: REPAIR_STEP_TABLE[step].to,
      decidedBy: actor.userId,
      decidedOn: today,
      decision: step,
      decisionReason: input.reason,
      decisionNumber: number,
    });
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: step === 'approve' ? 'credit.repairApproved' : 'credit.repairRefused',
      subjectType: 'creditRepair',
      subjectId: r.id,
      payload: { listingId: r.listingId, number, decidedOn: today, dueOn: r.dueOn, basis: REPAIR_DECISION_PERIOD.basis },
    });
    if (step === 'approve') await removeEarly(tx, app, actor, l, r, number, today);
  });
  return getRepair(app, actor, id);
}

async function removeEarly(tx: Tx, app: AppContext, actor: CreditActor, l: ListingRow, r: RepairRow, number: string, today: string) {
  await tx
    .update(creditListing)
    .set({ state: 'removed', removedOn: today, removalReason: 'repaired', version: l.version + 1 })
    .where(eq(creditListing.id, l.id));
  const { seq } = await appendEntry(tx, app, {
    orgId: l.orgId,
    actorId: actor.userId,
    action: 'credit.removedEarly',
    subjectType: 'creditListing',
    subjectId: l.id,
    payload: { caseId: l.caseId, enterpriseId: l.enterpriseId, repairId: r.id, repairDecisionNumber: number, removedOn: today },
  });
  await app.events.publish({ tx, actor, actSeq: seq }, 'credit.removedEarly', {
    listingId: l.id,
    repairId: r.id,
    orgId: l.orgId,
    enterpriseId: l.enterpriseId,
    caseId: l.caseId,
    penaltyDecisionNumber: l.penaltyDecisionNumber,
    repairDecisionNumber: number,
    removedOn: today,
  });
}

/** 撤销提前移出 (信撤): obtained by concealment or fraud; the listing is back on the list for the rest of its term. */
export async function revokeRepair(app: AppContext, actor: CreditActor, id: string, input: RepairRevokeIn): Promise<RepairOut> {
  const r = await staffRepair(app, actor, id, 'credit.decide', '撤销提前移出决定');
  assertRepairStep(r, input.version, 'revoke');
  assertDecider(actor, r);
  const today = chinaDate(app.clock.now());
  await app.db.transaction(async (tx: Tx) => {
    const [l] = await tx.select().from(creditListing).where(eq(creditListing.id, r.listingId)).for('update');
    if (l.state !== 'removed' || l.removalReason !== 'repaired') throw new Conflict('名单记录已不处于信用修复移出状态，不能恢复列入', 'state');
    const { number } = await issueInstrumentNumber(tx, app, actor, {
      orgId: r.orgId,
      type: 'creditRepairRevocation',
      subjectType: 'creditRepair',
      subjectId: r.id,
    });
    await updateRepair(tx, r, { state: 'revoked', revokedBy: actor.userId, revokedOn: today, revocationReason: input.reason, revocationNumber: number });
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'credit.repairRevoked',
      subjectType: 'creditRepair',
      subjectId: r.id,
      payload: { listingId: r.listingId, number, revokedOn: today, basis: REPAIR_REVOCATION_BASIS },
    });
    await tx
      .update(creditListing)
      .set({ state: 'listed', removedOn: null, removalReason: null, version: l.version + 1 })
      .where(eq(creditListing.id, l.id));
    await appendEntry(tx, app, {
      orgId: l.orgId,
      actorId: actor.userId,
      action: 'credit.restored',
      subjectType: 'creditListing',
      subjectId: l.id,
      payload: { caseId: l.caseId, enterpriseId: l.enterpriseId, repairId: r.id, revocationNumber: number, restoredOn: today, termEndsOn: l.termEndsOn },
    });
  });
  return getRepair(app, actor, id);
}
