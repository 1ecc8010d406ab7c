// The overdue sweeper: a persisted daily job (platform/jobs/) keyed by the China date, so the
// hazards are marked once a day however often, and from however many servers, it is tried.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { entryForRun, inChunks, runOnce, startPolling } from '../../../platform/jobs/service.js';
import { hazardTransition } from './rules.js';
import { hazard } from '../schema.js';

export const OVERDUE_JOB = 'hazard.overdueSweep';

export interface SweepResult {
  runKey: string;
  ran: boolean;
  marked: string[];
}

export async function sweepOverdueHazards(app: AppContext): Promise<SweepResult> {
  const today = chinaDate(app.clock.now());
  const marked = await runOnce(app, OVERDUE_JOB, today, async (tx, run) => {
    const due = await tx
      .select()
      .from(hazard)
      .where(and(eq(hazard.status, 'open'), lt(hazard.deadline, today)))
      .for('update');
    const ids = due.filter((h) => hazardTransition(h, { type: 'markOverdue' }, 'system', today).ok).map((h) => h.id);
    await inChunks(ids, async (chunk) => {
      await tx
        .update(hazard)
        .set({ status: 'overdue', version: sql`${hazard.version} + 1` })
        .where(inArray(hazard.id, chunk));
      return undefined;
    });
    if (ids.length) await entryForRun(tx, app, run, 'hazard.markedOverdue', { hazardIds: ids });
    return { value: ids, result: { marked: ids.length } };
  });
  return marked ? { runKey: today, ran: true, marked } : { runKey: today, ran: false, marked: [] };
}

/** Tries the sweep now and then every `pollMs` (an hour by default); each day's run happens once. */
export function startSweeper(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(
    app,
    'overdue sweep',
    () => sweepOverdueHazards(app).then((r) => r.ran && app.log.info({ runKey: r.runKey, marked: r.marked.length }, 'overdue hazards swept')),
    opts,
  );
}
