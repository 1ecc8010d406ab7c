// 举报投诉 figures for the yearly report and 统计分析, from this module's tables only. A tip counts on
// the China date it was received, a decision on the China date it was made; 受理告知 is on time when
// decided on or before its last day (acceptBy, rules.ts), taken for the tips whose last day falls in
// the period, so one still undecided at the period's end is not on time. The org is the receiving
// bureau, with everything below it.
import { and, inArray, isNotNull, not, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin, instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { COMPLAINT_KINDS, TIP_FIGURE_CODES, type TipFigureCode } from './contract.js';
import { TIP_PERIODS } from './rules.js';
import { tip } from './schema.js';

const drill = (code: TipFigureCode) => (s: FigureScope) => `/tips?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const TREE = '本机构及下级机构受理的';
const TIPS = '举报（不含投诉）';
const decidedOn = sql`(${tip.decidedAt} at time zone 'Asia/Shanghai')::date`;
const notComplaint = not(inArray(tip.kind, [...COMPLAINT_KINDS]));

const D: (Omit<FigureDefinition, 'drill'> & { code: TipFigureCode | 'tips.acceptOnTimeRate' })[] = [
  {
    code: 'tips.received',
    name: '收到举报',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}${TIPS}件数（网上、12350 电话、来信、来访），以收到时间（北京时间）在期间内为准；同一事项多次举报分别计。`,
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.accepted',
    name: '其中：受理',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}${TIPS}中决定受理的件数，以作出受理决定之日（北京时间）在期间内为准。`,
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.acceptDue',
    name: '应告知是否受理',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}举报、投诉中，告知是否受理的期限（收到之日起 ${TIP_PERIODS.accept.days} 日，${TIP_PERIODS.accept.basis}）末日在期间内的件数。`,
    drillNeeds: 'complaint.read',
  },
  {
    code: 'tips.acceptOnTime',
    name: '其中：按期告知',
    unit: 'items',
    section: 'tips',
    definition: '应告知是否受理的举报、投诉中，在期限末日当日或之前（北京时间）作出受理或不予受理决定的件数；期间末日终了时仍未决定的计为未按期。',
    drillNeeds: 'complaint.read',
  },
  {
    code: 'tips.acceptOnTimeRate',
    name: '受理告知按期率',
    unit: 'percent',
    section: 'tips',
    definition: '按期告知件数 ÷ 应告知是否受理件数 × 100%，保留两位小数，四舍五入；无应告知件时不计算。',
  },
  {
    code: 'tips.complaints',
    name: '收到执法投诉',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}对执法人员行为、执法决定的投诉件数，以收到时间（北京时间）在期间内为准。`,
    drillNeeds: 'complaint.read',
  },
];

export const TIP_FIGURES: readonly FigureDefinition[] = D.map((d) =>
  d.code === 'tips.acceptOnTimeRate' ? d : { ...d, drill: drill(d.code as TipFigureCode) },
);

const acceptDue = (s: FigureScope) => daysWithin(tip.acceptBy, s.from, s.to) as SQL;

/** Which tips each figure counts (its drill-down shows the same rows), within the org subtree. */
export const TIP_FIGURE_ROWS: Record<TipFigureCode, (s: FigureScope) => SQL> = {
  'tips.received': (s) => and(notComplaint, instantsWithin(tip.receivedAt, s.from, s.to)) as SQL,
  'tips.accepted': (s) => and(notComplaint, sql`${tip.state} = 'accepted'`, isNotNull(tip.decidedAt), instantsWithin(tip.decidedAt, s.from, s.to)) as SQL,
  'tips.acceptDue': acceptDue,
  'tips.acceptOnTime': (s) => and(acceptDue(s), isNotNull(tip.decidedAt), sql`${decidedOn} <= ${tip.acceptBy}::date`) as SQL,
  'tips.complaints': (s) => and(inArray(tip.kind, [...COMPLAINT_KINDS]), instantsWithin(tip.receivedAt, s.from, s.to)) as SQL,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(TIP_FIGURE_CODES, TIP_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(tip).where(orgIdWithin(tip.orgId, s.orgPath));
  const c = counts.read(row);
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(c)) out[code] = { count };
  out['tips.acceptOnTimeRate'] = { part: c['tips.acceptOnTime'], whole: c['tips.acceptDue'] };
  return out;
}

export const tipFigures: FigureSet = { definitions: TIP_FIGURES, measure };
