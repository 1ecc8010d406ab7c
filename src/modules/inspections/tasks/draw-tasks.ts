// 双随机 tasks: the draws module publishes its result and its re-draws; this module makes and
// cancels its own tasks in the draw's transaction (platform/events.ts).
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { DomainEvents, EventContext } from '../../../platform/events.js';
import { inspectionTask } from '../schema.js';

const live = ne(inspectionTask.status, 'cancelled');

type Source = Omit<DomainEvents['draw.redrawn'], 'cancelTaskOf' | 'team'>;
type Team = DomainEvents['draw.made']['teams'][number];

/**
 * One statement for the whole draw: the two columns that differ per task travel as two array
 * parameters and the rest once. A province draw (24 504 tasks) spent 2.8 s building and sending
 * eleven parameters a row in multi-row inserts. Officer teams go as comma-joined text (ids have no
 * commas), since unnest would flatten an array of arrays.
 */
async function insertTasks(source: Source, teams: readonly Team[], { tx, actor }: EventContext, at: Date) {
  const full = teams.filter((t) => t.officerIds.length > 0);
  if (full.length === 0) return;
  const enterpriseIds = full.map((t) => t.enterpriseId);
  const officerIds = full.map((t) => t.officerIds.join(','));
  await tx.execute(sql`
    insert into ${inspectionTask} (org_id, enterprise_id, source, draw_id, matter_code, checklist_code, plan_id, officer_ids, planned_on, created_at, created_by)
    select ${source.orgId}::uuid, t.enterprise_id, 'draw', ${source.drawId}::uuid, ${source.matterCode}::text, ${source.checklistCode}::text,
           ${source.planId}::uuid, string_to_array(t.officers, ',')::uuid[], ${source.plannedOn}::text, ${at.toISOString()}::timestamptz, ${actor.userId}::uuid
    from unnest(${sql.param(enterpriseIds)}::uuid[], ${sql.param(officerIds)}::text[]) with ordinality as t(enterprise_id, officers, n)
    order by t.n`);
}

/** One task per drawn enterprise with a full team. */
export const tasksOnDraw = (
  { teams, drawId, orgId, matterCode, checklistCode, planId, plannedOn }: DomainEvents['draw.made'],
  ctx: EventContext,
  app: AppContext,
) => insertTasks({ drawId, orgId, matterCode, checklistCode, planId, plannedOn }, teams, ctx, app.clock.now());

/** A re-draw cancels the withdrawn enterprise's task and makes the replacement's. */
export async function tasksOnRedraw({ cancelTaskOf, team, ...source }: DomainEvents['draw.redrawn'], ctx: EventContext, app: AppContext) {
  if (cancelTaskOf)
    await ctx.tx
      .update(inspectionTask)
      .set({ status: 'cancelled' })
      .where(and(eq(inspectionTask.drawId, source.drawId), eq(inspectionTask.enterpriseId, cancelTaskOf), live));
  if (team) await insertTasks(source, [team], ctx, app.clock.now());
}

/** The draw's live task for an enterprise, for the draws module to refuse a re-draw once started. */
export async function drawTaskOf(ex: Executor, drawId: string, enterpriseId: string) {
  const [t] = await ex
    .select({ id: inspectionTask.id, status: inspectionTask.status })
    .from(inspectionTask)
    .where(and(eq(inspectionTask.drawId, drawId), eq(inspectionTask.enterpriseId, enterpriseId), live));
  return t ?? null;
}

/** How many live tasks a draw made. */
export async function drawTaskCount(ex: Executor, drawId: string): Promise<number> {
  const [{ n }] = await ex
    .select({ n: count() })
    .from(inspectionTask)
    .where(and(eq(inspectionTask.drawId, drawId), live));
  return Number(n);
}
