// 集体讨论 figures for the yearly report and 统计分析, from this module's tables only: meetings held
// (closed) on a day of the period, and the cases they deliberated. The org is the one that held the
// meeting, with everything below it. The drill-down is the list of those meetings.
import { and, count, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { deliberationItem as i, deliberationMeeting as m } from './schema.js';

const drill = (s: FigureScope) => `/deliberations?${new URLSearchParams({ state: 'closed', orgId: s.orgId, from: s.from, to: s.to })}`;

export const DELIBERATION_FIGURES: readonly FigureDefinition[] = [
  {
    code: 'deliberations.meetings',
    name: '召开集体讨论会议',
    unit: 'times',
    section: 'procedure',
    definition: '本机构及下级机构召开并结束（集体讨论记录已编号）、会议日期在期间内的集体讨论会议次数（行政处罚法 第五十七条第二款）。',
    drill,
    drillNeeds: 'deliberation.read',
  },
  {
    code: 'deliberations.cases',
    name: '经集体讨论的案件',
    unit: 'cases',
    section: 'procedure',
    definition: '上述会议讨论并形成结论的案件件次；同一案件经两次会议讨论的计两次。',
    drill,
    drillNeeds: 'deliberation.read',
  },
];

/** The meetings the figures count: closed, held in the period, of the subtree. */
export const countedMeetings = (s: FigureScope) => and(eq(m.state, 'closed'), daysWithin(m.heldOn, s.from, s.to), orgIdWithin(m.orgId, s.orgPath)) as SQL;

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const [meetings] = await ex.select({ n: count() }).from(m).where(countedMeetings(s));
  const [cases] = await ex.select({ n: count() }).from(i).innerJoin(m, eq(m.id, i.meetingId)).where(countedMeetings(s));
  return { 'deliberations.meetings': { count: meetings.n }, 'deliberations.cases': { count: cases.n } };
}

export const deliberationFigures: FigureSet = { definitions: DELIBERATION_FIGURES, measure };
