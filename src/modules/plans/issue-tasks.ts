// 计划检查任务: a leader issues tasks for the key enterprises an approved annual plan schedules for
// a month. The plan decides who is due; the inspections module makes its tasks. Issuing is
// idempotent per plan and month, so a second click creates nothing.
import { eq } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { Forbidden } from '../../platform/errors.js';
import type { TasksFromPlanIn, TasksFromPlanOut } from '../inspections/contract.js';
import { checkPlanTasks, createPlanTasks } from '../inspections/tasks/plan-tasks.js';
import { planCapabilities } from './capabilities.js';
import { annualPlan } from './schema.js';
import { keyListForMonth } from './service.js';

export async function issueTasksFromPlan(app: AppContext, actor: Actor, input: TasksFromPlanIn): Promise<TasksFromPlanOut> {
  // Defence in depth behind the route: only leaders assign work to others.
  if (actor.userId !== null && !holds(planCapabilities, actor.roles, 'plan.issueTasks')) throw new Forbidden('只有科室负责人及以上可以下达计划检查任务');
  const { plan, enterpriseIds } = await keyListForMonth(app.db, actor, input.planId, input.month);
  const request = { plan, month: input.month, enterpriseIds, officerIds: input.officerIds, plannedOn: input.plannedOn };
  const officerIds = await checkPlanTasks(app, request);
  return app.db.transaction(async (tx) => {
    // Locking the plan row serialises two leaders issuing the same month at once.
    await tx.select({ id: annualPlan.id }).from(annualPlan).where(eq(annualPlan.id, plan.id)).for('update');
    return createPlanTasks(tx, app, actor, { ...request, officerIds });
  });
}
