// 严重失信主体名单 figures for the yearly report and 统计分析, from this module's table only. Each act
// counts on its own China date: proposed (提出), listed (列入决定), withdrawn (不予列入决定), removed
// (移出); in force counts the listings on the list on the period's last day. The org is the bureau
// that decided the penalty (谁处罚、谁决定), with everything below it.
import { and, eq, gt, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { CREDIT_FIGURE_CODES, type CreditFigureCode } from './contract.js';
import { MEASURE } from './rules.js';
import { creditListing as l } from './schema.js';

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
      code: 'credit.current',
      name: '期末在列严重失信主体',
      unit: 'enterprises',
      section: 'credit',
      definition: `${TREE}列入之日不晚于期间末日、且至期间末日尚未移出的列入决定数。`,
    },
  ] satisfies (Omit<FigureDefinition, 'drill' | 'drillNeeds'> & { code: CreditFigureCode })[]
).map((d) => ({ ...d, drill: drill(d.code), drillNeeds: 'credit.read' }));

/** Which listings each figure counts (its drill-down shows the same rows), within the org subtree. */
export const CREDIT_FIGURE_ROWS: Record<CreditFigureCode, (s: FigureScope) => SQL> = {
  'credit.proposed': (s) => daysWithin(l.proposedOn, s.from, s.to) as SQL,
  'credit.listed': (s) => and(isNotNull(l.listedOn), daysWithin(l.listedOn, s.from, s.to)) as SQL,
  'credit.withdrawn': (s) => and(eq(l.state, 'withdrawn'), daysWithin(l.decidedOn, s.from, s.to)) as SQL,
  'credit.removed': (s) => and(isNotNull(l.removedOn), daysWithin(l.removedOn, s.from, s.to)) as SQL,
  'credit.current': (s) => and(isNotNull(l.listedOn), lte(l.listedOn, s.to), or(isNull(l.removedOn), gt(l.removedOn, s.to))) as SQL,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(CREDIT_FIGURE_CODES, CREDIT_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(l).where(orgIdWithin(l.orgId, s.orgPath));
  return Object.fromEntries(Object.entries(counts.read(row)).map(([code, count]) => [code, { count }]));
}

export const creditFigures: FigureSet = { definitions: CREDIT_FIGURES, measure };
