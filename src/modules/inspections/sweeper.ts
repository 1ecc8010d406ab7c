// The overdue sweeper. Its state is the `scheduled_job_run` row of (job, China date): claiming
// that row and marking the hazards commit together, so a second run the same day — after a
// restart, or from a second server — finds the row and does nothing, and a failed run leaves no
// row and is retried. The timer only decides when to try.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { hazardTransition } from './rules.js';
import { hazard, scheduledJobRun } from './schema.js';

export const OVERDUE_JOB = 'hazard.overdueSweep';

export interface SweepResult {
  runKey: string;
  ran: boolean;
  marked: string[];
}

export async function sweepOverdueHazards(app: AppContext): Promise<SweepResult> {
  const today = chinaDate(app.clock.now());
  return app.db.transaction(async (tx) => {
    const [run] = await tx.insert(scheduledJobRun).values({ job: OVERDUE_JOB, runKey: today, startedAt: app.clock.now() }).onConflictDoNothing().returning();
    if (!run) return { runKey: today, ran: false, marked: [] };
    const due = await tx.select().from(hazard).where(and(eq(hazard.status, 'open'), lt(hazard.deadline, today))).for('update');
    const marked = due.filter((h) => hazardTransition(h, { type: 'markOverdue' }, 'system', today).ok).map((h) => h.id);
    if (marked.length) {
      for (let i = 0; i < marked.length; i += 1000) {
        const ids = marked.slice(i, i + 1000);
        await tx.update(hazard).set({ status: 'overdue', version: sql`${hazard.version} + 1` }).where(inArray(hazard.id, ids));
      }
      await appendEntry(tx, app, { orgId: null, actorId: null, action: 'hazard.markedOverdue', subjectType: 'scheduledJobRun', subjectId: run.id, payload: { job: OVERDUE_JOB, runKey: today, hazardIds: marked } });
    }
    await tx.update(scheduledJobRun).set({ result: { marked: marked.length } }).where(eq(scheduledJobRun.id, run.id));
    return { runKey: today, ran: true, marked };
  });
}

/** Tries the sweep now and then every `pollMs` (an hour by default); each day's run happens once. */
export function startSweeper(app: AppContext, opts: { pollMs?: number } = {}) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => sweepOverdueHazards(app))
      .then((r) => r.ran && app.log.info({ runKey: r.runKey, marked: r.marked.length }, 'overdue hazards swept'))
      .catch((e) => app.log.error({ err: e }, 'overdue sweep failed'));
  };
  tick();
  const timer = setInterval(tick, opts.pollMs ?? 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
