import { sql, type SQL } from 'drizzle-orm';
import { penaltyCase } from '../schema.js';

/**
 * A case's next deadline is one of its dates (the nearest ahead, else the last passed), and each
 * pending preservation's is that preservation's. So a case can only be due by `day`, or late, if
 * one of those dates falls on or before it: the agenda (Sunday) and the reminders (a few working
 * days ahead) ask the database for those cases only, and the rules decide exactly which deadline
 * is next. An open case due next month is never read (issue 22: the province has tens of thousands).
 */
export function mayFallDueBy(day: string): SQL {
  const c = penaltyCase;
  const earliest = sql`least(${c.decisionDueOn}, ${c.statementPeriodEndsOn}, ${c.hearingRequestEndsOn}, ${c.hearingNoticeBy}, ${c.hearingOn}, ${c.serviceDueOn}, ${c.paymentDueOn})`;
  const preservation = sql`jsonb_path_exists(${c.preservations}, '$[*] ? (@.status == "approved" && @.decisionDueOn <= $d)', jsonb_build_object('d', ${day}::text))`;
  return sql`(${earliest} <= ${day}::date or (${c.preservations} <> '[]'::jsonb and ${preservation}))`;
}
