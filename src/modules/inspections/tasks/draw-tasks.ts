// 双随机 tasks: the draws module publishes its result and its re-draws; this module makes and
// cancels its own tasks in the draw's transaction (platform/events.ts).
import { and, count, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import type { DomainEvents, EventContext } from '../../../platform/events.js';
import { inspectionTask } from '../schema.js';

const live = ne(inspectionTask.status, 'cancelled');

type Source = Omit<DomainEvents['draw.redrawn'], 'cancelTaskOf' | 'team'>;
type Team = DomainEvents['draw.made']['teams'][number];

async function insertTasks(source: Source, teams: readonly Team[], { tx, actor }: EventContext, at: Date) {
  const rows = teams
    .filter((t) => t.officerIds.length > 0)
    .map((t) => ({ ...source, enterpriseId: t.enterpriseId, source: 'draw' as const, officerIds: [...t.officerIds], createdAt: at, createdBy: actor.userId }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(inspectionTask).values(rows.slice(i, i + 1000));
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
