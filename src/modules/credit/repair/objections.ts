// 异议: the listed enterprise (online, or staff at the counter on its behalf) disputes the listing's
// published information while it is on the list; an officer of the deciding bureau answers within
// the period — corrected (the listing's facts replaced, the old kept on the objection) or upheld —
// with reasons. One transaction and one ledger entry per act.
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { isInSubtree } from '../../../platform/orgs/rules.js';
import { org } from '../../../platform/orgs/schema.js';
import { enterprisesByIds } from '../../registry/queries.js';
import { CREDIT_LABELS } from '../codes.js';
import type { ObjectionHandleIn, ObjectionIn, ObjectionOut } from '../contract.js';
import { creditListing, creditObjection } from '../schema.js';
import { assertCan } from '../service.js';
import { OBJECTION_PERIOD, objectionDueOn, objectionProblem, objectionStateAfter } from './rules.js';
import { type CreditActor, isEnterpriseUser, listingForSubject } from './service.js';

type ObjectionRow = typeof creditObjection.$inferSelect;

export async function objectionsOut(ex: Executor, rows: ObjectionRow[]): Promise<ObjectionOut[]> {
  if (rows.length === 0) return [];
  const firms = await enterprisesByIds(
    ex,
    rows.map((r) => r.enterpriseId),
  );
  const listings = await ex
    .select({ id: creditListing.id, decisionNumber: creditListing.decisionNumber, orgName: org.name })
    .from(creditListing)
    .innerJoin(org, eq(org.id, creditListing.orgId))
    .where(inArray(creditListing.id, [...new Set(rows.map((r) => r.listingId))]));
  const byId = new Map(listings.map((l) => [l.id, l]));
  return rows.map((r) => ({
    id: r.id,
    listingId: r.listingId,
    orgId: r.orgId,
    orgName: byId.get(r.listingId)?.orgName ?? '',
    enterpriseId: r.enterpriseId,
    enterpriseName: firms.get(r.enterpriseId)?.name ?? '',
    listingDecisionNumber: byId.get(r.listingId)?.decisionNumber ?? null,
    channel: r.channel,
    receivedOn: r.receivedOn,
    dueOn: r.dueOn,
    content: r.content,
    state: r.state,
    handledOn: r.handledOn,
    reason: r.reason,
    priorFacts: r.priorFacts,
    correctedFacts: r.correctedFacts,
    version: r.version,
  }));
}

export async function objectionInScope(app: AppContext, actor: CreditActor, id: string) {
  const [found] = await app.db
    .select({ o: creditObjection, orgPath: org.path })
    .from(creditObjection)
    .innerJoin(org, eq(org.id, creditObjection.orgId))
    .where(eq(creditObjection.id, id));
  if (!found) throw new NotFound('异议不存在', 'id');
  if (isEnterpriseUser(actor) ? found.o.enterpriseId !== actor.enterpriseId : !isInSubtree(actor.orgPath, found.orgPath))
    throw new Forbidden('无权访问该异议', 'id');
  return found.o;
}

const read = async (app: AppContext, id: string) =>
  (await objectionsOut(app.db, await app.db.select().from(creditObjection).where(eq(creditObjection.id, id))))[0];

/** 提出异议: received today, answered within OBJECTION_PERIOD. */
export async function fileObjection(app: AppContext, actor: CreditActor, input: ObjectionIn): Promise<ObjectionOut> {
  assertCan(actor, 'credit.apply', '对列入信息提出异议');
  if (actor.userId === null) throw new RuleViolation('异议须由企业或代为登记的执法人员提出', 'listingId');
  if (isEnterpriseUser(actor) && !actor.enterpriseId) throw new ValidationError('该企业用户未关联企业', 'listingId');
  const l = await listingForSubject(app, actor, input.listingId);
  const [open] = await app.db
    .select({ id: creditObjection.id })
    .from(creditObjection)
    .where(and(eq(creditObjection.listingId, l.id), eq(creditObjection.state, 'received')));
  const bad = objectionProblem(l.state, !!open);
  if (bad) throw bad.conflict ? new Conflict(bad.problem, bad.field) : new RuleViolation(bad.problem, bad.field, OBJECTION_PERIOD.basis);
  const today = chinaDate(app.clock.now());
  const dueOn = objectionDueOn(today);
  const channel = isEnterpriseUser(actor) ? 'online' : 'counter';
  const id = await app.db.transaction(async (tx: Tx) => {
    const [row] = await tx
      .insert(creditObjection)
      .values({
        listingId: l.id,
        orgId: l.orgId,
        enterpriseId: l.enterpriseId,
        channel,
        submittedBy: actor.userId as string,
        receivedOn: today,
        dueOn,
        content: input.content,
        createdAt: app.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: creditObjection.id });
    if (!row) throw new Conflict('该名单记录已有正在处理的异议', 'listingId');
    await appendEntry(tx, app, {
      orgId: l.orgId,
      actorId: actor.userId,
      action: 'credit.objectionFiled',
      subjectType: 'creditObjection',
      subjectId: row.id,
      payload: {
        listingId: l.id,
        enterpriseId: l.enterpriseId,
        channel,
        receivedOn: today,
        dueOn,
        length: input.content.length,
        basis: OBJECTION_PERIOD.basis,
      },
    });
    return row.id;
  });
  return read(app, id);
}

/** 处理异议: 更正 (the listing's facts replaced) or 维持, with reasons. */
export async function handleObjection(app: AppContext, actor: CreditActor, id: string, input: ObjectionHandleIn): Promise<ObjectionOut> {
  assertCan(actor, 'credit.handle', '处理异议');
  if (isEnterpriseUser(actor)) throw new Forbidden('异议由作出列入决定的应急管理部门处理', 'id');
  const o = await objectionInScope(app, actor, id);
  if (o.version !== input.version) throw new Conflict(`该异议已被他人处理（当前版本 ${o.version}），请刷新后重试`, 'version');
  if (o.state !== 'received') throw new Conflict(`该异议已处理（${CREDIT_LABELS.objectionState[o.state]}）`, 'state');
  const today = chinaDate(app.clock.now());
  const state = objectionStateAfter(input.outcome);
  await app.db.transaction(async (tx: Tx) => {
    const [l] = await tx.select().from(creditListing).where(eq(creditListing.id, o.listingId)).for('update');
    const corrected = input.outcome === 'correct' ? (input.correctedFacts as string) : null;
    if (corrected !== null && corrected === l.facts) throw new ValidationError('更正后的列入事实与原内容相同', 'correctedFacts');
    const done = await tx
      .update(creditObjection)
      .set({
        state,
        handledBy: actor.userId,
        handledOn: today,
        reason: input.reason,
        priorFacts: corrected !== null ? l.facts : null,
        correctedFacts: corrected,
        version: o.version + 1,
      })
      .where(and(eq(creditObjection.id, o.id), eq(creditObjection.version, o.version)))
      .returning({ id: creditObjection.id });
    if (done.length === 0) throw new Conflict('该异议已被他人处理，请刷新后重试', 'version');
    if (corrected !== null)
      await tx
        .update(creditListing)
        .set({ facts: corrected, version: l.version + 1 })
        .where(eq(creditListing.id, l.id));
    await appendEntry(tx, app, {
      orgId: o.orgId,
      actorId: actor.userId,
      action: input.outcome === 'correct' ? 'credit.objectionCorrected' : 'credit.objectionUpheld',
      subjectType: 'creditObjection',
      subjectId: o.id,
      payload: {
        listingId: o.listingId,
        handledOn: today,
        dueOn: o.dueOn,
        late: today > o.dueOn,
        ...(corrected !== null ? { correctedLength: corrected.length } : {}),
      },
    });
  });
  return read(app, id);
}
