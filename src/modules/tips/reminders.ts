// 期限提醒 for tips: a persisted daily job (platform/jobs/), like the cases' reminders. It writes one
// tip_reminder per (tip, period, last day) for the open tips whose period (告知是否受理, 办结并答复)
// ends within REMIND_DAYS or has passed; the unique key makes a later run add nothing for a period
// already reminded, so each day's run only adds the periods that have newly come near.
import { asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { entryForRun, inChunks, runOnce, startPolling } from '../../platform/jobs/service.js';
import { tipDeadline } from './rules.js';
import { tip, tipReminder } from './schema.js';

export const TIP_REMINDER_JOB = 'tip.deadlineReminders';
/** Calendar days, as the tips' periods are counted. */
export const REMIND_DAYS = 3;

export interface TipReminderRun {
  runKey: string;
  ran: boolean;
  reminded: { tipId: string; kind: 'accept' | 'finish'; dueOn: string }[];
}

export async function remindTipDeadlines(app: AppContext): Promise<TipReminderRun> {
  const today = chinaDate(app.clock.now());
  const reminded = await runOnce(app, TIP_REMINDER_JOB, today, async (tx, run) => {
    const open = await tx
      .select({ id: tip.id, orgId: tip.orgId, state: tip.state, acceptBy: tip.acceptBy, finishBy: tip.finishBy })
      .from(tip)
      .where(inArray(tip.state, ['received', 'accepted', 'assigned']));
    const near = open.flatMap((t) => {
      const d = tipDeadline(t, today);
      return d && d.daysLeft <= REMIND_DAYS
        ? [{ tipId: t.id, orgId: t.orgId, kind: d.kind, dueOn: d.dueOn, remindedOn: today, daysLeft: d.daysLeft, late: d.daysLeft < 0, runId: run.id }]
        : [];
    });
    const written = await inChunks(near, (chunk) =>
      tx.insert(tipReminder).values(chunk).onConflictDoNothing().returning({ tipId: tipReminder.tipId, kind: tipReminder.kind, dueOn: tipReminder.dueOn }),
    );
    // The entry names tips by id and period only: what a tip says stays off the ledger.
    if (written.length) await entryForRun(tx, app, run, 'tip.deadlinesReminded', { reminders: written });
    return { value: written, result: { reminded: written.length } };
  });
  return reminded ? { runKey: today, ran: true, reminded } : { runKey: today, ran: false, reminded: [] };
}

/** Tries the reminders now and then every `pollMs` (an hour by default); each day's run happens once. */
export function startTipReminders(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(
    app,
    'tip deadline reminders',
    () => remindTipDeadlines(app).then((r) => r.ran && app.log.info({ runKey: r.runKey, reminded: r.reminded.length }, 'tip deadline reminders written')),
    opts,
  );
}

/** The reminders written for a tip, oldest first. */
export function tipRemindersOf(app: AppContext, tipId: string) {
  return app.db.select().from(tipReminder).where(eq(tipReminder.tipId, tipId)).orderBy(asc(tipReminder.remindedOn), asc(tipReminder.dueOn));
}
