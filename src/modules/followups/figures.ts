// 执法回访 figures for the yearly report and 统计分析, from this module's table only. A follow-up is
// due on its last day (dueOn, rules.ts); it counts as visited when answered — on a visit, by
// telephone or online — by the period's last day; 无法联系 and 拒绝回访 are due but not visited.
// Answers count on the China date they were given. The org is the bureau that decided or closed
// the matter, with everything below it.
import { and, eq, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_LABELS, type FollowUpChannel } from './codes.js';
import { FOLLOW_UP_FIGURE_CODES, type FollowUpFigureCode } from './contract.js';
import { SAMPLING_RULE } from './rules.js';
import { followUpVisit as f } from './schema.js';

const drill = (code: FollowUpFigureCode) => (s: FigureScope) => `/followups?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const TREE = '本机构及下级机构作出的行政处罚决定和销号的事故隐患中';
const RULE = SAMPLING_RULE.map((l) => `${l.label}${l.permille === 1000 ? '逐一' : `抽取 ${l.permille / 10}%`}回访、${l.workdays} 个工作日内完成`).join('；');

type Derived = 'followUps.rate' | 'followUps.satisfactionRate';
const D: (Omit<FigureDefinition, 'drill'> & { code: FollowUpFigureCode | Derived })[] = [
  {
    code: 'followUps.due',
    name: '应回访',
    unit: 'items',
    section: 'followUps',
    definition: `${TREE}，按回访规则（${RULE}）应回访且回访期限末日在期间内的件数。`,
    drillNeeds: 'followUp.read',
  },
  {
    code: 'followUps.visited',
    name: '其中：已回访',
    unit: 'items',
    section: 'followUps',
    definition: '应回访件中，至期间末日（北京时间）已上门、电话或网上回访并取得答复的件数；无法联系、企业拒绝回访的不计。',
    drillNeeds: 'followUp.read',
  },
  {
    code: 'followUps.rate',
    name: '回访率',
    unit: 'percent',
    section: 'followUps',
    definition: '已回访件数 ÷ 应回访件数 × 100%，保留两位小数，四舍五入；无应回访件时不计算。',
  },
  {
    code: 'followUps.answered',
    name: '完成回访',
    unit: 'items',
    section: 'followUps',
    definition: `${TREE}，取得企业答复之日（北京时间）在期间内的回访件数。`,
    drillNeeds: 'followUp.read',
  },
  ...FOLLOW_UP_CHANNELS.map((c): (typeof D)[number] => ({
    code: `followUps.channel.${c}`,
    name: `其中：${FOLLOW_UP_LABELS.channel[c]}`,
    unit: 'items',
    section: 'followUps',
    definition: `完成回访中，以“${FOLLOW_UP_LABELS.channel[c]}”方式完成的件数，口径同“完成回访”。`,
    drillNeeds: 'followUp.read',
  })),
  {
    code: 'followUps.satisfied',
    name: '总体评价满意或基本满意',
    unit: 'items',
    section: 'followUps',
    definition: '完成回访中，企业对本次执法的总体评价为“满意”或“基本满意”的件数，口径同“完成回访”。',
    drillNeeds: 'followUp.read',
  },
  {
    code: 'followUps.satisfactionRate',
    name: '满意率',
    unit: 'percent',
    section: 'followUps',
    definition: '总体评价满意或基本满意件数 ÷ 完成回访件数 × 100%，保留两位小数，四舍五入；无完成回访件时不计算。',
  },
  {
    code: 'followUps.problems',
    name: '回访发现问题',
    unit: 'items',
    section: 'followUps',
    definition: '完成回访中，企业对执法公正、执法人员文明规范或总体评价任一项“不满意”，或反映了问题的件数，口径同“完成回访”；均转法制机构办理。',
    drillNeeds: 'followUp.read',
  },
  {
    code: 'followUps.resolved',
    name: '回访问题办结',
    unit: 'items',
    section: 'followUps',
    definition: `${TREE}，回访反映的问题由法制机构或局领导办结、办结之日（北京时间）在期间内的件数。`,
    drillNeeds: 'followUp.read',
  },
];

const DERIVED: readonly string[] = ['followUps.rate', 'followUps.satisfactionRate'] satisfies Derived[];
export const FOLLOW_UP_FIGURES: readonly FigureDefinition[] = D.map((d) =>
  DERIVED.includes(d.code) ? d : { ...d, drill: drill(d.code as FollowUpFigureCode) },
);

const due = (s: FigureScope) => daysWithin(f.dueOn, s.from, s.to) as SQL;
const answered = (s: FigureScope) => and(isNotNull(f.answeredOn), daysWithin(f.answeredOn, s.from, s.to)) as SQL;

/** Which follow-ups each figure counts (its drill-down shows the same rows), within the org subtree. */
export const FOLLOW_UP_FIGURE_ROWS: Record<FollowUpFigureCode, (s: FigureScope) => SQL> = {
  'followUps.due': due,
  'followUps.visited': (s) => and(due(s), isNotNull(f.answeredOn), lte(f.answeredOn, s.to)) as SQL,
  'followUps.answered': answered,
  ...(Object.fromEntries(FOLLOW_UP_CHANNELS.map((c) => [`followUps.channel.${c}`, (s: FigureScope) => and(answered(s), eq(f.channel, c)) as SQL])) as Record<
    `followUps.channel.${FollowUpChannel}`,
    (s: FigureScope) => SQL
  >),
  'followUps.satisfied': (s) => and(answered(s), inArray(f.satisfaction, ['satisfied', 'basicallySatisfied'])) as SQL,
  'followUps.problems': (s) => and(answered(s), eq(f.problem, true)) as SQL,
  'followUps.resolved': (s) => and(isNotNull(f.resolvedOn), daysWithin(f.resolvedOn, s.from, s.to)) as SQL,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(FOLLOW_UP_FIGURE_CODES, FOLLOW_UP_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(f).where(orgIdWithin(f.orgId, s.orgPath));
  const c = counts.read(row);
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(c)) out[code] = { count };
  out['followUps.rate'] = { part: c['followUps.visited'], whole: c['followUps.due'] };
  out['followUps.satisfactionRate'] = { part: c['followUps.satisfied'], whole: c['followUps.answered'] };
  return out;
}

export const followUpFigures: FigureSet = { definitions: FOLLOW_UP_FIGURES, measure };
