// 行政执法公示 figures for the yearly report and 统计分析, from this module's tables only. A publication
// counts on the China date it was published; a 行政处罚决定 item on its last day to publish (dueOn,
// rules.ts), and as on time exactly as rules.ts timeliness() says, taken at the end of the period's
// last day: published on or before dueOn is on time; published later, or still unpublished, is not;
// an item withdrawn before it was ever published is not counted. The org is the item's org (the one
// that made the disclosed act), with everything below it.
import { and, eq, inArray, isNotNull, isNull, lte, not, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin, instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { DISCLOSURE_FIGURE_CODES, type DisclosureFigureCode, type DisclosureKind } from './contract.js';
import { disclosure } from './schema.js';

/** The China date of publication, as chinaDate() gives it in JS (rules.ts compares it with dueOn). */
export const publishedOn = sql`(${disclosure.publishedAt} at time zone 'Asia/Shanghai')::date`;

/** 行政处罚决定: by the general procedure and on the spot; both are due in 7 working days (DISCLOSURE_PERIOD). */
export const PENALTY_DECISION_KINDS: readonly DisclosureKind[] = ['penaltyDecision', 'summaryDecision'];

/** The staff list showing exactly the items a figure counts (DISCLOSURE_FIGURE_ROWS). */
const drill = (code: DisclosureFigureCode) => (s: FigureScope) =>
  `/disclosures?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const READ = 'disclosure.read';

const TREE = '本机构及下级机构';
const PENALTY = '行政处罚决定（含简易程序当场作出的处罚决定）公示事项';
const DUE =
  '以公示截止日（决定作出之日后第 7 个工作日，国办发〔2018〕118号；决定当日不计；工作日不含周末和法定节假日，含调休上班日）在期间内为准；期间末日终了时尚未发布的计为未按期，发布前已撤下的不计';

export const DISCLOSURE_FIGURES: readonly FigureDefinition[] = [
  {
    code: 'disclosure.published',
    name: '行政执法公示',
    unit: 'items',
    section: 'procedure',
    definition: `${TREE}在门户网站发布的事后公示事项数（行政处罚决定、不予处罚决定、检查结果、抽查结果等），以发布之日（北京时间）在期间内为准；发布后撤下的仍计。`,
    drill: drill('disclosure.published'),
    drillNeeds: READ,
  },
  {
    code: 'disclosure.penaltyDue',
    name: '应公示行政处罚决定',
    unit: 'items',
    section: 'procedure',
    definition: `${TREE}的${PENALTY}数，${DUE}。`,
    drill: drill('disclosure.penaltyDue'),
    drillNeeds: READ,
  },
  {
    code: 'disclosure.penaltyOnTime',
    name: '其中：按期公示',
    unit: 'items',
    section: 'procedure',
    definition: `应公示行政处罚决定中，在公示截止日当日或之前（以发布之日，北京时间）发布的事项数。`,
    drill: drill('disclosure.penaltyOnTime'),
    drillNeeds: READ,
  },
  {
    code: 'disclosure.penaltyOnTimeRate',
    name: '行政处罚决定按期公示率',
    unit: 'percent',
    section: 'procedure',
    definition: `按期公示数 ÷ 应公示行政处罚决定数 × 100%，保留两位小数，四舍五入；无应公示事项时不计算。`,
  },
];

const penaltyDue = (s: FigureScope) =>
  and(
    inArray(disclosure.kind, [...PENALTY_DECISION_KINDS]),
    daysWithin(disclosure.dueOn, s.from, s.to),
    // rules.ts timeliness(): withdrawnUnpublished counts neither way.
    not(and(eq(disclosure.status, 'withdrawn'), isNull(disclosure.publishedAt)) as SQL),
  ) as SQL;

/** Which items each figure counts (its drill-down shows the same rows), within the org subtree. */
export const DISCLOSURE_FIGURE_ROWS: Record<DisclosureFigureCode, (s: FigureScope) => SQL> = {
  'disclosure.published': (s) => and(isNotNull(disclosure.publishedAt), instantsWithin(disclosure.publishedAt, s.from, s.to)) as SQL,
  'disclosure.penaltyDue': penaltyDue,
  'disclosure.penaltyOnTime': (s) => and(penaltyDue(s), isNotNull(disclosure.publishedAt), lte(publishedOn, disclosure.dueOn)) as SQL,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(DISCLOSURE_FIGURE_CODES, DISCLOSURE_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(disclosure).where(orgIdWithin(disclosure.orgId, s.orgPath));
  const c = counts.read(row);
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(c)) out[code] = { count };
  out['disclosure.penaltyOnTimeRate'] = { part: c['disclosure.penaltyOnTime'], whole: c['disclosure.penaltyDue'] };
  return out;
}

export const disclosureFigures: FigureSet = { definitions: DISCLOSURE_FIGURES, measure };
