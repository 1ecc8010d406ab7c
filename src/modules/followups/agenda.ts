// The workbench's 回访期限: the subtree's follow-ups still to be made whose due day (the sampling
// rule's working days after the decision or the 销号) is within AGENDA_WORKDAYS working days or has
// passed, the latest first. Pure reading, like the case agenda: the list is the reminder.
import { and, asc, eq, lte } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { addWorkdays, workdaysBetween } from '../../platform/workdays/calendar.js';
import type { FollowUpAgendaOut } from './contract.js';
import { followUpVisit } from './schema.js';
import { assertCan, followUpsOut, type FollowUpActor } from './service.js';

export const AGENDA_WORKDAYS = 3;

export async function followUpAgenda(app: AppContext, actor: FollowUpActor): Promise<FollowUpAgendaOut> {
  assertCan(actor, 'followUp.record', '查看回访期限');
  const today = chinaDate(app.clock.now());
  // workdaysLeft ≤ AGENDA_WORKDAYS puts the due day before the next working day after those.
  const reach = addWorkdays(today, AGENDA_WORKDAYS + 1);
  const rows = await app.db
    .select({ f: followUpVisit, orgName: org.name })
    .from(followUpVisit)
    .innerJoin(org, eq(org.id, followUpVisit.orgId))
    .where(and(orgPathWithin(actor.orgPath), eq(followUpVisit.state, 'due'), lte(followUpVisit.dueOn, reach)))
    .orderBy(asc(followUpVisit.dueOn), asc(followUpVisit.id));
  const items = (await followUpsOut(app.db, rows))
    .map((f) => ({ ...f, workdaysLeft: workdaysBetween(today, f.dueOn) }))
    .filter((f) => f.workdaysLeft <= AGENDA_WORKDAYS);
  return {
    today,
    items: items.map((f) => ({
      id: f.id,
      subjectKind: f.subjectKind,
      subjectTitle: f.subjectTitle,
      enterpriseName: f.enterpriseName,
      orgName: f.orgName,
      dueOn: f.dueOn,
      workdaysLeft: f.workdaysLeft,
      late: f.dueOn < today,
    })),
  };
}
