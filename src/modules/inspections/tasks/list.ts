// 检查任务 list: search by enterprise, filters, sort and page, and the same filter exported as XLSX.
import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { holds } from '../../../platform/auth/capabilities.js';
import { chinaDate } from '../../../platform/dates.js';
import type { AppContext } from '../../../platform/context.js';
import { assertExportable, inPages, type SheetColumn } from '../../../platform/http/sheet.js';
import { daysWithin, orderOf } from '../../../platform/lists.js';
import { listBase, orgIdWithin } from '../../../platform/orgs/scope.js';
import { org } from '../../../platform/orgs/schema.js';
import { enterpriseMatching, enterpriseNameOf, enterprisesByIds } from '../../registry/queries.js';
import { inspectionCapabilities } from '../capabilities.js';
import type { InspectionTaskSource, InspectionTaskStatus } from '../codes.js';
import type { ListTasksQuery, TaskOut, TaskSort } from '../contract.js';
import { inspectionTask } from '../schema.js';
import type { InspectionActor } from '../scope.js';
import { TASK_KIND_RULES } from './kinds.js';
import { toOut } from './service.js';

const SORTS: Record<TaskSort, AnyColumn | SQL> = {
  plannedOn: inspectionTask.plannedOn,
  completedOn: inspectionTask.completedOn,
  status: inspectionTask.status,
  source: inspectionTask.source,
  enterpriseName: enterpriseNameOf(inspectionTask.enterpriseId),
};
const order = (q: ListTasksQuery) => orderOf(SORTS, q, { sort: 'plannedOn', order: 'desc' }, inspectionTask.id);

/**
 * An officer sees the tasks they are on; a leader sees the org subtree (`mine=true` narrows a
 * leader to their own too). Then each filter given.
 */ import { figureRows } from '../../../platform/figures/drill.js';
import { TASK_FIGURE_ROWS } from '../figures.js';

async function filters(app: AppContext, actor: InspectionActor, q: ListTasksQuery): Promise<SQL | undefined> {
  const base = await listBase(app.db, actor, q.orgId);
  const mine = q.mine === 'true' || !holds(inspectionCapabilities, actor.roles, 'inspection.oversee');
  const term = q.q?.trim();
  return and(
    orgIdWithin(inspectionTask.orgId, base),
    mine ? sql`${inspectionTask.officerIds} @> array[${actor.userId ?? '00000000-0000-0000-0000-000000000000'}]::uuid[]` : undefined,
    term ? enterpriseMatching(inspectionTask.enterpriseId, term) : undefined,
    q.status ? eq(inspectionTask.status, q.status) : undefined,
    q.source ? eq(inspectionTask.source, q.source) : undefined,
    q.enterpriseId ? eq(inspectionTask.enterpriseId, q.enterpriseId) : undefined,
    q.figure ? figureRows(TASK_FIGURE_ROWS[q.figure], q, base) : daysWithin(inspectionTask.plannedOn, q.from, q.to),
  );
}

export async function listTasks(app: AppContext, actor: InspectionActor, q: ListTasksQuery): Promise<{ items: TaskOut[]; total: number }> {
  const where = await filters(app, actor, q);
  const rows = await app.db
    .select()
    .from(inspectionTask)
    .where(where)
    .orderBy(...order(q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(inspectionTask).where(where);
  return { items: await toOut(app.db, rows, chinaDate(app.clock.now())), total };
}

type ExportRow = TaskOut & { uscc: string; orgName: string };

/** Every task of the filter, in the list's order; the scope and the cap are checked before the first row. */
export async function tasksForExport(app: AppContext, actor: InspectionActor, q: ListTasksQuery): Promise<AsyncIterable<ExportRow>> {
  const where = await filters(app, actor, q);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(inspectionTask).where(where);
  assertExportable(total);
  const today = chinaDate(app.clock.now());
  return inPages(async (limit, offset) => {
    const rows = await app.db
      .select({ t: inspectionTask, orgName: org.name })
      .from(inspectionTask)
      .innerJoin(org, eq(org.id, inspectionTask.orgId))
      .where(where)
      .orderBy(...order(q))
      .limit(limit)
      .offset(offset);
    const enterprises = await enterprisesByIds(
      app.db,
      rows.map((r) => r.t.enterpriseId),
    );
    const tasks = await toOut(
      app.db,
      rows.map((r) => r.t),
      today,
      enterprises,
    );
    return tasks.map((t, i) => ({ ...t, uscc: enterprises.get(t.enterpriseId)?.uscc ?? '', orgName: rows[i].orgName }));
  });
}

const SOURCES: Record<InspectionTaskSource, string> = {
  draw: '双随机抽查',
  plan: '计划检查',
  ...Object.fromEntries(Object.entries(TASK_KIND_RULES).map(([kind, rule]) => [kind, rule.label])),
} as Record<InspectionTaskSource, string>;
const STATUSES: Record<InspectionTaskStatus, string> = { assigned: '待检查', inProgress: '检查中', completed: '已完成', cancelled: '已取消' };

export const TASK_SHEET: readonly SheetColumn<ExportRow>[] = [
  { header: '企业名称', width: 30, value: (t) => t.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (t) => t.uscc },
  { header: '任务来源', width: 12, value: (t) => SOURCES[t.source] ?? t.source },
  { header: '检查事由', width: 30, value: (t) => [t.reason, t.tipRef].filter(Boolean).join('；') },
  { header: '计划检查日期', width: 14, value: (t) => t.plannedOn },
  { header: '执法人员', width: 24, value: (t) => t.officers.map((o) => o.name).join('、') },
  { header: '任务状态', width: 10, value: (t) => STATUSES[t.status] ?? t.status },
  { header: '完成日期', width: 12, value: (t) => t.completedOn },
  { header: '检查机构', width: 24, value: (t) => t.orgName },
];
