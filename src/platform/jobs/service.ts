// Persisted daily jobs. A job's state is its `scheduled_job_run` row of (job, run key): claiming
// that row and the job's writes commit together, so a second run with the same key — after a
// restart, or from a second server — finds the row and does nothing, and a failed run leaves no
// row and is retried. The timer only decides when to try.
import { eq } from 'drizzle-orm';
import { scheduledJobRun } from './schema.js';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/index.js';
import { appendEntry } from '../ledger/service.js';

export type JobRun = typeof scheduledJobRun.$inferSelect;

/**
 * Runs `body` once per (job, runKey), in one transaction with the claim. `body` returns the
 * value to hand back and the result recorded on the run row. Null when the key already ran.
 */
export async function runOnce<T>(
  app: AppContext,
  job: string,
  runKey: string,
  body: (tx: Tx, run: JobRun) => Promise<{ value: T; result: Record<string, unknown> }>,
): Promise<T | null> {
  return app.db.transaction(async (tx) => {
    const [run] = await tx.insert(scheduledJobRun).values({ job, runKey, startedAt: app.clock.now() }).onConflictDoNothing().returning();
    if (!run) return null;
    const { value, result } = await body(tx, run);
    await tx.update(scheduledJobRun).set({ result }).where(eq(scheduledJobRun.id, run.id));
    return value;
  });
}

/** Tries `attempt` now and then every `pollMs` (an hour by default), never two at once. */
export function startPolling(app: AppContext, name: string, attempt: () => Promise<unknown>, opts: { pollMs?: number } = {}) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(attempt).catch((e) => app.log.error({ err: e, job: name }, `${name} failed`));
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

/** Writes `items` a thousand at a time (a statement's parameters are bounded) and gathers what each write returns. */
export async function inChunks<T, R = never>(items: readonly T[], write: (chunk: T[]) => Promise<R[] | undefined>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += 1000) out.push(...((await write(items.slice(i, i + 1000))) ?? []));
  return out;
}

/** A run's ledger entry, on the run itself (no person acted): written only when the run changed something. */
export async function entryForRun(tx: Tx, app: AppContext, run: JobRun, action: string, payload: Record<string, unknown>) {
  await appendEntry(tx, app, {
    orgId: null,
    actorId: null,
    action,
    subjectType: 'scheduledJobRun',
    subjectId: run.id,
    payload: { job: run.job, runKey: run.runKey, ...payload },
  });
}
