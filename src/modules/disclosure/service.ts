// 事后公开: due items made inside the disclosed act's transaction, publication and withdrawal
// each in one transaction with its ledger entry, and the daily job that publishes what falls
// due and withdraws what has run its term.
import { and, asc, eq, lt, lte } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Tx } from '../../platform/db/index.js';
import { Conflict, NotFound, RuleViolation } from '../../platform/errors.js';
import { runOnce, startPolling } from '../../platform/jobs/service.js';
import { appendEntry, createCheckpoint } from '../../platform/ledger/service.js';
import type { DomainEvents, EventContext } from '../../platform/events.js';
import { org } from '../../platform/orgs/schema.js';
import type { DisclosureStatus, PublishedDocument, WithdrawIn, WithdrawalReason } from './contract.js';
import { disclosureDueOn, publishProblem, termEndsOn, withdrawProblem } from './rules.js';
import { disclosure, type DisclosureRow } from './schema.js';
import { caseDecisionDraft, drawResultDraft, inspectionResultDraft, licenceDecisionDraft, type Draft, type EnterpriseRef } from './texts.js';
import { enterprisesByIds } from '../registry/queries.js';
import { assertInSubtree } from '../../platform/orgs/scope.js';

type Ctx = Pick<AppContext, 'clock' | 'hashAlg'>;

async function orgOf(tx: Tx, orgId: string) {
  const [o] = await tx.select({ name: org.name, regionCode: org.regionCode }).from(org).where(eq(org.id, orgId));
  return o;
}

async function enterprisesOf(tx: Tx, ids: string[]): Promise<Map<string, EnterpriseRef>> {
  const rows = await enterprisesByIds(tx, ids);
  return new Map([...rows.values()].map((r) => [r.id, { id: r.id, name: r.name, uscc: r.uscc, regionCode: r.regionCode }]));
}

/** Inserts the due item; a second call for the same act and kind changes nothing. */
export async function createDue(tx: Tx, app: Ctx, orgId: string, d: Draft, actSeq: number) {
  const { dueOn } = disclosureDueOn(d.kind, d.decidedOn);
  const { decidedOn, ...rest } = d;
  await tx
    .insert(disclosure)
    .values({ ...rest, orgId, decidedOn, dueOn, actSeq, createdAt: app.clock.now() })
    .onConflictDoNothing();
}

/** 事后公开 of a decision, due 7 working days later (国办发〔2018〕118号). */
export async function dueOnDecision(e: DomainEvents['case.decided'], { tx, actSeq }: EventContext, app: AppContext) {
  const o = await orgOf(tx, e.orgId);
  const ent = e.enterpriseId ? ((await enterprisesOf(tx, [e.enterpriseId])).get(e.enterpriseId) ?? null) : null;
  await createDue(tx, app, e.orgId, caseDecisionDraft(e, o.name, o.regionCode, ent), actSeq);
}

/** An inspection's result, due in 20 working days. */
export async function dueOnInspectionResult(e: DomainEvents['inspection.completed'], { tx, actSeq }: EventContext, app: AppContext) {
  const o = await orgOf(tx, e.orgId);
  const ent = (await enterprisesOf(tx, [e.enterpriseId])).get(e.enterpriseId)!;
  const draft = inspectionResultDraft(
    { id: e.recordId, number: e.number, completedOn: e.completedOn, findings: e.findings, hazardCount: e.hazardCount, matterCode: e.matterCode },
    o.name,
    ent,
  );
  await createDue(tx, app, e.orgId, draft, actSeq);
}

/** One result item per draw, due in 20 working days. */
export async function dueOnDraw(e: DomainEvents['draw.made'], { tx, actSeq }: EventContext, app: AppContext) {
  const ents = await enterprisesOf(tx, e.enterpriseIds);
  const o = await orgOf(tx, e.orgId);
  const draft = drawResultDraft(
    {
      id: e.drawId,
      name: e.name,
      matterName: e.matterName,
      drawnOn: e.drawnOn,
      enterprises: e.enterpriseIds.flatMap((id) => (ents.has(id) ? [ents.get(id)!] : [])),
    },
    o.name,
  );
  await createDue(tx, app, e.orgId, draft, actSeq);
}

/** A licence decision (准予 or 不予许可), due in 7 working days. */
export async function dueOnLicenceDecision(e: DomainEvents['license.decided'], { tx, actSeq }: EventContext, app: AppContext) {
  const o = await orgOf(tx, e.orgId);
  const ent = (await enterprisesOf(tx, [e.enterpriseId])).get(e.enterpriseId)!;
  await createDue(tx, app, e.orgId, licenceDecisionDraft(e, o.name, ent), actSeq);
}

/** 信用修复: an early removal from the 严重失信主体名单 stops the publication of the penalty decision it rests on. */
export async function withdrawOnCreditRepair(e: DomainEvents['credit.removedEarly'], { tx, actor }: EventContext, app: AppContext) {
  const rows = await tx
    .select()
    .from(disclosure)
    .where(and(eq(disclosure.sourceType, 'penaltyCase'), eq(disclosure.sourceId, e.caseId)))
    .for('update');
  for (const row of rows) {
    if (withdrawProblem(row.status as DisclosureStatus, 'creditRepair', row.termEndsOn, e.removedOn)) continue;
    await withdrawInTx(tx, app, row, actor.userId, 'creditRepair', `信用修复：${e.repairDecisionNumber} 准予提前移出严重失信主体名单`);
  }
}

/** Exactly what the portal shows and the publication entry's payload. */
export function documentOf(row: DisclosureRow, orgName: string): PublishedDocument {
  return {
    format: 'zhifa-disclosure/1',
    id: row.id,
    kind: row.kind as PublishedDocument['kind'],
    orgName,
    enterpriseName: row.enterpriseName,
    uscc: row.uscc,
    regionCode: row.regionCode,
    title: row.title,
    decidedOn: row.decidedOn,
    fields: row.fields,
    text: row.body,
    actSeq: row.actSeq,
  };
}

async function publishInTx(tx: Tx, app: Ctx, row: DisclosureRow, actorId: string | null) {
  const o = await orgOf(tx, row.orgId);
  const now = app.clock.now();
  const doc = documentOf(row, o.name);
  const { seq } = await appendEntry(tx, app, {
    orgId: row.orgId,
    actorId,
    action: 'disclosure.publish',
    subjectType: 'disclosure',
    subjectId: row.id,
    payload: doc,
  });
  const [u] = await tx
    .update(disclosure)
    .set({
      status: 'published',
      publishedAt: now,
      publishedBy: actorId,
      publishSeq: seq,
      termEndsOn: termEndsOn(row.kind as PublishedDocument['kind'], chinaDate(now)),
      version: row.version + 1,
    })
    .where(and(eq(disclosure.id, row.id), eq(disclosure.version, row.version)))
    .returning();
  if (!u) throw new Conflict('该公示已被他人更新，请刷新后重试', 'version');
  return u;
}

async function withdrawInTx(tx: Tx, app: Ctx, row: DisclosureRow, actorId: string | null, reason: WithdrawalReason, note: string) {
  const now = app.clock.now();
  const { seq } = await appendEntry(tx, app, {
    orgId: row.orgId,
    actorId,
    action: 'disclosure.withdraw',
    subjectType: 'disclosure',
    subjectId: row.id,
    payload: { disclosureId: row.id, reason, note, publishSeq: row.publishSeq },
  });
  const [u] = await tx
    .update(disclosure)
    .set({
      status: 'withdrawn',
      withdrawnAt: now,
      withdrawnBy: actorId,
      withdrawalReason: reason,
      withdrawalNote: note,
      withdrawSeq: seq,
      version: row.version + 1,
    })
    .where(and(eq(disclosure.id, row.id), eq(disclosure.version, row.version)))
    .returning();
  if (!u) throw new Conflict('该公示已被他人更新，请刷新后重试', 'version');
  return u;
}

export async function disclosureInScope(app: AppContext, actor: Actor, id: string) {
  const [r] = await app.db.select({ d: disclosure, path: org.path }).from(disclosure).innerJoin(org, eq(org.id, disclosure.orgId)).where(eq(disclosure.id, id));
  if (!r) throw new NotFound('公示事项不存在', 'id');
  assertInSubtree(actor, r.path, '公示事项');
  return r.d;
}

export async function publish(app: AppContext, actor: Actor, id: string) {
  const row = await disclosureInScope(app, actor, id);
  const p = publishProblem(row.status as DisclosureStatus);
  if (p) throw new RuleViolation(p.problem, p.field, p.article);
  return app.db.transaction((tx) => publishInTx(tx, app, row, actor.userId));
}

export async function withdraw(app: AppContext, actor: Actor, id: string, input: WithdrawIn) {
  const row = await disclosureInScope(app, actor, id);
  const p = withdrawProblem(row.status as DisclosureStatus, input.reason, row.termEndsOn, chinaDate(app.clock.now()));
  if (p) throw new RuleViolation(p.problem, p.field, p.article);
  return app.db.transaction((tx) => withdrawInTx(tx, app, row, actor.userId, input.reason, input.note));
}

/**
 * Signs a checkpoint over the ledger as it now stands, so a publication can be proven on the portal
 * at once rather than at the next periodic checkpoint (up to ZHIFA_CHECKPOINT_MINUTES later). The
 * publication is already committed: a failure here only leaves the proof for the periodic one.
 */
export async function checkpointPublications(app: AppContext) {
  await createCheckpoint(app).catch((e) => app.log.error({ err: e }, 'checkpoint after publication failed'));
}

export const DAILY_JOB = 'disclosure.daily';

/**
 * Once per China date: publishes every pending item whose last day has come (the rule is the
 * redaction, so waiting for a click would only make items late), and withdraws every published
 * item whose term ended before today. Each publication and withdrawal has its own ledger entry.
 */
export async function runDailyDisclosure(app: AppContext) {
  const today = chinaDate(app.clock.now());
  const done = await runOnce(app, DAILY_JOB, today, async (tx) => {
    const due = await tx
      .select()
      .from(disclosure)
      .where(and(eq(disclosure.status, 'pending'), lte(disclosure.dueOn, today)))
      .orderBy(asc(disclosure.dueOn))
      .for('update');
    for (const row of due) await publishInTx(tx, app, row, null);
    const expired = await tx
      .select()
      .from(disclosure)
      .where(and(eq(disclosure.status, 'published'), lt(disclosure.termEndsOn, today)))
      .for('update');
    for (const row of expired) await withdrawInTx(tx, app, row, null, 'termEnded', `公示期至 ${row.termEndsOn} 届满，自动撤下`);
    return { value: { published: due.map((r) => r.id), withdrawn: expired.map((r) => r.id) }, result: { published: due.length, withdrawn: expired.length } };
  });
  return done ? { runKey: today, ran: true, ...done } : { runKey: today, ran: false, published: [], withdrawn: [] };
}

export function startDisclosureJob(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(
    app,
    'disclosure daily',
    () =>
      runDailyDisclosure(app).then(async (r) => {
        if (!r.ran) return;
        app.log.info({ runKey: r.runKey, published: r.published.length, withdrawn: r.withdrawn.length }, 'disclosures published/withdrawn');
        if (r.published.length) await checkpointPublications(app);
      }),
    opts,
  );
}
