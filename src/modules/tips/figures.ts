// 举报投诉 figures for the yearly report and 统计分析, from this module's tables only. A tip counts on
// the China date it was received, a decision on the China date it was made; 受理告知 is on time when
// decided on or before its last day (acceptBy, rules.ts), taken for the tips whose last day falls in
// the period, so one still undecided at the period's end is not on time. The org is the receiving
// bureau, with everything below it. 办结 is the day the result was recorded and the tipster replied;
// a reward counts on the day it was paid.
import { and, eq, inArray, isNotNull, not, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin, instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import {
  COMPLAINT_KINDS,
  COMPLAINT_OUTCOMES,
  type ComplaintOutcome,
  REPORT_KINDS,
  TIP_CHANNELS,
  TIP_FIGURE_CODES,
  TIP_LABELS,
  type TipChannel,
  type TipFigureCode,
} from './contract.js';
import { TIP_PERIODS } from './rules.js';
import { tip, tipReward } from './schema.js';

const drill = (code: TipFigureCode) => (s: FigureScope) => `/tips?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const TREE = '本机构及下级机构受理的';
const TIPS = '举报（不含投诉）';
const decidedOn = sql`(${tip.decidedAt} at time zone 'Asia/Shanghai')::date`;
const notComplaint = not(inArray(tip.kind, [...COMPLAINT_KINDS]));

const verifiedOn = sql`(${tip.verifiedAt} at time zone 'Asia/Shanghai')::date`;

type Derived = 'tips.acceptOnTimeRate' | 'tips.finishOnTimeRate' | 'tips.rewardAmount';
const D: (Omit<FigureDefinition, 'drill'> & { code: TipFigureCode | Derived })[] = [
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
  {
    code: 'tips.verified',
    name: '核查属实（含部分属实）',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}${TIPS}中，经核查登记为属实或部分属实的件数，以登记核查结果之日（北京时间）在期间内为准。`,
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.ledToCases',
    name: '其中：立案查处',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}${TIPS}中，登记核查结果时关联了据核查发现立案的行政处罚案件的件数，以登记之日（北京时间）在期间内为准。`,
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.finishDue',
    name: '应办结',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}已受理的${TIPS}中，办结期限（受理之日起 ${TIP_PERIODS.finish.days} 日，${TIP_PERIODS.finish.basis}）末日在期间内的件数。`,
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.finishOnTime',
    name: '其中：按期办结',
    unit: 'items',
    section: 'tips',
    definition: '应办结的举报中，在期限末日当日或之前（北京时间）登记核查结果并答复举报人的件数；期间末日终了时仍未办结的计为未按期。',
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.finishOnTimeRate',
    name: '举报按期办结率',
    unit: 'percent',
    section: 'tips',
    definition: '按期办结件数 ÷ 应办结件数 × 100%，保留两位小数，四舍五入；无应办结件时不计算。',
  },
  {
    code: 'tips.rewarded',
    name: '兑现举报奖励',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}举报中，举报奖励已发放、发放日期在期间内的件数（${'《安全生产领域举报奖励办法》'}）。`,
    drillNeeds: 'tip.read',
  },
  {
    code: 'tips.rewardAmount',
    name: '发放举报奖励金额',
    unit: 'wanYuan',
    section: 'tips',
    definition: '兑现举报奖励的各件奖励金额之和，以发放日期在期间内为准；以万元列示，保留两位小数，四舍五入。',
  },
  ...TIP_CHANNELS.map((c): (typeof D)[number] => ({
    code: `tips.channel.${c}`,
    name: `其中：${TIP_LABELS.channel[c]}`,
    unit: 'items',
    section: 'tips',
    definition: `收到举报中，经“${TIP_LABELS.channel[c]}”渠道收到的件数，口径同“收到举报”。`,
    drillNeeds: 'tip.read',
  })),
  ...REPORT_KINDS.map((k): (typeof D)[number] => ({
    code: `tips.kind.${k}`,
    name: `其中：举报${TIP_LABELS.kind[k]}`,
    unit: 'items',
    section: 'tips',
    definition: `收到举报中，举报事项为“${TIP_LABELS.kind[k]}”的件数，口径同“收到举报”。`,
    drillNeeds: 'tip.read',
  })),
  {
    code: 'tips.complaintsConcluded',
    name: '办结执法投诉',
    unit: 'items',
    section: 'tips',
    definition: `${TREE}执法投诉中，由法制机构或负责人登记办理结果并答复投诉人的件数，以办结之日（北京时间）在期间内为准。`,
    drillNeeds: 'complaint.read',
  },
  ...COMPLAINT_OUTCOMES.map((o): (typeof D)[number] => ({
    code: `tips.complaint.${o}`,
    name: `其中：${TIP_LABELS.complaintOutcome[o]}`,
    unit: 'items',
    section: 'tips',
    definition: `办结的执法投诉中，办理结果为“${TIP_LABELS.complaintOutcome[o]}”的件数，口径同“办结执法投诉”。`,
    drillNeeds: 'complaint.read',
  })),
];

const DERIVED: readonly string[] = ['tips.acceptOnTimeRate', 'tips.finishOnTimeRate', 'tips.rewardAmount'] satisfies Derived[];
export const TIP_FIGURES: readonly FigureDefinition[] = D.map((d) => (DERIVED.includes(d.code) ? d : { ...d, drill: drill(d.code as TipFigureCode) }));

const acceptDue = (s: FigureScope) => daysWithin(tip.acceptBy, s.from, s.to) as SQL;
const finishDue = (s: FigureScope) => and(notComplaint, isNotNull(tip.finishBy), daysWithin(tip.finishBy, s.from, s.to)) as SQL;
const verifiedWithin = (s: FigureScope) => and(notComplaint, isNotNull(tip.verifiedAt), instantsWithin(tip.verifiedAt, s.from, s.to)) as SQL;
/** Tips with a reward paid in the period (at most one reward of a tip is ever paid). */
const paidWithin = (s: FigureScope) => and(eq(tipReward.tipId, tip.id), eq(tipReward.state, 'paid'), daysWithin(tipReward.paidOn, s.from, s.to));

const received = (s: FigureScope) => and(notComplaint, instantsWithin(tip.receivedAt, s.from, s.to)) as SQL;
const concluded = (s: FigureScope) =>
  and(inArray(tip.kind, [...COMPLAINT_KINDS]), isNotNull(tip.complaintOutcome), isNotNull(tip.verifiedAt), instantsWithin(tip.verifiedAt, s.from, s.to)) as SQL;

/** Which tips each figure counts (its drill-down shows the same rows), within the org subtree. */
export const TIP_FIGURE_ROWS: Record<TipFigureCode, (s: FigureScope) => SQL> = {
  'tips.received': received,
  // Accepted, whatever came after (assigned, verified).
  'tips.accepted': (s) =>
    and(notComplaint, notInArray(tip.state, ['received', 'declined']), isNotNull(tip.decidedAt), instantsWithin(tip.decidedAt, s.from, s.to)) as SQL,
  'tips.acceptDue': acceptDue,
  'tips.acceptOnTime': (s) => and(acceptDue(s), isNotNull(tip.decidedAt), sql`${decidedOn} <= ${tip.acceptBy}::date`) as SQL,
  'tips.complaints': (s) => and(inArray(tip.kind, [...COMPLAINT_KINDS]), instantsWithin(tip.receivedAt, s.from, s.to)) as SQL,
  'tips.verified': (s) => and(verifiedWithin(s), inArray(tip.verification, ['confirmed', 'partly'])) as SQL,
  'tips.ledToCases': (s) => and(verifiedWithin(s), sql`cardinality(${tip.caseIds}) > 0`) as SQL,
  'tips.finishDue': finishDue,
  'tips.finishOnTime': (s) => and(finishDue(s), isNotNull(tip.verifiedAt), sql`${verifiedOn} <= ${tip.finishBy}::date`) as SQL,
  'tips.rewarded': (s) => sql`exists (select 1 from ${tipReward} where ${paidWithin(s)})`,
  ...(Object.fromEntries(TIP_CHANNELS.map((c) => [`tips.channel.${c}`, (s: FigureScope) => and(received(s), eq(tip.channel, c)) as SQL])) as Record<
    `tips.channel.${TipChannel}`,
    (s: FigureScope) => SQL
  >),
  ...(Object.fromEntries(REPORT_KINDS.map((k) => [`tips.kind.${k}`, (s: FigureScope) => and(received(s), eq(tip.kind, k)) as SQL])) as Record<
    `tips.kind.${(typeof REPORT_KINDS)[number]}`,
    (s: FigureScope) => SQL
  >),
  'tips.complaintsConcluded': concluded,
  ...(Object.fromEntries(
    COMPLAINT_OUTCOMES.map((o) => [`tips.complaint.${o}`, (s: FigureScope) => and(concluded(s), eq(tip.complaintOutcome, o)) as SQL]),
  ) as Record<`tips.complaint.${ComplaintOutcome}`, (s: FigureScope) => SQL>),
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(TIP_FIGURE_CODES, TIP_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(tip).where(orgIdWithin(tip.orgId, s.orgPath));
  const c = counts.read(row);
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(c)) out[code] = { count };
  out['tips.acceptOnTimeRate'] = { part: c['tips.acceptOnTime'], whole: c['tips.acceptDue'] };
  out['tips.finishOnTimeRate'] = { part: c['tips.finishOnTime'], whole: c['tips.finishDue'] };
  const [paid] = await ex
    .select({ fen: sql<string>`coalesce(sum(${tipReward.amountFen}), 0)` })
    .from(tipReward)
    .innerJoin(tip, eq(tip.id, tipReward.tipId))
    .where(and(paidWithin(s), orgIdWithin(tip.orgId, s.orgPath)));
  out['tips.rewardAmount'] = { fen: Number(paid.fen) };
  return out;
}

export const tipFigures: FigureSet = { definitions: TIP_FIGURES, measure };
