// 抽样取证 and 先行登记保存 on a case (行政处罚法 第五十六条): each act writes the case (optimistic
// version), numbers its instrument and appends its ledger entry in ONE transaction. The rules are
// in collection-rules.ts; "today" is the China date of the injected clock.
import { and, eq } from 'drizzle-orm';
import { holds } from '../../../platform/auth/capabilities.js';
import { userAccount } from '../../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Tx } from '../../../platform/db/index.js';
import { issueInstrumentNumber } from '../../../platform/documents/service.js';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import {
  preservationApprovalProblem,
  preservationDecisionDueOn,
  preservationDecisionProblem,
  preservationRequestProblem,
  samplingProblem,
  type Preservation,
  type PreservationApprovalIn,
  type PreservationDecisionIn,
  type PreservationIn,
  type Problem,
  type Sampling,
  type SamplingIn,
} from './rules.js';
import { caseCapabilities } from '../capabilities.js';
import { penaltyCase } from '../schema.js';
import { orgInScope } from '../../../platform/orgs/scope.js';

type Row = typeof penaltyCase.$inferSelect;

/** The case in the actor's scope at the version the client saw (404, 403 or 409 otherwise); interviews use it too. */
export async function caseAtVersion(app: AppContext, actor: Actor, id: string, version: number): Promise<Row> {
  const [c] = await app.db.select().from(penaltyCase).where(eq(penaltyCase.id, id));
  if (!c) throw new NotFound('案件不存在', 'id');
  await orgInScope(app.db, actor, c.orgId, 'id');
  if (c.version !== version) throw new Conflict(`该案件已被他人更新（当前版本 ${c.version}），请刷新后重试`, 'version');
  return c;
}

/** A separation-of-duties problem is a 403, like every other one (platform/duties.ts); the rest 422. */
const refuse = (p: Problem | null) => {
  if (p?.field === 'actor') throw new Forbidden(p.problem, 'actor');
  if (p) throw new RuleViolation(p.problem, p.field, p.article);
};

export function investigatorOnly(actor: Actor, c: Pick<Row, 'investigatorIds'>, act: string) {
  if (!actor.userId || !c.investigatorIds.includes(actor.userId)) throw new Forbidden(`只有本案承办人员可以${act}`, 'actor');
}

function headOnly(actor: Actor, act: string) {
  if (!actor.userId || !holds(caseCapabilities, actor.roles, 'case.approvePreservation'))
    throw new Forbidden(`只有行政机关负责人（主要负责人、分管负责人）可以${act}`, 'actor');
}

/** Writes the new lists at version + 1, or 409 when someone wrote first. */
async function write(tx: Tx, app: AppContext, c: Row, set: Partial<Pick<Row, 'samplings' | 'preservations'>>) {
  const [w] = await tx
    .update(penaltyCase)
    .set({ ...set, version: c.version + 1, updatedAt: app.clock.now() })
    .where(and(eq(penaltyCase.id, c.id), eq(penaltyCase.version, c.version)))
    .returning({ id: penaltyCase.id });
  if (!w) throw new Conflict('该案件已被他人更新，请刷新后重试', 'version');
}

async function ledger(tx: Tx, app: AppContext, actor: Actor, c: Row, action: string, payload: Record<string, unknown>) {
  await appendEntry(tx, app, { orgId: c.orgId, actorId: actor.userId, action, subjectType: 'penaltyCase', subjectId: c.id, payload });
}

export async function recordSampling(
  app: AppContext,
  actor: Actor,
  id: string,
  input: SamplingIn,
): Promise<{ index: number; number: string; version: number }> {
  const c = await caseAtVersion(app, actor, id, input.version);
  refuse(samplingProblem(c, input));
  investigatorOnly(actor, c, '抽样取证');
  const { version: _v, ...fields } = input;
  return app.db.transaction(async (tx) => {
    const { number } = await issueInstrumentNumber(tx, app, actor, { orgId: c.orgId, type: 'samplingVoucher', subjectType: 'penaltyCase', subjectId: id });
    const entry: Sampling = { ...fields, number, recordedBy: actor.userId!, recordedAt: app.clock.now().toISOString() };
    const samplings = [...c.samplings, entry];
    await write(tx, app, c, { samplings });
    await ledger(tx, app, actor, c, 'case.recordSampling', { index: samplings.length - 1, ...entry });
    return { index: samplings.length - 1, number, version: c.version + 1 };
  });
}

export async function requestPreservation(app: AppContext, actor: Actor, id: string, input: PreservationIn): Promise<{ index: number; version: number }> {
  const c = await caseAtVersion(app, actor, id, input.version);
  refuse(preservationRequestProblem(c, input));
  investigatorOnly(actor, c, '申请先行登记保存证据');
  const { version: _v, ...fields } = input;
  const entry: Preservation = {
    ...fields,
    status: 'requested',
    requestedBy: actor.userId!,
    requestedAt: app.clock.now().toISOString(),
    approval: null,
    noticeNumber: null,
    approvedOn: null,
    decisionDueOn: null,
    decision: null,
  };
  const preservations = [...c.preservations, entry];
  return app.db.transaction(async (tx) => {
    await write(tx, app, c, { preservations });
    await ledger(tx, app, actor, c, 'case.requestPreservation', { index: preservations.length - 1, ...entry });
    return { index: preservations.length - 1, version: c.version + 1 };
  });
}

function preservationAt(c: Row, index: number): Preservation {
  const p = c.preservations[index];
  if (!p) throw new NotFound(`本案没有第 ${index + 1} 项先行登记保存`, 'index');
  return p;
}

async function nameOf(app: AppContext, userId: string): Promise<string> {
  const [u] = await app.db.select({ name: userAccount.displayName }).from(userAccount).where(eq(userAccount.id, userId));
  return u?.name ?? '';
}

/** 经行政机关负责人批准: on approval the notice is numbered and the seven working days start. */
export async function approvePreservation(app: AppContext, actor: Actor, id: string, index: number, input: PreservationApprovalIn) {
  const c = await caseAtVersion(app, actor, id, input.version);
  const p = preservationAt(c, index);
  headOnly(actor, '审批先行登记保存');
  refuse(preservationApprovalProblem(c, p, actor.userId!));
  if (!input.approve && !input.opinion) throw new RuleViolation('不予批准的，须填写审批意见（opinion）', 'opinion');
  const now = app.clock.now();
  const approvedOn = chinaDate(now);
  const approval = { approved: input.approve, opinion: input.opinion, by: actor.userId!, byName: await nameOf(app, actor.userId!), at: now.toISOString() };
  return app.db.transaction(async (tx) => {
    let next: Preservation = { ...p, status: 'refused', approval };
    if (input.approve) {
      const { number } = await issueInstrumentNumber(tx, app, actor, { orgId: c.orgId, type: 'preservationNotice', subjectType: 'penaltyCase', subjectId: id });
      next = { ...p, status: 'approved', approval, noticeNumber: number, approvedOn, decisionDueOn: preservationDecisionDueOn(approvedOn) };
    }
    const preservations = c.preservations.map((x, i) => (i === index ? next : x));
    await write(tx, app, c, { preservations });
    await ledger(tx, app, actor, c, input.approve ? 'case.approvePreservation' : 'case.refusePreservation', { index, ...next });
    return { index, noticeNumber: next.noticeNumber, decisionDueOn: next.decisionDueOn, version: c.version + 1 };
  });
}

/** The 处理决定 within the seven working days, numbered with the act. */
export async function decidePreservation(app: AppContext, actor: Actor, id: string, index: number, input: PreservationDecisionIn) {
  const c = await caseAtVersion(app, actor, id, input.version);
  const p = preservationAt(c, index);
  headOnly(actor, '作出先行登记保存证据处理决定');
  const now = app.clock.now();
  const decidedOn = chinaDate(now);
  refuse(preservationDecisionProblem(c, p, actor.userId!, decidedOn));
  const byName = await nameOf(app, actor.userId!);
  return app.db.transaction(async (tx) => {
    const { number } = await issueInstrumentNumber(tx, app, actor, { orgId: c.orgId, type: 'preservationDecision', subjectType: 'penaltyCase', subjectId: id });
    const next: Preservation = {
      ...p,
      status: 'decided',
      decision: { kind: input.kind, details: input.details, by: actor.userId!, byName, at: now.toISOString(), decidedOn, number },
    };
    const preservations = c.preservations.map((x, i) => (i === index ? next : x));
    await write(tx, app, c, { preservations });
    await ledger(tx, app, actor, c, 'case.decidePreservation', { index, ...next });
    return { index, number, version: c.version + 1 };
  });
}
