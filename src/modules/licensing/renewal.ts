// 视为准予延续 (行政许可法 第五十条第二款: 逾期未作决定的，视为准予延续): a renewal still undecided when
// the licence's term ends is granted by law as of its last valid day — a daily job records it, as a
// grant would be (review.ts): the instrument numbered, the decision announced for disclosure.
import { and, eq, lt } from 'drizzle-orm';
import { type AppContext, systemActor } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { entryForRun, runOnce, startPolling } from '../../platform/jobs/service.js';
import type { Tx } from '../../platform/db/index.js';
import { type ApplicationRow, entry } from './applications.js';
import { licenseDecided } from './events.js';
import { numberActInstrument } from './instrument-numbers.js';
import { SERVICE_GUIDES } from './matters.js';
import { licenseApplication } from './schema.js';

export const DEEMED_RENEWAL_BASIS = '行政许可法 第五十条第二款';

export const DEEMED_RENEWAL_JOB = 'license.deemedRenewal';

/** Grants by law the renewals accepted and still undecided after the licence's last valid day (第五十条). */
export async function deemRenewalsGranted(app: AppContext) {
  const today = chinaDate(app.clock.now());
  const done = await runOnce(app, DEEMED_RENEWAL_JOB, today, async (tx, run) => {
    const due = await tx
      .select()
      .from(licenseApplication)
      .where(and(eq(licenseApplication.kind, 'renewal'), eq(licenseApplication.state, 'accepted'), lt(licenseApplication.priorValidTo, today)))
      .for('update');
    for (const a of due) await grantByLaw(tx, app, a);
    if (due.length) await entryForRun(tx, app, run, 'license.deemedRenewalRun', { applicationIds: due.map((a) => a.id) });
    return { value: due.map((a) => a.id), result: { granted: due.length } };
  });
  return done ?? [];
}

/** As a grant (review.ts) does, by the system, in the job's transaction: the decision dated the last valid day. */
async function grantByLaw(tx: Tx, app: AppContext, a: ApplicationRow) {
  const decidedOn = a.priorValidTo as string;
  const reason = `原许可证件有效期届满前未作出是否准予延续的决定，依法视为准予延续（${DEEMED_RENEWAL_BASIS}）`;
  const action = 'license.deemedGranted';
  const [row] = await tx
    .update(licenseApplication)
    .set({ state: 'granted', decidedOn, decisionReason: reason, deemedGranted: true, version: a.version + 1 })
    .where(eq(licenseApplication.id, a.id))
    .returning();
  const { seq } = await entry(tx, app, systemActor, row, action, { decidedOn, basis: DEEMED_RENEWAL_BASIS });
  await numberActInstrument(tx, app, systemActor, row, action);
  await app.events.publish(
    { tx, actor: systemActor, actSeq: seq },
    'license.decided',
    licenseDecided({ ...row, matterName: SERVICE_GUIDES[row.matterCode].name }, 'granted', decidedOn, reason),
  );
}

export function startDeemedRenewal(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(app, 'deemed renewal', () => deemRenewalsGranted(app), opts);
}
