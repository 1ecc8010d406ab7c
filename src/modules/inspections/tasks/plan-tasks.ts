// 计划检查任务: the plans module decides which key enterprises a month schedules and who goes;
// this module checks the team and makes its own tasks, idempotent per plan and month.
import { and, eq, inArray, like, ne, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { assertCanEnforce } from '../../people/service.js';
import type { TasksFromPlanOut } from '../contract.js';
import { inspectionTask } from '../schema.js';
import { toOut } from './service.js';

export interface PlanTasksIn {
  plan: { id: string; orgId: string; orgPath: string; year: number };
  month: number;
  enterpriseIds: string[];
  officerIds: string[];
  plannedOn: string;
}

/** Checks the month, the date and the team before the caller opens its transaction. */
export async function checkPlanTasks(app: AppContext, input: PlanTasksIn): Promise<string[]> {
  const { plan, month } = input;
  if (input.enterpriseIds.length === 0) throw new ValidationError(`计划在${month}月没有安排重点检查企业`, 'month');
  if (!input.plannedOn.startsWith(`${plan.year}-${String(month).padStart(2, '0')}-`))
    throw new ValidationError(`计划检查日期须在${plan.year}年${month}月内`, 'plannedOn');
  if (input.plannedOn < chinaDate(app.clock.now())) throw new ValidationError('计划检查日期不能早于今天', 'plannedOn');
  const officerIds = [...new Set(input.officerIds)];
  if (officerIds.length < 2) throw new RuleViolation('现场检查的执法人员不得少于两人', 'officerIds', '行政处罚法 第四十二条');
  await assertCanEnforce(app.db, officerIds, input.plannedOn, 'officerIds', plan.orgPath);
  return officerIds;
}

/** Makes the month's missing tasks in the caller's transaction (which holds the plan's lock), with one ledger entry. */
export async function createPlanTasks(tx: Tx, app: AppContext, actor: Actor, input: PlanTasksIn & { officerIds: string[] }): Promise<TasksFromPlanOut> {
  const { plan, month, enterpriseIds, officerIds, plannedOn } = input;
  const monthPrefix = `${plan.year}-${String(month).padStart(2, '0')}-`;
  const open = await tx
    .select({ enterpriseId: inspectionTask.enterpriseId })
    .from(inspectionTask)
    .where(
      and(
        eq(inspectionTask.planId, plan.id),
        eq(inspectionTask.source, 'plan'),
        like(inspectionTask.plannedOn, `${monthPrefix}%`),
        ne(inspectionTask.status, 'cancelled'),
        inArray(inspectionTask.enterpriseId, enterpriseIds),
      ),
    );
  const have = new Set(open.map((o) => o.enterpriseId));
  const fresh = enterpriseIds.filter((id) => !have.has(id));
  if (fresh.length === 0) return { created: [], createdCount: 0, skippedCount: have.size };
  const now = app.clock.now();
  const rows = await tx
    .insert(inspectionTask)
    .values(
      fresh.map((enterpriseId) => ({
        orgId: plan.orgId,
        enterpriseId,
        source: 'plan' as const,
        planId: plan.id,
        officerIds,
        plannedOn,
        createdAt: now,
        createdBy: actor.userId,
      })),
    )
    .returning();
  await appendEntry(tx, app, {
    orgId: plan.orgId,
    actorId: actor.userId,
    action: 'inspection.tasksFromPlan',
    subjectType: 'annualPlan',
    subjectId: plan.id,
    payload: { month, plannedOn, officerIds, taskIds: rows.map((r) => r.id), enterpriseIds: fresh, skipped: [...have] },
  });
  return { created: await toOut(tx, rows, chinaDate(now)), createdCount: rows.length, skippedCount: have.size };
}

/** Completed tasks of a plan in its year, by enterprise, matter and month of completion (年度计划进度). */
export async function doneCounts(
  ex: Executor,
  planId: string,
  year: number,
): Promise<{ enterpriseId: string; matterCode: string | null; month: number; count: number }[]> {
  const month = sql<number>`substr(${inspectionTask.completedOn}, 6, 2)::int`;
  return ex
    .select({ enterpriseId: inspectionTask.enterpriseId, matterCode: inspectionTask.matterCode, month, count: sql<number>`count(*)::int` })
    .from(inspectionTask)
    .where(and(eq(inspectionTask.planId, planId), eq(inspectionTask.status, 'completed'), like(inspectionTask.completedOn, `${year}-%`)))
    .groupBy(inspectionTask.enterpriseId, inspectionTask.matterCode, month);
}
