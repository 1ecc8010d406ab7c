// 严重失信主体名单 figures for the yearly report and 统计分析, from this module's table only. Each act
// counts on its own China date: proposed (提出), listed (列入决定), withdrawn (不予列入决定), removed
// (期满移出, 信用修复提前移出); repairs applied and approved and objections count the listings that had one
// on its own date; in force counts the listings on the list on the period's last day. The org is the bureau
// that decided the penalty (谁处罚、谁决定), with everything below it.
import { type AnyColumn, and, eq, gt, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { CREDIT_FIGURE_CODES, type CreditFigureCode } from './contract.js';
import { MEASURE } from './rules.js';
import { creditListing as l, creditObjection as o, creditRepair as r } from './schema.js';

const drill = (code: CreditFigureCode) => (s: FigureScope) => `/credit?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const TREE = '本机构及下级机构（作出行政处罚决定的应急管理部门）';

export const CREDIT_FIGURES: readonly FigureDefinition[] = (
  [
    {
      code: 'credit.proposed',
      name: '提出列入严重失信主体名单',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}依据${MEASURE}提出列入建议、提出之日（北京时间）在期间内的生产经营单位数（按行政处罚决定计，一个决定计一次）。`,
    },
    {
      code: 'credit.listed',
      name: '列入严重失信主体名单',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}作出列入决定、决定之日（北京时间）在期间内的生产经营单位数（按列入决定书计）。`,
    },
    {
      code: 'credit.withdrawn',
      name: '经陈述申辩不予列入',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}告知后作出不予列入决定、决定之日（北京时间）在期间内的生产经营单位数。`,
    },
    {
      code: 'credit.removed',
      name: '期满移出严重失信主体名单',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}列入的生产经营单位中，管理期限（3年）届满移出、移出之日（北京时间）在期间内的数量。`,
    },
    {
      code: 'credit.repairRemoved',
      name: '信用修复提前移出严重失信主体名单',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}经信用修复准予提前移出、移出之日（北京时间）在期间内、且至今未因弄虚作假被撤销提前移出的名单记录数。`,
    },
    {
      code: 'credit.current',
      name: '期末在列严重失信主体',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}列入之日不晚于期间末日、且至期间末日尚未移出的列入决定数。`,
    },
    {
      code: 'credit.repairsApplied',
      name: '申请信用修复（提前移出）',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}在期间内（申请之日，北京时间）提出提前移出申请的名单记录数（同一名单记录期间内多次申请计一次）。`,
    },
    {
      code: 'credit.repairsApproved',
      name: '准予信用修复（提前移出）',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}在期间内（决定之日，北京时间）作出准予提前移出决定的名单记录数（含其后被撤销的）。`,
    },
    {
      code: 'credit.objections',
      name: '对列入信息提出异议',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}在期间内（收到之日，北京时间）收到异议的名单记录数（同一名单记录期间内多次异议计一次）。`,
    },
  ] satisfies (Omit<FigureDefinition, 'drill' | 'drillNeeds'> & { code: CreditFigureCode })[]
).map((d) => ({ ...d, drill: drill(d.code), drillNeeds: 'credit.read' }));

/** A day column within the period, inside a subquery. */
const within = (column: AnyColumn, s: FigureScope) => daysWithin(column, s.from, s.to) ?? sql`true`;

/** Which listings each figure counts (its drill-down shows the same rows), within the org subtree. */
export const CREDIT_FIGURE_ROWS: Record<CreditFigureCode, (s: FigureScope) => SQL> = {
  'credit.proposed': (s) => daysWithin(l.proposedOn, s.from, s.to) as SQL,
  'credit.listed': (s) => and(isNotNull(l.listedOn), daysWithin(l.listedOn, s.from, s.to)) as SQL,
  'credit.withdrawn': (s) => and(eq(l.state, 'withdrawn'), daysWithin(l.decidedOn, s.from, s.to)) as SQL,
  'credit.removed': (s) => and(eq(l.removalReason, 'termEnded'), daysWithin(l.removedOn, s.from, s.to)) as SQL,
  'credit.repairRemoved': (s) => and(eq(l.removalReason, 'repaired'), daysWithin(l.removedOn, s.from, s.to)) as SQL,
  'credit.current': (s) => and(isNotNull(l.listedOn), lte(l.listedOn, s.to), or(isNull(l.removedOn), gt(l.removedOn, s.to))) as SQL,
  'credit.repairsApplied': (s) => sql`exists (select 1 from ${r} where ${r.listingId} = ${l.id} and ${within(r.appliedOn, s)})`,
  'credit.repairsApproved': (s) => sql`exists (select 1 from ${r} where ${r.listingId} = ${l.id} and ${r.decision} = 'approve' and ${within(r.decidedOn, s)})`,
  'credit.objections': (s) => sql`exists (select 1 from ${o} where ${o.listingId} = ${l.id} and ${within(o.receivedOn, s)})`,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(CREDIT_FIGURE_CODES, CREDIT_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(l).where(orgIdWithin(l.orgId, s.orgPath));
  return Object.fromEntries(Object.entries(counts.read(row)).map(([code, count]) => [code, { count }]));
}

export const creditFigures: FigureSet = { definitions: CREDIT_FIGURES, measure };
