// 期满移出: a listing's term is 3 years (rules.ts LISTING_TERM); the day after its last day the
// deciding bureau removes the subject, stops the publication and lifts the measures. A daily job
// records that, one ledger entry per listing and one for the run; a second run the same day (a
// restart, a second server) finds the day's run row and does nothing.
import { and, eq, lt } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { entryForRun, runOnce, startPolling } from '../../platform/jobs/service.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { LISTING_TERM, stepProblem } from './rules.js';
import { creditListing } from './schema.js';

export const EXPIRY_JOB = 'credit.termExpiry';

/** Removes every listing whose term ended before today; the ids removed (none when the day already ran). */
export async function removeExpired(app: AppContext): Promise<string[]> {
  const today = chinaDate(app.clock.now());
  const done = await runOnce(app, EXPIRY_JOB, today, async (tx, run) => {
    const candidates = await tx
      .select()
      .from(creditListing)
      .where(and(eq(creditListing.state, 'listed'), lt(creditListing.termEndsOn, today)))
      .for('update');
    const due = candidates.filter((l) => stepProblem('remove', l, today) === null);
    for (const l of due) {
      await tx
        .update(creditListing)
        .set({ state: 'removed', removedOn: today, removalReason: 'termEnded', version: l.version + 1 })
        .where(eq(creditListing.id, l.id));
      await appendEntry(tx, app, {
        orgId: l.orgId,
        actorId: null,
        action: 'credit.removed',
        subjectType: 'creditListing',
        subjectId: l.id,
        payload: {
          caseId: l.caseId,
          enterpriseId: l.enterpriseId,
          decisionNumber: l.decisionNumber,
          termEndsOn: l.termEndsOn,
          removedOn: today,
          basis: LISTING_TERM.basis,
        },
      });
    }
    if (due.length) await entryForRun(tx, app, run, 'credit.expiryRun', { listingIds: due.map((l) => l.id) });
    return { value: due.map((l) => l.id), result: { removed: due.length } };
  });
  return done ?? [];
}

export function startTermExpiry(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(app, 'credit term expiry', () => removeExpired(app), opts);
}
