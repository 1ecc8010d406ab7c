// 计划检查任务: a leader issues tasks for the key enterprises an approved annual plan schedules for
// a month. Issuing is idempotent per plan and month, so a second click creates nothing.
import { and, eq, inArray, like, ne } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import { inspectionCapabilities } from './capabilities.js';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { Forbidden, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { assertCanEnforce } from '../people/service.js';
import { keyListForMonth } from '../plans/service.js';
import { annualPlan } from '../plans/schema.js';
import type { TasksFromPlanIn, TasksFromPlanOut } from './contract.js';
import { inspectionTask } from './schema.js';
import type { InspectionActor } from './scope.js';
import { toOut } from './tasks.js';

export async function issueTasksFromPlan(app: AppContext, actor: InspectionActor, input: TasksFromPlanIn): Promise<TasksFromPlanOut> {
  // Defence in depth behind the route: only leaders assign work to others.
  if (actor.userId !== null && !holds(inspectionCapabilities, actor.roles, 'inspection.oversee')) throw new Forbidden('只有科室负责人及以上可以下达计划检查任务');
  const { plan, enterpriseIds } = await keyListForMonth(app.db, actor, input.planId, input.month);
  const monthPrefix = `${plan.year}-${String(input.month).padStart(2, '0')}-`;
  if (enterpriseIds.length === 0) throw new ValidationError(`计划在${input.month}月没有安排重点检查企业`, 'month');
  if (!input.plannedOn.startsWith(monthPrefix)) throw new ValidationError(`计划检查日期须在${plan.year}年${input.month}月内`, 'plannedOn');
  const today = chinaDate(app.clock.now());
  if (input.plannedOn < today) throw new ValidationError('计划检查日期不能早于今天', 'plannedOn');
  const officerIds = [...new Set(input.officerIds)];
  if (officerIds.length < 2) throw new RuleViolation('现场检查的执法人员不得少于两人', 'officerIds', '行政处罚法 第四十二条');
  await assertCanEnforce(app.db, officerIds, input.plannedOn, 'officerIds', plan.orgPath);

  const { rows, skippedCount } = await app.db.transaction(async (tx) => {
    // Locking the plan row serialises two leaders issuing the same month at once.
    await tx.select({ id: annualPlan.id }).from(annualPlan).where(eq(annualPlan.id, plan.id)).for('update');
    const open = await tx
      .select({ enterpriseId: inspectionTask.enterpriseId })
      .from(inspectionTask)
      .where(and(eq(inspectionTask.planId, plan.id), eq(inspectionTask.source, 'plan'), like(inspectionTask.plannedOn, `${monthPrefix}%`), ne(inspectionTask.status, 'cancelled'), inArray(inspectionTask.enterpriseId, enterpriseIds)));
    const have = new Set(open.map((o) => o.enterpriseId));
    const fresh = enterpriseIds.filter((id) => !have.has(id));
    if (fresh.length === 0) return { rows: [], skippedCount: have.size };
    const now = app.clock.now();
    const inserted = await tx
      .insert(inspectionTask)
      .values(fresh.map((enterpriseId) => ({ orgId: plan.orgId, enterpriseId, source: 'plan' as const, planId: plan.id, officerIds, plannedOn: input.plannedOn, createdAt: now, createdBy: actor.userId })))
      .returning();
    await appendEntry(tx, app, { orgId: plan.orgId, actorId: actor.userId, action: 'inspection.tasksFromPlan', subjectType: 'annualPlan', subjectId: plan.id, payload: { month: input.month, plannedOn: input.plannedOn, officerIds, taskIds: inserted.map((t) => t.id), enterpriseIds: fresh, skipped: [...have] } });
    return { rows: inserted, skippedCount: have.size };
  });
  return { created: await toOut(app.db, rows, today), createdCount: rows.length, skippedCount };
}
