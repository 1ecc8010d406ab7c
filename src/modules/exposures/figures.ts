// 警示曝光, 约谈, 典型案例 and 通报 figures for the yearly report and 统计分析, from this module's tables
// only. A publication counts on the day it was published (批准发布, 北京时间), withdrawn later or not;
// a summons on the day it was held, of an enterprise or of a locality's government or a department.
// The org is the bureau that published or summoned, with everything below it.
import { and, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import type { ExposureKind } from './codes.js';
import type { EXPOSURE_FIGURE_CODES } from './contract.js';
import { exposure as e, summons as s } from './schema.js';

type Code = (typeof EXPOSURE_FIGURE_CODES)[number];
const TREE = '本机构及下级机构';
const params = (code: Code, sc: FigureScope) => new URLSearchParams({ figure: code, orgId: sc.orgId, from: sc.from, to: sc.to });
const published = (code: Code) => (sc: FigureScope) => `/exposures?${params(code, sc)}`;
const held = (code: Code) => (sc: FigureScope) => `/exposures/summons?${params(code, sc)}`;

export const EXPOSURE_FIGURES: readonly FigureDefinition[] = [
  {
    code: 'exposures.exposures',
    name: '警示曝光生产经营单位',
    unit: 'enterprises',
    section: 'credit',
    definition: `${TREE}经负责人批准、发布之日（北京时间）在期间内的警示曝光件数（一件曝光一家生产经营单位；其后撤回的仍计入）。`,
    drill: published('exposures.exposures'),
    drillNeeds: 'exposure.read',
  },
  {
    code: 'exposures.summonsEnterprises',
    name: '约谈生产经营单位',
    unit: 'times',
    section: 'credit',
    definition: `${TREE}约谈生产经营单位、约谈之日在期间内的次数。`,
    drill: held('exposures.summonsEnterprises'),
    drillNeeds: 'exposure.read',
  },
  {
    code: 'exposures.summonsLocalities',
    name: '约谈下级人民政府和有关部门',
    unit: 'times',
    section: 'credit',
    definition: `${TREE}约谈下级人民政府或有关部门、约谈之日在期间内的次数。`,
    drill: held('exposures.summonsLocalities'),
    drillNeeds: 'exposure.read',
  },
  {
    code: 'exposures.typicalCases',
    name: '发布典型案例',
    unit: 'cases',
    section: 'credit',
    definition: `${TREE}经负责人批准、发布之日在期间内的典型案例件数（其后撤回的仍计入）。`,
    drill: published('exposures.typicalCases'),
    drillNeeds: 'exposure.read',
  },
  {
    code: 'exposures.circulars',
    name: '发布通报',
    unit: 'items',
    section: 'credit',
    definition: `${TREE}经负责人批准、发布之日在期间内的通报份数（其后撤回的仍计入）。`,
    drill: published('exposures.circulars'),
    drillNeeds: 'exposure.read',
  },
];

const publishedWithin = (kind: ExposureKind) => (sc: FigureScope) =>
  and(eq(e.kind, kind), isNotNull(e.publishedOn), daysWithin(e.publishedOn, sc.from, sc.to)) as SQL;

/** Which publications each figure counts (the list's drill-down shows the same rows). */
export const PUBLICATION_FIGURE_ROWS = {
  'exposures.exposures': publishedWithin('exposure'),
  'exposures.typicalCases': publishedWithin('typicalCase'),
  'exposures.circulars': publishedWithin('circular'),
} satisfies Partial<Record<Code, (sc: FigureScope) => SQL>>;

/** Which summonses each figure counts. */
export const SUMMONS_FIGURE_ROWS = {
  'exposures.summonsEnterprises': (sc: FigureScope) => and(eq(s.targetKind, 'enterprise'), daysWithin(s.heldOn, sc.from, sc.to)) as SQL,
  'exposures.summonsLocalities': (sc: FigureScope) => and(inArray(s.targetKind, ['locality', 'department']), daysWithin(s.heldOn, sc.from, sc.to)) as SQL,
} satisfies Partial<Record<Code, (sc: FigureScope) => SQL>>;

async function measure(ex: Executor, sc: FigureScope): Promise<Record<string, Measure>> {
  const pubCodes = Object.keys(PUBLICATION_FIGURE_ROWS) as (keyof typeof PUBLICATION_FIGURE_ROWS)[];
  const sumCodes = Object.keys(SUMMONS_FIGURE_ROWS) as (keyof typeof SUMMONS_FIGURE_ROWS)[];
  const pub = filteredCounts(pubCodes, PUBLICATION_FIGURE_ROWS, sc);
  const sum = filteredCounts(sumCodes, SUMMONS_FIGURE_ROWS, sc);
  const [a] = await ex.select(pub.columns).from(e).where(orgIdWithin(e.orgId, sc.orgPath));
  const [b] = await ex.select(sum.columns).from(s).where(orgIdWithin(s.orgId, sc.orgPath));
  const counts = { ...pub.read(a), ...sum.read(b) };
  return Object.fromEntries(Object.entries(counts).map(([code, count]) => [code, { count }]));
}

export const exposureFigures: FigureSet = { definitions: EXPOSURE_FIGURES, measure };
