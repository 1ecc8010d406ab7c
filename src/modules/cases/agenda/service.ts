// The workbench agenda: the cases each role answers for, reduced to what is due this week and
// what is late (agenda.ts).
import { and, eq, inArray, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { holds } from '../../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { org } from '../../../platform/orgs/schema.js';
import { dueThisWeekAndLate, endOfWeek } from './rules.js';
import { mayFallDueBy } from './near.js';
import { deadlineOut } from '../contract.js';
import { caseCapabilities } from '../capabilities.js';
import { penaltyCase } from '../schema.js';
import { NO_DEADLINE_STATES, REVIEW_STATES, type CaseState } from '../workflow/machine.js';
import { stateNameOf } from '../workflow/state-name.js';
import { orgPathWithin } from '../../../platform/orgs/scope.js';

const agendaItemOut = z.object({
  caseId: z.uuid(),
  orgName: z.string(),
  partyName: z.string(),
  summary: z.string(),
  state: z.string(),
  stateName: z.string(),
  deadline: deadlineOut,
});
export const agendaOut = z.object({ today: z.string(), weekEndsOn: z.string(), dueThisWeek: z.array(agendaItemOut), late: z.array(agendaItemOut) });
export type AgendaOut = z.infer<typeof agendaOut>;

/**
 * Whose cases: a leader answers for every open case of the subtree; an officer for the cases
 * they investigate; a legal reviewer for the cases awaiting review they did not investigate.
 * Someone holding two roles sees both.
 */
function answerableFor(actor: Actor): SQL | undefined {
  if (holds(caseCapabilities, actor.roles, 'case.oversee')) return undefined;
  const mine = actor.userId ? sql`${penaltyCase.investigatorIds} @> array[${actor.userId}]::uuid[]` : sql`false`;
  const parts: SQL[] = [];
  if (holds(caseCapabilities, actor.roles, 'case.investigate')) parts.push(mine);
  if (holds(caseCapabilities, actor.roles, 'case.review')) parts.push(and(inArray(penaltyCase.state, [...REVIEW_STATES]), not(mine))!);
  return parts.length ? or(...parts) : sql`false`;
}

export async function caseAgenda(app: AppContext, actor: Actor): Promise<AgendaOut> {
  const today = chinaDate(app.clock.now());
  const c = penaltyCase;
  // What the deadline, the state's name and the entry need: not the case's evidence and instruments.
  const rows = await app.db
    .select({
      c: {
        id: c.id,
        partyName: c.partyName,
        summary: c.summary,
        state: c.state,
        decisionDueOn: c.decisionDueOn,
        statementPeriodEndsOn: c.statementPeriodEndsOn,
        hearingRequestEndsOn: c.hearingRequestEndsOn,
        hearingNoticeBy: c.hearingNoticeBy,
        hearingOn: c.hearingOn,
        serviceDueOn: c.serviceDueOn,
        paymentDueOn: c.paymentDueOn,
        waivers: c.waivers,
        preservations: c.preservations,
      },
      orgName: org.name,
    })
    .from(penaltyCase)
    .innerJoin(org, eq(org.id, penaltyCase.orgId))
    .where(and(orgPathWithin(actor.orgPath), notInArray(penaltyCase.state, [...NO_DEADLINE_STATES]), answerableFor(actor), mayFallDueBy(endOfWeek(today))));
  const { dueThisWeek, late } = dueThisWeekAndLate(
    rows.map(({ c, orgName }) => ({ ...c, state: c.state as CaseState, orgName })),
    today,
  );
  const out = (items: typeof late) =>
    items.map(({ case: c, deadline }) => ({
      caseId: c.id,
      orgName: c.orgName,
      partyName: c.partyName,
      summary: c.summary,
      state: c.state,
      stateName: stateNameOf(c, today),
      deadline,
    }));
  return { today, weekEndsOn: endOfWeek(today), dueThisWeek: out(dueThisWeek), late: out(late) };
}
