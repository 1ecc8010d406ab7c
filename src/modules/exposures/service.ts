// 警示曝光, 典型案例 and 通报: an officer drafts one (a decided case of the bureau's subtree read
// through the cases module's queries, copied as it stood), a 负责人 of the bureau who did not draft
// it approves its publication — the redacted public document (rules.ts publicDocument) is fixed then
// and is the ledger entry's payload — and a 负责人 may withdraw it with a reason. Every change: one
// transaction, one ledger entry, the version checked again in the UPDATE.
import { and, eq, inArray } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { dutyConflict } from '../../platform/duties.js';
import { Conflict, Forbidden, NotFound, RuleViolation } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { assertInSubtree, orgInScope } from '../../platform/orgs/scope.js';
import { casesForPublication } from '../cases/queries.js';
import { enterprisesByIds } from '../registry/queries.js';
import { exposureCapabilities } from './capabilities.js';
import { EXPOSURE_LABELS, type ExposureState } from './codes.js';
import type { DraftIn, ExposureOut, draftIn } from './contract.js';
import { draftProblem, type ExposureStep, EXPOSURE_STEPS, type Problem, publicDocument, REDACTION_BASIS, stepProblem } from './rules.js';
import { exposure } from './schema.js';
import type { z } from 'zod';

export type ExposureRow = typeof exposure.$inferSelect;
export type ExposureActor = Actor & { enterpriseId?: string | null };

export function assertCan(actor: Actor, capability: keyof typeof exposureCapabilities, what: string) {
  if (actor.userId !== null && !holds(exposureCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

export const refuse = (p: Problem): never => {
  throw new RuleViolation(p.problem, p.field, p.article);
};

/** The item, if the actor's subtree holds the bureau that drafted it. */
export async function exposureInScope(app: AppContext, actor: Actor, id: string, field = 'id', ex: Executor = app.db) {
  const [found] = await ex
    .select({ e: exposure, orgPath: org.path, orgName: org.name })
    .from(exposure)
    .innerJoin(org, eq(org.id, exposure.orgId))
    .where(eq(exposure.id, id));
  if (!found) throw new NotFound('警示曝光、典型案例或通报不存在', field);
  assertInSubtree(actor, found.orgPath, '该事项', field);
  return found;
}

/** Rows as the API shows them, with the bureau's, the enterprise's and the people's names. */
export async function exposuresOut(ex: Executor, rows: { e: ExposureRow; orgName: string }[]): Promise<ExposureOut[]> {
  if (rows.length === 0) return [];
  const firms = await enterprisesByIds(
    ex,
    rows.flatMap((r) => (r.e.enterpriseId ? [r.e.enterpriseId] : [])),
  );
  const ids = [...new Set(rows.flatMap((r) => [r.e.draftedBy, ...(r.e.approvedBy ? [r.e.approvedBy] : [])]))];
  const people = await ex.select({ id: userAccount.id, name: userAccount.displayName }).from(userAccount).where(inArray(userAccount.id, ids));
  const name = new Map(people.map((p) => [p.id, p.name]));
  return rows.map(({ e, orgName }) => ({
    id: e.id,
    kind: e.kind,
    orgId: e.orgId,
    orgName,
    caseId: e.caseId,
    penaltyDecisionNumber: e.penaltyDecisionNumber,
    penaltyDecidedOn: e.penaltyDecidedOn,
    enterpriseId: e.enterpriseId,
    enterpriseName: e.enterpriseId ? (firms.get(e.enterpriseId)?.name ?? null) : null,
    title: e.title,
    content: e.content,
    number: e.number,
    scope: e.scope,
    caseIds: e.caseIds,
    enterpriseIds: e.enterpriseIds,
    channels: e.channels as ExposureOut['channels'],
    personNames: e.personNames,
    state: e.state,
    draftedBy: e.draftedBy,
    draftedByName: name.get(e.draftedBy) ?? '',
    draftedOn: e.draftedOn,
    approvedBy: e.approvedBy,
    approvedByName: e.approvedBy ? (name.get(e.approvedBy) ?? '') : null,
    publishedOn: e.publishedOn,
    document: e.document,
    publishSeq: e.publishSeq,
    withdrawnOn: e.withdrawnOn,
    withdrawalReason: e.withdrawalReason,
    version: e.version,
  }));
}

export async function getExposure(app: AppContext, actor: Actor, id: string): Promise<ExposureOut> {
  assertCan(actor, 'exposure.read', '查看警示曝光、典型案例和通报');
  const { e, orgName } = await exposureInScope(app, actor, id);
  return (await exposuresOut(app.db, [{ e, orgName }]))[0];
}

/** 起草: the case (警示曝光, 典型案例) or the cases and enterprises a circular names, all of the actor's subtree. */
export async function draftExposure(app: AppContext, actor: Actor, raw: DraftIn): Promise<ExposureOut> {
  assertCan(actor, 'exposure.draft', '起草警示曝光、典型案例或通报');
  if (actor.userId === null) throw new RuleViolation('须由工作人员起草', 'kind');
  const input: z.output<typeof draftIn> = raw as z.output<typeof draftIn>;
  const owner = await orgInScope(app.db, actor, input.orgId ?? (actor.orgId as string));
  const caseIds = input.kind === 'circular' ? input.caseIds : input.caseId ? [input.caseId] : [];
  const cases = new Map((await casesForPublication(app.db, caseIds)).map((c) => [c.id, c]));
  const main = input.kind === 'circular' ? undefined : input.caseId ? cases.get(input.caseId) : undefined;
  const facts = main ? { decided: main.decided, enterpriseId: main.enterpriseId, inSubtree: isInSubtree(owner.path, main.orgPath) } : null;
  const problem = draftProblem(input, facts);
  if (problem) refuse(problem);
  for (const id of caseIds) {
    const c = cases.get(id);
    if (!c) throw new NotFound('通报涉及的案件不存在', 'caseIds');
    if (!isInSubtree(owner.path, c.orgPath)) throw new Forbidden('通报涉及的案件须为本机关及下级机构的案件', 'caseIds');
  }
  const firms = await enterprisesByIds(app.db, input.enterpriseIds);
  if (firms.size !== new Set(input.enterpriseIds).size) throw new NotFound('通报涉及的企业不存在', 'enterpriseIds');
  const today = chinaDate(app.clock.now());
  const values = {
    kind: input.kind,
    orgId: owner.id,
    caseId: main?.id ?? null,
    penaltyDecisionNumber: main?.decisionNumber ?? null,
    penaltyDecidedOn: main?.decidedOn ?? null,
    enterpriseId: main?.enterpriseId ?? null,
    title: input.title,
    content: input.content,
    number: input.kind === 'circular' ? (input.number?.trim() ?? null) : null,
    scope: input.kind === 'circular' ? (input.scope?.trim() ?? null) : null,
    caseIds: input.kind === 'circular' ? [...new Set(caseIds)] : [],
    enterpriseIds: input.kind === 'circular' ? [...new Set(input.enterpriseIds)] : [],
    channels: [...new Set(input.channels)],
    personNames: [...new Set(input.personNames)],
  };
  const id = await app.db.transaction(async (tx: Tx) => {
    const [row] = await tx
      .insert(exposure)
      .values({ ...values, draftedBy: actor.userId as string, draftedOn: today, createdAt: app.clock.now() })
      .returning({ id: exposure.id });
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'exposure.drafted',
      subjectType: 'exposure',
      subjectId: row.id,
      payload: { ...values, draftedOn: today },
    });
    return row.id;
  });
  return getExposure(app, actor, id);
}

/** The step's state checks, in the order a person would be told. */
function assertStep(e: ExposureRow, version: number, step: ExposureStep) {
  if (e.version !== version) throw new Conflict(`该事项已被他人处理（当前版本 ${e.version}），请刷新后重试`, 'version');
  const p = stepProblem(step, e.state);
  if (p) throw new Conflict(p.problem, p.field);
}

/** Writes the new state at the version read, with its ledger entry, in the transaction. */
async function advance(tx: Tx, app: AppContext, actor: Actor, e: ExposureRow, step: ExposureStep, set: Partial<ExposureRow>, payload: Record<string, unknown>) {
  const action = step === 'approve' ? 'exposure.published' : 'exposure.withdrawn';
  const { seq } = await appendEntry(tx, app, { orgId: e.orgId, actorId: actor.userId, action, subjectType: 'exposure', subjectId: e.id, payload });
  const [done] = await tx
    .update(exposure)
    .set({ ...set, ...(step === 'approve' ? { publishSeq: seq } : {}), state: EXPOSURE_STEPS[step].to as ExposureState, version: e.version + 1 })
    .where(and(eq(exposure.id, e.id), eq(exposure.version, e.version)))
    .returning({ id: exposure.id });
  if (!done) throw new Conflict('该事项已被他人处理，请刷新后重试', 'version');
}

/** 批准发布: a 负责人 of the drafting bureau who did not draft it; the redacted document is published as the ledger keeps it. */
export async function approveExposure(app: AppContext, actor: Actor, id: string, input: { version: number }): Promise<ExposureOut> {
  assertCan(actor, 'exposure.approve', '批准发布');
  const { e, orgName } = await exposureInScope(app, actor, id);
  assertStep(e, input.version, 'approve');
  if (actor.userId !== null && actor.orgId !== e.orgId) throw new Forbidden('由起草机关的负责人批准发布', 'id');
  const conflict = dutyConflict('exposure.approve', actor.userId, { drafter: [e.draftedBy] });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  const today = chinaDate(app.clock.now());
  const [c] = e.caseId ? await casesForPublication(app.db, [e.caseId]) : [];
  const firms = await enterprisesByIds(app.db, [...(e.enterpriseId ? [e.enterpriseId] : []), ...e.enterpriseIds]);
  const ent = e.enterpriseId ? firms.get(e.enterpriseId) : undefined;
  const document = publicDocument({
    id: e.id,
    kind: e.kind,
    orgName,
    title: e.title,
    content: e.content,
    publishedOn: today,
    number: e.number,
    scope: e.scope,
    channels: e.channels,
    personNames: e.personNames,
    case: c
      ? { partyKind: c.partyKind, partyName: c.partyName, decisionNumber: e.penaltyDecisionNumber, decidedOn: e.penaltyDecidedOn, penalty: c.penalty }
      : null,
    enterprise: ent ? { name: ent.name, uscc: ent.uscc } : null,
    named: e.enterpriseIds.flatMap((x) => (firms.has(x) ? [{ name: firms.get(x)!.name, uscc: firms.get(x)!.uscc }] : [])),
  });
  await app.db.transaction((tx: Tx) =>
    advance(tx, app, actor, e, 'approve', { approvedBy: actor.userId, publishedOn: today, document }, { ...document, redaction: REDACTION_BASIS }),
  );
  return getExposure(app, actor, id);
}

/** 撤回: off the portal at once, the reason kept; the ledger keeps what had been published. */
export async function withdrawExposure(app: AppContext, actor: Actor, id: string, input: { version: number; reason: string }): Promise<ExposureOut> {
  assertCan(actor, 'exposure.approve', '撤回已发布的事项');
  const { e } = await exposureInScope(app, actor, id);
  assertStep(e, input.version, 'withdraw');
  const today = chinaDate(app.clock.now());
  await app.db.transaction((tx: Tx) =>
    advance(
      tx,
      app,
      actor,
      e,
      'withdraw',
      { withdrawnBy: actor.userId, withdrawnOn: today, withdrawalReason: input.reason },
      { reason: input.reason, withdrawnOn: today, publishSeq: e.publishSeq, kind: EXPOSURE_LABELS.kind[e.kind] },
    ),
  );
  return getExposure(app, actor, id);
}
