// 交办核查 and 办结: an accepted tip is assigned to a 举报核查 task (the inspections module's, opened in
// the same transaction as the tip's change), and once the task is done the handler records what it
// found, the cases it led to and the reply to the tipster. Complaints about the enforcement are
// handled by the supervision function, never sent to an inspection team.
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { chinaDate } from '../../platform/dates.js';
import { holds } from '../../platform/auth/capabilities.js';
import { Conflict, Forbidden, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { casesFromFindings } from '../cases/queries.js';
import { taskFindings } from '../inspections/tasks/findings.js';
import { insertTask, prepareTask } from '../inspections/tasks/open.js';
import { COMPLAINT_KINDS, TIP_LABELS, type TipState, type VerificationResult } from './contract.js';
import { tipCapabilities } from './capabilities.js';
import { TIP_PERIODS } from './rules.js';
import { tip } from './schema.js';
import { assertCan, getTip, tipInScope } from './service.js';

type Row = typeof tip.$inferSelect;

function assertStep(t: Row, version: number, from: TipState, what: string) {
  if (t.version !== version) throw new Conflict(`该举报已被他人处理（当前版本 ${t.version}），请刷新后重试`, 'version');
  if (COMPLAINT_KINDS.includes(t.kind)) throw new RuleViolation('投诉由法制机构按执法监督办理，不交办现场核查', 'kind');
  if (t.state !== from) throw new Conflict(`该举报${TIP_LABELS.state[t.state]}，不能${what}`, 'state');
}

/** One step of the tip at the version read, with its ledger entry, in the caller's transaction. */
export async function advance(tx: Tx, app: AppContext, actor: Actor, t: Row, set: Partial<Row>, entry: { action: string; payload: Record<string, unknown> }) {
  const done = await tx
    .update(tip)
    .set({ ...set, version: t.version + 1 })
    .where(and(eq(tip.id, t.id), eq(tip.version, t.version)))
    .returning({ id: tip.id });
  if (done.length === 0) throw new Conflict('该举报已被他人处理，请刷新后重试', 'version');
  await appendEntry(tx, app, {
    orgId: t.orgId,
    actorId: actor.userId,
    action: entry.action,
    subjectType: 'tip',
    subjectId: t.id,
    payload: { receipt: t.receipt, ...entry.payload },
  });
}

/** 交办核查: opens a 举报核查 task on the enterprise named, carrying the receipt code. */
export async function assignTip(
  app: AppContext,
  actor: Actor,
  id: string,
  input: { version: number; enterpriseId: string; officerIds: string[]; plannedOn: string },
) {
  assertCan(actor, 'tip.assign', '交办举报核查');
  const { t } = await tipInScope(app, actor, id);
  // A tip whose task was cancelled is assigned again, to a new task.
  const cancelled = t.state === 'assigned' && t.taskId !== null && (await taskFindings(app.db, t.taskId))?.status === 'cancelled';
  assertStep(t, input.version, cancelled ? 'assigned' : 'accepted', '交办核查');
  const prepared = await prepareTask(app, actor, {
    orgId: t.orgId,
    enterpriseId: input.enterpriseId,
    officerIds: input.officerIds,
    plannedOn: input.plannedOn,
    reason: `举报核查：${TIP_LABELS.kind[t.kind]}（受理编号 ${t.receipt}）`,
    source: 'tip',
    tipRef: t.receipt,
  });
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    const task = await insertTask(tx, app, actor, prepared);
    await advance(
      tx,
      app,
      actor,
      t,
      { state: 'assigned', taskId: task.id, assignedBy: actor.userId, assignedAt: now, reply: '您的举报已受理，已交办执法人员现场核查。' },
      { action: 'tip.assigned', payload: { taskId: task.id, enterpriseId: input.enterpriseId } },
    );
  });
  return getTip(app, actor, id);
}

/** What the tip's task found and the cases opened from it; null before the tip is assigned. */
export async function findingsOf(app: AppContext, t: Row) {
  if (!t.taskId) return null;
  const f = await taskFindings(app.db, t.taskId);
  if (!f) return null;
  const cases = await casesFromFindings(app.db, { recordIds: f.recordId ? [f.recordId] : [], hazardIds: f.hazards.map((h) => h.id) });
  return { taskStatus: f.status, officerIds: f.officerIds, completedOn: f.completedOn, recordNumber: f.recordNumber, hazards: f.hazards, cases };
}

/** 核查结果 and 办结: what was found, the cases the tip led to, and the reply the tipster reads. */
export async function verifyTip(
  app: AppContext,
  actor: Actor,
  id: string,
  input: { version: number; result: VerificationResult; note: string; caseIds: string[] },
) {
  assertCan(actor, 'tip.verify', '登记举报核查结果');
  const { t } = await tipInScope(app, actor, id);
  assertStep(t, input.version, 'assigned', '登记核查结果');
  const findings = await findingsOf(app, t);
  if (actor.userId && !holds(tipCapabilities, actor.roles, 'tip.assign') && !findings?.officerIds.includes(actor.userId))
    throw new Forbidden('只有核查任务的执法人员或局领导可以登记核查结果', 'id');
  if (findings?.taskStatus !== 'completed') throw new RuleViolation('交办的举报核查任务尚未完成现场检查，完成后再登记核查结果', 'result');
  const caseIds = [...new Set(input.caseIds)];
  const known = new Set(findings.cases.map((c) => c.id));
  if (caseIds.some((c) => !known.has(c))) throw new ValidationError('只能关联由本次核查发现立案的案件', 'caseIds');
  if (input.result === 'notConfirmed' && caseIds.length > 0) throw new ValidationError('核查不属实的举报不能关联立案的案件', 'caseIds');
  const now = app.clock.now();
  const reply = `经核查，您举报的情况${TIP_LABELS.verification[input.result]}。${input.note}`;
  await app.db.transaction((tx) =>
    advance(
      tx,
      app,
      actor,
      t,
      { state: 'verified', verification: input.result, verificationNote: input.note, caseIds, verifiedBy: actor.userId, verifiedAt: now, reply },
      {
        action: 'tip.verified',
        // The period's basis travels with the judgement, so a later change of TIP_PERIODS does not rewrite it.
        payload: { result: input.result, caseIds, onTime: t.finishBy ? chinaDate(now) <= t.finishBy : null, basis: TIP_PERIODS.finish.basis },
      },
    ),
  );
  return getTip(app, actor, id);
}
