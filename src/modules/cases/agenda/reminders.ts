// 期限提醒: a persisted daily job (platform/jobs/) keyed by the China date. It writes one
// case_reminder per (case, deadline, due date) for open cases whose next deadline (or a pending
// 先行登记保存's 处理决定) is within
// REMIND_WORKDAYS working days or has passed; the unique key makes a later run add nothing for a
// deadline already reminded, so each run only adds deadlines that have newly come near.
import { and, eq, notInArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { entryForRun, inChunks, runOnce, startPolling } from '../../../platform/jobs/service.js';
import { addWorkdays } from '../../../platform/workdays/calendar.js';
import { mayFallDueBy } from './near.js';
import { nextDeadline, preservationDeadlines } from '../workflow/deadlines.js';
import { caseReminder, penaltyCase } from '../schema.js';
import { NO_DEADLINE_STATES, type CaseState } from '../workflow/machine.js';

export const REMINDER_JOB = 'case.deadlineReminders';
export const REMIND_WORKDAYS = 3;

export interface ReminderRun {
  runKey: string;
  ran: boolean;
  reminded: { caseId: string; kind: string; dueOn: string }[];
}

export async function remindCaseDeadlines(app: AppContext): Promise<ReminderRun> {
  const today = chinaDate(app.clock.now());
  const reminded = await runOnce(app, REMINDER_JOB, today, async (tx, run) => {
    const open = await tx
      .select()
      .from(penaltyCase)
      // workdaysLeft ≤ REMIND_WORKDAYS puts a date before the next working day after those.
      .where(and(notInArray(penaltyCase.state, [...NO_DEADLINE_STATES]), mayFallDueBy(addWorkdays(today, REMIND_WORKDAYS + 1))));
    // A case's next deadline and each 先行登记保存 awaiting its 处理决定 (those on one day share a reminder).
    const near = open.flatMap((c) => {
      const next = nextDeadline({ ...c, state: c.state as CaseState }, today);
      const due = [...(next ? [next] : []), ...preservationDeadlines(c.preservations, today)].filter((d) => d.workdaysLeft <= REMIND_WORKDAYS);
      const unique = due.filter((d, i) => due.findIndex((x) => x.kind === d.kind && x.dueOn === d.dueOn) === i);
      return unique.map((d) => ({
        caseId: c.id,
        orgId: c.orgId,
        kind: d.kind,
        dueOn: d.dueOn,
        remindedOn: today,
        workdaysLeft: d.workdaysLeft,
        late: d.dueOn < today,
        runId: run.id,
      }));
    });
    const written = await inChunks(near, (chunk) =>
      tx
        .insert(caseReminder)
        .values(chunk)
        .onConflictDoNothing()
        .returning({ caseId: caseReminder.caseId, kind: caseReminder.kind, dueOn: caseReminder.dueOn }),
    );
    if (written.length) await entryForRun(tx, app, run, 'case.deadlinesReminded', { reminders: written });
    return { value: written, result: { reminded: written.length } };
  });
  return reminded ? { runKey: today, ran: true, reminded } : { runKey: today, ran: false, reminded: [] };
}

/** Tries the reminders now and then every `pollMs` (an hour by default); each day's run happens once. */
export function startCaseReminders(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(
    app,
    'case deadline reminders',
    () => remindCaseDeadlines(app).then((r) => r.ran && app.log.info({ runKey: r.runKey, reminded: r.reminded.length }, 'case deadline reminders written')),
    opts,
  );
}

/** The reminders written for a case, oldest first (for tests and the case file). */
export function remindersOf(app: AppContext, caseId: string) {
  return app.db.select().from(caseReminder).where(eq(caseReminder.caseId, caseId)).orderBy(caseReminder.remindedOn, caseReminder.dueOn);
}
