// 执法回访: a follow-up is created in the transaction of the decision or the closure it is about
// (the sampling rule decides whether), then recorded by an officer (visit, telephone, or not
// reached), or answered online by the enterprise user; an answer that shows a problem waits for
// the legal office, which closes it unless it handled the matter. Every change: one transaction,
// one ledger entry, the version checked again in the UPDATE.
import { and, eq } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { dutyConflict } from '../../platform/duties.js';
import type { EventContext } from '../../platform/events.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import { caseInvestigators } from '../cases/queries.js';
import type { CaseDecided } from '../cases/events.js';
import type { HazardClosed } from '../inspections/events.js';
import { enterprisesByIds } from '../registry/queries.js';
import { followUpCapabilities } from './capabilities.js';
import { FOLLOW_UP_LABELS, type SubjectKind } from './codes.js';
import type { AnswerIn, FollowUpOut, RecordIn, ResolveIn } from './contract.js';
import { type Answers, followUpDue, recordedState, type SamplingLine, sampled, samplingLine, stepProblem } from './rules.js';
import { followUpVisit } from './schema.js';

export type Row = typeof followUpVisit.$inferSelect;
export type FollowUpActor = Actor & { enterpriseId?: string | null };

export const isEnterpriseUser = (a: FollowUpActor) => a.roles.includes('enterpriseUser');

export function assertCan(actor: Actor, capability: keyof typeof followUpCapabilities, what: string) {
  if (actor.userId !== null && !holds(followUpCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

/** The follow-up, if the actor may see it: staff within their subtree, an enterprise user its own enterprise's. */
export async function followUpInScope(app: AppContext, actor: FollowUpActor, id: string, field = 'id') {
  const [found] = await app.db
    .select({ f: followUpVisit, orgPath: org.path, orgName: org.name })
    .from(followUpVisit)
    .innerJoin(org, eq(org.id, followUpVisit.orgId))
    .where(eq(followUpVisit.id, id));
  if (!found) throw new NotFound('回访记录不存在', field);
  if (isEnterpriseUser(actor) ? found.f.enterpriseId !== actor.enterpriseId : !isInSubtree(actor.orgPath, found.orgPath))
    throw new Forbidden('无权访问该回访记录', field);
  return found;
}

/** Rows as the API shows them, with the org's and the enterprise's names. */
export async function followUpsOut(ex: Executor, rows: { f: Row; orgName: string }[]): Promise<FollowUpOut[]> {
  const names = await enterprisesByIds(
    ex,
    rows.map((r) => r.f.enterpriseId),
  );
  return rows.map(({ f, orgName }) => ({
    id: f.id,
    subjectKind: f.subjectKind,
    subjectId: f.subjectId,
    subjectTitle: f.subjectTitle,
    orgId: f.orgId,
    orgName,
    enterpriseId: f.enterpriseId,
    enterpriseName: names.get(f.enterpriseId)?.name ?? '',
    ruleKey: f.ruleKey,
    basis: f.basis,
    subjectOn: f.subjectOn,
    dueOn: f.dueOn,
    state: f.state,
    channel: f.channel,
    fairness: f.fairness,
    conduct: f.conduct,
    satisfaction: f.satisfaction,
    problems: f.problems,
    problem: f.problem,
    respondent: f.respondent,
    note: f.note,
    answeredOn: f.answeredOn,
    resolution: f.resolution,
    resolvedOn: f.resolvedOn,
    version: f.version,
  }));
}

export async function getFollowUp(app: AppContext, actor: FollowUpActor, id: string): Promise<FollowUpOut> {
  const found = await followUpInScope(app, actor, id);
  return (await followUpsOut(app.db, [{ f: found.f, orgName: found.orgName }]))[0];
}

/** A follow-up due, in the acting transaction, when the sampling rule draws the subject; with its ledger entry. */
export async function scheduleFollowUp(
  { tx, actor }: Pick<EventContext, 'tx' | 'actor'>,
  app: AppContext,
  s: { kind: SubjectKind; of: SamplingLine['of']; subjectId: string; title: string; orgId: string; enterpriseId: string; on: string; handlerIds: string[] },
): Promise<string | null> {
  const line = samplingLine(s.kind, s.of);
  if (!line || !sampled(line, s.subjectId)) return null;
  const [row] = await tx
    .insert(followUpVisit)
    .values({
      subjectKind: s.kind,
      subjectId: s.subjectId,
      subjectTitle: s.title,
      orgId: s.orgId,
      enterpriseId: s.enterpriseId,
      ruleKey: line.key,
      basis: line.basis,
      subjectOn: s.on,
      dueOn: followUpDue(line, s.on),
      handlerIds: s.handlerIds,
      createdAt: app.clock.now(),
    })
    .onConflictDoNothing()
    .returning({ id: followUpVisit.id, dueOn: followUpVisit.dueOn });
  if (!row) return null;
  await appendEntry(tx, app, {
    orgId: s.orgId,
    actorId: actor.userId,
    action: 'followUp.scheduled',
    subjectType: 'followUpVisit',
    subjectId: row.id,
    payload: { subjectKind: s.kind, subjectId: s.subjectId, enterpriseId: s.enterpriseId, rule: line.key, dueOn: row.dueOn, basis: line.basis },
  });
  return row.id;
}

/** 行政处罚决定: every decision against an enterprise is followed up (a person has no enterprise user to answer). */
export async function followUpOnDecision(e: CaseDecided, ctx: EventContext, app: AppContext) {
  if (!e.enterpriseId) return;
  await scheduleFollowUp(ctx, app, {
    kind: 'case',
    of: e.procedure === 'summary' ? 'summary' : 'general',
    subjectId: e.id,
    title: [e.decisionNumber, e.partyName].filter(Boolean).join(' '),
    orgId: e.orgId,
    enterpriseId: e.enterpriseId,
    on: e.decidedOn,
    handlerIds: await caseInvestigators(ctx.tx, e.id),
  });
}

/** 隐患销号: major hazards always, general ones by the rule's share. */
export async function followUpOnHazardClosed(e: HazardClosed, ctx: EventContext, app: AppContext) {
  await scheduleFollowUp(ctx, app, {
    kind: 'hazard',
    of: e.grade,
    subjectId: e.hazardId,
    title: `${e.grade === 'major' ? '重大事故隐患' : '一般事故隐患'}：${e.description.slice(0, 60)}`,
    orgId: e.orgId,
    enterpriseId: e.enterpriseId,
    on: e.closedOn,
    handlerIds: e.handlerIds,
  });
}

/** One step at the version read, with its ledger entry, in one transaction. */
async function advance(app: AppContext, actor: Actor, f: Row, set: Partial<Row>, entry: { action: string; payload: Record<string, unknown> }) {
  await app.db.transaction(async (tx: Tx) => {
    const done = await tx
      .update(followUpVisit)
      .set({ ...set, version: f.version + 1 })
      .where(and(eq(followUpVisit.id, f.id), eq(followUpVisit.version, f.version)))
      .returning({ id: followUpVisit.id });
    if (done.length === 0) throw new Conflict('该回访已被他人处理，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: f.orgId,
      actorId: actor.userId,
      action: entry.action,
      subjectType: 'followUpVisit',
      subjectId: f.id,
      payload: { subjectKind: f.subjectKind, subjectId: f.subjectId, ...entry.payload },
    });
  });
}

function assertStep(f: Row, version: number, step: 'record' | 'answer' | 'resolve') {
  if (f.version !== version) throw new Conflict(`该回访已被他人处理（当前版本 ${f.version}），请刷新后重试`, 'version');
  const problem = stepProblem(step, f.state);
  if (problem) throw new Conflict(`${problem}（${FOLLOW_UP_LABELS.state[f.state]}）`, 'state');
}

/** The answers in the ledger: the ratings and whether a problem was written, never its words (they may name people). */
const answerPayload = (a: Answers, state: Row['state']) => ({
  fairness: a.fairness,
  conduct: a.conduct,
  satisfaction: a.satisfaction,
  problemsWritten: !!a.problems,
  routedToLegalOffice: state === 'attention',
});

/** 上门、电话回访 recorded by an officer, or not done (无法联系, 拒绝回访) with the reason. */
export async function recordFollowUp(app: AppContext, actor: FollowUpActor, id: string, input: RecordIn): Promise<FollowUpOut> {
  assertCan(actor, 'followUp.record', '登记执法回访');
  const { f } = await followUpInScope(app, actor, id);
  const answered = input.outcome === 'answered';
  let answers: Answers | null = null;
  if (answered) {
    for (const q of ['fairness', 'conduct', 'satisfaction'] as const)
      if (!input[q]) throw new ValidationError(`已回访的，请选择「${FOLLOW_UP_LABELS.question[q]}」的评价`, q);
    if (!input.respondent) throw new ValidationError('已回访的，请填写受访人姓名和职务', 'respondent');
    answers = { fairness: input.fairness!, conduct: input.conduct!, satisfaction: input.satisfaction!, problems: input.problems || null };
  } else if (!input.note || input.note.length < 5) throw new ValidationError(`${FOLLOW_UP_LABELS.outcome[input.outcome]}的，请写明情况（至少 5 个字）`, 'note');
  assertStep(f, input.version, 'record');
  const state = recordedState(input.outcome, answers);
  const now = app.clock.now();
  await advance(
    app,
    actor,
    f,
    {
      state,
      channel: input.channel,
      ...(answers ?? {}),
      problem: state === 'attention',
      respondent: answered ? input.respondent : null,
      note: input.note || null,
      recordedBy: actor.userId,
      recordedAt: now,
      answeredOn: answered ? chinaDate(now) : null,
    },
    { action: 'followUp.recorded', payload: { outcome: input.outcome, channel: input.channel, ...(answers ? answerPayload(answers, state) : {}) } },
  );
  return getFollowUp(app, actor, id);
}

/** 网上回访: the enterprise user answers its own follow-up. */
export async function answerFollowUp(app: AppContext, actor: FollowUpActor, id: string, input: AnswerIn): Promise<FollowUpOut> {
  assertCan(actor, 'followUp.answer', '填写回访答复');
  const { f } = await followUpInScope(app, actor, id);
  if (!isEnterpriseUser(actor)) throw new RuleViolation('网上回访由企业自行填写', 'id');
  assertStep(f, input.version, 'answer');
  const answers: Answers = { fairness: input.fairness, conduct: input.conduct, satisfaction: input.satisfaction, problems: input.problems || null };
  const state = recordedState('answered', answers);
  const now = app.clock.now();
  await advance(
    app,
    actor,
    f,
    { state, channel: 'online', ...answers, problem: state === 'attention', recordedBy: actor.userId, recordedAt: now, answeredOn: chinaDate(now) },
    { action: 'followUp.answered', payload: { channel: 'online', ...answerPayload(answers, state) } },
  );
  return getFollowUp(app, actor, id);
}

/** 办结 the problem raised: the legal office or a leader who did not handle the matter. */
export async function resolveFollowUp(app: AppContext, actor: FollowUpActor, id: string, input: ResolveIn): Promise<FollowUpOut> {
  assertCan(actor, 'followUp.resolve', '办结回访反映的问题');
  const { f } = await followUpInScope(app, actor, id);
  const conflict = dutyConflict('followUp.resolve', actor.userId, { handler: f.handlerIds });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  assertStep(f, input.version, 'resolve');
  const today = chinaDate(app.clock.now());
  await advance(
    app,
    actor,
    f,
    { state: 'resolved', resolution: input.resolution, resolvedBy: actor.userId, resolvedOn: today },
    { action: 'followUp.resolved', payload: { resolvedOn: today } },
  );
  return getFollowUp(app, actor, id);
}
