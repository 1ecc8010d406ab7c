// 检查任务: one task as the API shows it (the list: list.ts; opening one by hand: open.ts).
import { inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor } from '../../../platform/db/index.js';
import type { TaskOut } from '../contract.js';
import { inspectionRecord, type inspectionTask } from '../schema.js';
import { officersOf } from '../../people/queries.js';
import { taskInScope, type InspectionActor } from '../scope.js';
import { enterprisesByIds } from '../../registry/queries.js';

type TaskRow = typeof inspectionTask.$inferSelect;

/** `known`: the rows' enterprises when the caller has already read them (the export needs their USCC too). */
export async function toOut(ex: Executor, rows: TaskRow[], today: string, known?: Awaited<ReturnType<typeof enterprisesByIds>>): Promise<TaskOut[]> {
  if (!rows.length) return [];
  const enterprises =
    known ??
    (await enterprisesByIds(
      ex,
      rows.map((r) => r.enterpriseId),
    ));
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
    departments: r.departments,
    campaignId: r.campaignId,
    officers: r.officerIds.map((id) => officers.find((o) => o.id === id)!),
    status: r.status,
    plannedOn: r.plannedOn,
    completedOn: r.completedOn,
    recordId: records.find((x) => x.taskId === r.id)?.id ?? null,
  }));
}

export async function getTask(app: AppContext, actor: InspectionActor, id: string): Promise<TaskOut> {
  const t = await taskInScope(app.db, actor, id);
  return (await toOut(app.db, [t], chinaDate(app.clock.now())))[0];
}
