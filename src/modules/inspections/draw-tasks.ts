// 双随机 tasks: the draws module publishes its result and its re-draws; this module makes and
// cancels its own tasks in the draw's transaction (platform/events.ts).
import { and, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { DomainEvents, EventContext } from '../../platform/events.js';
import { inspectionTask } from './schema.js';

type Team = DomainEvents['draw.made']['teams'][number];

async function insertTasks(
  e: Omit<DomainEvents['draw.made'], 'teams' | 'name' | 'matterName' | 'drawnOn' | 'enterpriseIds'>,
  teams: readonly Team[],
  { tx, actor }: EventContext,
  at: Date,
) {
  const rows = teams
    .filter((t) => t.officerIds.length > 0)
    .map((t) => ({
      orgId: e.orgId,
      enterpriseId: t.enterpriseId,
      source: 'draw' as const,
      drawId: e.drawId,
      matterCode: e.matterCode,
      checklistCode: e.checklistCode,
      planId: e.planId,
      officerIds: [...t.officerIds],
      plannedOn: e.plannedOn,
      createdAt: at,
      createdBy: actor.userId,
    }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(inspectionTask).values(rows.slice(i, i + 1000));
}

/** One task per drawn enterprise with a full team. */
export const tasksOnDraw = (e: DomainEvents['draw.made'], ctx: EventContext, app: { clock: { now(): Date } }) => insertTasks(e, e.teams, ctx, app.clock.now());

/** A re-draw cancels the withdrawn enterprise's task and makes the replacement's. */
export async function tasksOnRedraw(e: DomainEvents['draw.redrawn'], ctx: EventContext, app: { clock: { now(): Date } }) {
  if (e.cancelTaskOf)
    await ctx.tx
      .update(inspectionTask)
      .set({ status: 'cancelled' })
      .where(and(eq(inspectionTask.drawId, e.drawId), eq(inspectionTask.enterpriseId, e.cancelTaskOf), sql`${inspectionTask.status} <> 'cancelled'`));
  if (e.team) await insertTasks(e, [e.team], ctx, app.clock.now());
}

/** The draw's live task for an enterprise, for the draws module to refuse a re-draw once started. */
export async function drawTaskOf(ex: Executor, drawId: string, enterpriseId: string) {
  const [t] = await ex
    .select({ id: inspectionTask.id, status: inspectionTask.status })
    .from(inspectionTask)
    .where(and(eq(inspectionTask.drawId, drawId), eq(inspectionTask.enterpriseId, enterpriseId), sql`${inspectionTask.status} <> 'cancelled'`));
  return t ?? null;
}

/** How many live tasks a draw made. */
export async function drawTaskCount(ex: Executor, drawId: string): Promise<number> {
  const [{ n }] = await ex
    .select({ n: count() })
    .from(inspectionTask)
    .where(and(eq(inspectionTask.drawId, drawId), sql`${inspectionTask.status} <> 'cancelled'`));
  return Number(n);
}
