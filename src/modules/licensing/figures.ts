// 行政许可 figures for the yearly report and 统计分析, from this module's table only. The org is the
// issuing bureau the application is addressed to, with everything below it. An application counts
// as received on the China date it was first submitted (submittedAt: receivedOn moves on with each
// 补正 round), accepted on its acceptedOn (a deemed acceptance's is the day the material came, 第三十二条),
// refused or decided on the day that was done. Whether a decision was in time depends on its pauses,
// its extension and the statutory calendar, which SQL does not have: the decisions of the period are
// loaded and their clocks run by rules.ts (a bureau makes a few hundred a year), and the drill-down
// lists those found in time by id. Nothing is stored for it, so the figure follows the rule.
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { figureRows } from '../../platform/figures/drill.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin, instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { decisionInput } from './clock.js';
import { LICENSE_FIGURE_CODES, type LicenseFigureCode } from './contract.js';
import { SERVICE_GUIDES } from './matters.js';
import { certificateDueOn, decisionClock, LICENSING_PERIODS } from './rules.js';
import { licenseApplication as la } from './schema.js';

const drill = (code: LicenseFigureCode) => (s: FigureScope) => `/licensing?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const TREE = '本机构及下级机构作为发证（备案）机关的';
const APPLICATIONS = '行政许可申请（含易制毒化学品经营备案，不含未提交的草稿）';
const BY_RECEIPT = '口径同“收到许可申请”';
const BY_DECISION = '口径同“作出许可决定”';

type Derived = 'licensing.onlineShare' | 'licensing.onTimeRate' | 'licensing.averageWorkdays' | 'licensing.guides';
const D: (Omit<FigureDefinition, 'drill'> & { code: LicenseFigureCode | Derived })[] = [
  {
    code: 'licensing.received',
    name: '收到许可申请',
    unit: 'cases',
    section: 'licensing',
    definition: `${TREE}${APPLICATIONS}件数（网上申请和窗口申请），以首次提交之日（北京时间）在期间内为准；补正后重新提交的不重复计，提交后撤回的仍计。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.online',
    name: '其中：网上申请',
    unit: 'cases',
    section: 'licensing',
    definition: `收到许可申请中，申请企业在本平台网上提交的件数，${BY_RECEIPT}。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.onlineShare',
    name: '网上申请占比',
    unit: 'percent',
    section: 'licensing',
    definition: '网上申请件数 ÷ 收到许可申请件数 × 100%，保留两位小数，四舍五入；无收到申请时不计算。',
  },
  {
    code: 'licensing.accepted',
    name: '受理',
    unit: 'cases',
    section: 'licensing',
    definition: `${TREE}${APPLICATIONS}中予以受理的件数，以受理之日（北京时间）在期间内为准；含逾期未告知补正、依法视为受理的（${LICENSING_PERIODS.acceptance.article}，受理之日为收到申请材料之日），受理后撤回的仍计。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.refusedToAccept',
    name: '不予受理',
    unit: 'cases',
    section: 'licensing',
    definition: `${TREE}${APPLICATIONS}中作出不予受理决定的件数，以作出之日（北京时间）在期间内为准。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.decided',
    name: '作出许可决定',
    unit: 'cases',
    section: 'licensing',
    definition: `${TREE}已受理的${APPLICATIONS}中作出准予或不予许可决定的件数，以决定之日（北京时间）在期间内为准；准予后已发证的仍计。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.granted',
    name: '其中：准予许可',
    unit: 'cases',
    section: 'licensing',
    definition: `作出许可决定中，准予许可（含已发证、备案事项予以备案）的件数，${BY_DECISION}。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.denied',
    name: '其中：不予许可',
    unit: 'cases',
    section: 'licensing',
    definition: `作出许可决定中，不予许可的件数，${BY_DECISION}。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.decidedOnTime',
    name: '其中：按期作出决定',
    unit: 'cases',
    section: 'licensing',
    definition:
      `作出许可决定中，决定之日在审查决定期限末日当日或之前的件数，${BY_DECISION}。期限自受理之日起算（受理当日不计），` +
      `为该事项办事指南所列法定办理时限（${LICENSING_PERIODS.decision.article}：法律、法规另有规定的依照其规定，否则 ${LICENSING_PERIODS.decision.days} 个工作日），` +
      `经负责人批准延长的加 ${LICENSING_PERIODS.extension.days} 个工作日；现场核查、专家评审、听证期间不计入（行政许可法 第四十五条）；工作日不含周末和法定节假日，含调休上班日。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.issued',
    name: '颁发许可证件',
    unit: 'cases',
    section: 'licensing',
    definition: `${TREE}准予许可后颁发许可证件（电子证照）的申请件数，以颁发之日（北京时间）在期间内为准；延续、变更换发的新证计入，外部登记的证照不计。`,
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.issuedOnTime',
    name: '其中：按期颁发证件',
    unit: 'cases',
    section: 'licensing',
    definition:
      `颁发许可证件中，颁发之日在准予许可决定之日起 ${LICENSING_PERIODS.certificate.days} 个工作日内（决定当日不计）的件数（${LICENSING_PERIODS.certificate.article}），` +
      '口径同“颁发许可证件”；工作日不含周末和法定节假日，含调休上班日。',
    drillNeeds: 'license.read',
  },
  {
    code: 'licensing.onTimeRate',
    name: '许可决定按期率',
    unit: 'percent',
    section: 'licensing',
    definition: '按期作出决定件数 ÷ 作出许可决定件数 × 100%，保留两位小数，四舍五入；无作出决定时不计算。',
  },
  {
    code: 'licensing.averageWorkdays',
    name: '平均审查办理时间',
    unit: 'workdays',
    section: 'licensing',
    definition:
      '作出许可决定的申请，自受理之日（不计当日）至决定之日所用工作日数之和 ÷ 作出许可决定件数，保留一位小数，四舍五入；' +
      `现场核查、专家评审、听证期间不计（行政许可法 第四十五条），受理前的补正时间不计；${BY_DECISION}；无作出决定时不计算。`,
  },
  {
    code: 'licensing.guides',
    name: '公开办事指南',
    unit: 'items',
    section: 'licensing',
    definition:
      '以统计时为准：本平台“政务服务”栏目向社会公开的行政许可（含备案）事项办事指南数，每个事项一份，各发证机关共用，' +
      '不分机构和期间（平台不保存指南的历次版本，期间末日与统计时相同）。',
  },
];

const DERIVED: readonly string[] = ['licensing.onlineShare', 'licensing.onTimeRate', 'licensing.averageWorkdays', 'licensing.guides'] satisfies Derived[];
export const LICENSE_FIGURES: readonly FigureDefinition[] = D.map((d) => (DERIVED.includes(d.code) ? d : { ...d, drill: drill(d.code as LicenseFigureCode) }));

/** Counted in SQL; the rest are worked out from the decisions' clocks and the working days to issue. */
type Timed = 'licensing.decidedOnTime' | 'licensing.issuedOnTime';
type Counted = Exclude<LicenseFigureCode, Timed>;
const COUNTED = LICENSE_FIGURE_CODES.filter((c): c is Counted => c !== 'licensing.decidedOnTime' && c !== 'licensing.issuedOnTime');

// A draft has no submittedAt: nothing is received before it is submitted.
const received = (s: FigureScope) => and(isNotNull(la.submittedAt), instantsWithin(la.submittedAt, s.from, s.to)) as SQL;
const decided = (s: FigureScope) =>
  and(inArray(la.state, ['granted', 'denied', 'issued']), isNotNull(la.decidedOn), daysWithin(la.decidedOn, s.from, s.to)) as SQL;

/** Which applications each counted figure counts (its drill-down shows the same rows), within the org subtree. */
export const LICENSE_FIGURE_ROWS: Record<Counted, (s: FigureScope) => SQL> = {
  'licensing.received': received,
  'licensing.online': (s) => and(received(s), eq(la.channel, 'online')) as SQL,
  // Accepted, whatever came after (decided, issued, withdrawn).
  'licensing.accepted': (s) => and(isNotNull(la.acceptedOn), daysWithin(la.acceptedOn, s.from, s.to)) as SQL,
  'licensing.refusedToAccept': (s) => and(eq(la.state, 'refusedToAccept'), isNotNull(la.closedOn), daysWithin(la.closedOn, s.from, s.to)) as SQL,
  'licensing.decided': decided,
  'licensing.granted': (s) => and(decided(s), inArray(la.state, ['granted', 'issued'])) as SQL,
  'licensing.denied': (s) => and(decided(s), eq(la.state, 'denied')) as SQL,
  // Issuing closes the application on that day (licences.ts issueLicence).
  'licensing.issued': (s) => and(eq(la.state, 'issued'), isNotNull(la.closedOn), daysWithin(la.closedOn, s.from, s.to)) as SQL,
};

/** The issued applications `where` selects in the subtree, each with whether it was issued within 第四十四条's working days of its decision. */
async function issues(ex: Executor, orgPath: string, where: SQL) {
  const found = await ex
    .select({ id: la.id, decidedOn: la.decidedOn, closedOn: la.closedOn })
    .from(la)
    .where(and(orgIdWithin(la.orgId, orgPath), where));
  return found.map((a) => ({ id: a.id, onTime: a.decidedOn !== null && (a.closedOn as string) <= certificateDueOn(a.decidedOn) }));
}

/** The decisions `where` selects in the subtree, each with its clock run to the day it was decided. */
async function decisions(ex: Executor, orgPath: string, where: SQL) {
  const found = await ex
    .select({ id: la.id, matterCode: la.matterCode, acceptedOn: la.acceptedOn, pauses: la.pauses, extensionDays: la.extensionDays, decidedOn: la.decidedOn })
    .from(la)
    .where(and(orgIdWithin(la.orgId, orgPath), where));
  return found.map((a) => {
    const decidedOn = a.decidedOn as string;
    const clock = decisionClock(decisionInput(a), decidedOn);
    return { id: a.id, onTime: clock.dueOn !== null && decidedOn <= clock.dueOn, workdays: clock.workdaysUsed };
  });
}

/**
 * The list's condition for a figure's drill-down: a counted figure's own rows; for the decisions
 * in time, their ids (one parameter, however many).
 */
export async function licenseFigureRows(
  ex: Executor,
  code: LicenseFigureCode,
  q: { orgId?: string; from?: string; to?: string },
  orgPath: string,
): Promise<SQL> {
  if (code !== 'licensing.decidedOnTime' && code !== 'licensing.issuedOnTime') return figureRows(LICENSE_FIGURE_ROWS[code], q, orgPath);
  const timed =
    code === 'licensing.decidedOnTime'
      ? await decisions(ex, orgPath, figureRows(decided, q, orgPath))
      : await issues(ex, orgPath, figureRows(LICENSE_FIGURE_ROWS['licensing.issued'], q, orgPath));
  const ids = timed.filter((d) => d.onTime).map((d) => d.id);
  return sql`${la.id} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;
}

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(COUNTED, LICENSE_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(la).where(orgIdWithin(la.orgId, s.orgPath));
  const c = counts.read(row);
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(c)) out[code] = { count };
  const made = await decisions(ex, s.orgPath, decided(s));
  const onTime = made.filter((d) => d.onTime).length;
  out['licensing.decidedOnTime'] = { count: onTime };
  out['licensing.issuedOnTime'] = { count: (await issues(ex, s.orgPath, LICENSE_FIGURE_ROWS['licensing.issued'](s))).filter((i) => i.onTime).length };
  out['licensing.onlineShare'] = { part: c['licensing.online'], whole: c['licensing.received'] };
  out['licensing.onTimeRate'] = { part: onTime, whole: made.length };
  out['licensing.averageWorkdays'] = { part: made.reduce((sum, d) => sum + d.workdays, 0), whole: made.length };
  out['licensing.guides'] = { count: Object.keys(SERVICE_GUIDES).length };
  return out;
}

export const licensingFigures: FigureSet = { definitions: LICENSE_FIGURES, measure };
