// What the workbench lists: the open cases whose next deadline falls due this week, and those
// whose next deadline has passed. Pure: `today` is a parameter.
import { addCalendarDays, daysLeft } from '../../../platform/workdays/calendar.js';
import { nextDeadline, preservationDeadlines, type CaseDates, type Deadline, type PreservationDates } from '../workflow/deadlines.js';

export interface AgendaItem<T> {
  readonly case: T;
  readonly deadline: Deadline;
}

export interface Agenda<T> {
  /** Due from today to Sunday of this week, soonest first. */
  readonly dueThisWeek: AgendaItem<T>[];
  /** Deadline before today, longest late first. */
  readonly late: AgendaItem<T>[];
}

/**
 * Sunday of the China calendar week (Monday to Sunday) that holds `today`. The rule is the
 * calendar week, not "the next n working days", because 本周 is what the officers plan by; the
 * working days left are shown beside each entry, so a deadline past a holiday reads right.
 */
export function endOfWeek(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addCalendarDays(today, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * A case stands in the agenda once for its next deadline and once for each 先行登记保存 awaiting
 * its 处理决定 (第五十六条), since those seven working days run beside the case's own periods.
 */
export function dueThisWeekAndLate<T extends CaseDates & { readonly preservations?: readonly PreservationDates[] }>(
  cases: readonly T[],
  today: string,
): Agenda<T> {
  const sunday = endOfWeek(today);
  const dueThisWeek: AgendaItem<T>[] = [];
  const late: AgendaItem<T>[] = [];
  for (const c of cases) {
    const next = nextDeadline(c, today);
    for (const deadline of [...(next ? [next] : []), ...preservationDeadlines(c.preservations ?? [], today)]) {
      if (deadline.dueOn < today) late.push({ case: c, deadline });
      else if (deadline.dueOn <= sunday) dueThisWeek.push({ case: c, deadline });
    }
  }
  const byDue = (a: AgendaItem<T>, b: AgendaItem<T>) => daysLeft(b.deadline.dueOn, a.deadline.dueOn);
  return { dueThisWeek: dueThisWeek.sort(byDue), late: late.sort(byDue) };
}
