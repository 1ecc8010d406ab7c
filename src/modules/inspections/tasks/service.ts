// 检查任务: my tasks, the subtree's tasks for leaders, and ad hoc tasks opened with a reason.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { holds } from '../../../platform/auth/capabilities.js';
import { inspectionCapabilities } from '../capabilities.js';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor } from '../../../platform/db/index.js';
import { Forbidden, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { assertCanEnforce } from '../../people/service.js';
import { isInSubtree } from '../../../platform/orgs/rules.js';
import type { AdhocTaskIn, ListTasksQuery, TaskOut } from '../contract.js';
import { inspectionRecord, inspectionTask } from '../schema.js';
import { officersOf } from '../../people/queries.js';
import { taskInScope, type InspectionActor } from '../scope.js';
import { enterpriseOrgPaths, enterprisesByIds } from '../../registry/queries.js';
import { listBase, orgIdWithin, orgInScope } from '../../../platform/orgs/scope.js';

type TaskRow = typeof inspectionTask.$inferSelect;

export async function toOut(ex: Executor, rows: TaskRow[], today: string): Promise<TaskOut[]> {
  if (!rows.length) return [];
  const enterprises = await enterprisesByIds(
    ex,
    rows.map((r) => r.enterpriseId),
  );
  const names = [...enterprises.values()];
  const records = await ex
    .select({ id: inspectionRecord.id, taskId: inspectionRecord.taskId })
    .from(inspectionRecord)
    .where(
      inArray(
        inspectionRecord.taskId,
        rows.map((r) => r.id),
      ),
    );
  const officers = await officersOf(ex, [...new Set(rows.flatMap((r) => r.officerIds))], today);
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    enterpriseId: r.enterpriseId,
    enterpriseName: names.find((n) => n.id === r.enterpriseId)?.name ?? '',
    source: r.source,
    matterCode: r.matterCode,
    reason: r.reason,
    tipRef: r.tipRef,
    officers: r.officerIds.map((id) => officers.find((o) => o.id === id)!),
    status: r.status,
    plannedOn: r.plannedOn,
    completedOn: r.completedOn,
    recordId: records.find((x) => x.taskId === r.id)?.id ?? null,
  }));
}

/**
 * An officer sees the tasks they are on; a leader sees the org subtree (`mine=true` narrows a
 * leader to their own too). At most 500, the most recent first.
 */
export async function listTasks(app: AppContext, actor: InspectionActor, q: ListTasksQuery): Promise<TaskOut[]> {
  const base = await listBase(app.db, actor, q.orgId);
  const mine = q.mine === 'true' || !holds(inspectionCapabilities, actor.roles, 'inspection.oversee');
  const rows = await app.db
    .select()
    .from(inspectionTask)
    .where(
      and(
        orgIdWithin(inspectionTask.orgId, base),
        mine ? sql`${inspectionTask.officerIds} @> array[${actor.userId ?? '00000000-0000-0000-0000-000000000000'}]::uuid[]` : undefined,
        q.status ? eq(inspectionTask.status, q.status) : undefined,
      ),
    )
    .orderBy(desc(inspectionTask.plannedOn), asc(inspectionTask.id))
    .limit(500);
  return toOut(app.db, rows, chinaDate(app.clock.now()));
}

export async function getTask(app: AppContext, actor: InspectionActor, id: string): Promise<TaskOut> {
  const t = await taskInScope(app.db, actor, id);
  return (await toOut(app.db, [t], chinaDate(app.clock.now())))[0];
}

/** 临时检查: an enterprise of the org's subtree, two or more officers with valid credentials, a reason. */
export async function openAdhocTask(app: AppContext, actor: InspectionActor, input: AdhocTaskIn): Promise<TaskOut> {
  const o = await orgInScope(app.db, actor, input.orgId);
  const [e] = await enterpriseOrgPaths(app.db, [input.enterpriseId]);
  if (!e) throw new ValidationError('企业不存在', 'enterpriseId');
  if (!isInSubtree(o.path, e.path)) throw new Forbidden('该企业不在本机构辖区内', 'enterpriseId');
  const officerIds = [...new Set(input.officerIds)];
  if (officerIds.length < 2) throw new RuleViolation('现场检查的执法人员不得少于两人', 'officerIds', '行政处罚法 第四十二条');
  if (input.source === 'tip' && !input.tipRef) throw new ValidationError('举报检查须填写举报编号或来源', 'tipRef');
  const tipRef = input.source === 'tip' ? input.tipRef! : null;
  const today = chinaDate(app.clock.now());
  if (input.plannedOn < today) throw new ValidationError('计划检查日期不能早于今天', 'plannedOn');
  await assertCanEnforce(app.db, officerIds, input.plannedOn, 'officerIds', o.path);
  const row = await app.db.transaction(async (tx) => {
    const [t] = await tx
      .insert(inspectionTask)
      .values({
        orgId: o.id,
        enterpriseId: e.id,
        source: input.source ?? 'adhoc',
        reason: input.reason,
        tipRef,
        officerIds,
        plannedOn: input.plannedOn,
        createdAt: app.clock.now(),
        createdBy: actor.userId,
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: o.id,
      actorId: actor.userId,
      action: 'inspectionTask.opened',
      subjectType: 'inspectionTask',
      subjectId: t.id,
      payload: { enterpriseId: e.id, source: input.source ?? 'adhoc', reason: input.reason, tipRef, officerIds, plannedOn: input.plannedOn },
    });
    return t;
  });
  return (await toOut(app.db, [row], today))[0];
}
