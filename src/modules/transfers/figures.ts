// 行刑衔接 figures for the yearly report and 统计分析, from this module's tables only. Each counts by
// the day of its own act (批准移送, 公安机关决定, 提请监督, 移回) within the period, for the org
// that transferred, with everything below it.
import { type AnyColumn, and, count, eq, isNotNull, type SQL, sql, sum } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { FigureDefinition, FigureScope, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { criminalTransfer as t, jointMeeting as j } from './schema.js';

const drill = (s: FigureScope) => `/transfers?${new URLSearchParams({ orgId: s.orgId, from: s.from, to: s.to })}`;
const base = { unit: 'cases', section: 'oversight' } as const;
// The list filters by the day approved: it drills down the figures counted by that day only.
const drilled = { drill, drillNeeds: 'criminalTransfer.read' } as const;

export const TRANSFER_FIGURES: readonly FigureDefinition[] = [
  {
    ...base,
    code: 'transfers.cases',
    name: '移送公安机关案件',
    definition: '本机构及下级机构负责人批准移送、批准日期在期间内的涉嫌犯罪案件数（衔接办法 第七条）。',
  },
  { ...base, ...drilled, code: 'transfers.persons', name: '移送涉案人员', unit: 'persons', definition: '上述移送案件登记的涉案人员人数合计。' },
  { ...base, code: 'transfers.accepted', name: '公安机关立案', definition: '公安机关决定立案（含经检察院立案监督后立案）、决定日期在期间内的移送案件数。' },
  { ...base, code: 'transfers.refused', name: '公安机关不予立案', definition: '公安机关决定不予立案、决定日期在期间内的移送案件数（经监督后立案的不计）。' },
  { ...base, code: 'transfers.supervised', name: '提请检察院立案监督', definition: '提请人民检察院立案监督、提请日期在期间内的移送案件数。' },
  {
    ...base,
    code: 'transfers.returned',
    name: '移回行政处罚',
    definition: '公安机关不予立案或者撤销案件后移回行政处罚、移回日期在期间内的案件数（行政处罚法 第二十七条）。',
  },
  {
    ...base,
    code: 'transfers.jointMeetings',
    name: '召开联席会议',
    unit: 'times',
    definition: '本机构及下级机构登记的、会议日期在期间内的行刑衔接联席会议次数。',
    drill: undefined,
    drillNeeds: undefined,
  },
];

const within = (day: AnyColumn, s: FigureScope) => and(daysWithin(day, s.from, s.to), orgIdWithin(t.orgId, s.orgPath)) as SQL;

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const n = async (where: SQL) => (await ex.select({ n: count() }).from(t).where(where))[0].n;
  const [persons] = await ex
    .select({ n: sum(sql<number>`jsonb_array_length(${t.persons})`) })
    .from(t)
    .where(within(t.approvedOn, s));
  const [meetings] = await ex
    .select({ n: count() })
    .from(j)
    .where(and(daysWithin(j.heldOn, s.from, s.to), orgIdWithin(j.orgId, s.orgPath)));
  return {
    'transfers.cases': { count: await n(within(t.approvedOn, s)) },
    'transfers.persons': { count: Number(persons.n ?? 0) },
    'transfers.accepted': { count: await n(and(within(t.policeDecidedOn, s), eq(t.policeDecision, 'filed')) as SQL) },
    'transfers.refused': { count: await n(and(within(t.policeDecidedOn, s), eq(t.policeDecision, 'refused')) as SQL) },
    'transfers.supervised': { count: await n(and(within(t.supervisionRequestedOn, s), isNotNull(t.supervisionRequestedOn)) as SQL) },
    'transfers.returned': { count: await n(and(within(t.returnedOn, s), isNotNull(t.returnedOn)) as SQL) },
    'transfers.jointMeetings': { count: meetings.n },
  };
}

export const transferFigures = { definitions: TRANSFER_FIGURES, measure };
