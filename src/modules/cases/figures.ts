// 行政处罚 figures for the yearly report and 统计分析, from this module's tables only. A decision
// counts on its decision date (decided_on); an act recorded as a case event (a hearing held, a
// deliberation, a transfer) on the China date of its event; a legal review on the China date of its
// opinion. The org is the case's handling org, with everything below it.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin, instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import type { CaseEventName } from './workflow/machine.js';
import type { PenaltyMeasure } from './workflow/facts.js';
import { CASE_FIGURE_CODES, type CaseFigureCode } from './contract.js';
import { caseEvent, legalReview, penaltyCase } from './schema.js';

/** The cases list showing exactly the cases a figure counts (CASE_FIGURE_ROWS). */
const drill = (code: string) => (s: FigureScope) => `/cases?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;

const DECIDED = '以行政处罚决定书作出之日（决定日期）在期间内为准';
const SCOPE = '本机构及下级机构办理的案件';

const DEFINITIONS: (Omit<FigureDefinition, 'drill' | 'code'> & { code: CaseFigureCode })[] = [
  {
    code: 'cases.filed',
    name: '一般程序立案',
    unit: 'cases',
    section: 'penalty',
    definition: `${SCOPE}中，立案日期在期间内的一般程序案件数（行政处罚法 第五十四条）。`,
  },
  {
    code: 'cases.penalties',
    name: '行政处罚',
    unit: 'times',
    section: 'penalty',
    definition: `${SCOPE}作出的行政处罚决定数（一般程序与简易程序），${DECIDED}；不予处罚不计。`,
  },
  {
    code: 'cases.summaryPenalties',
    name: '其中：简易程序（当场处罚）',
    unit: 'times',
    section: 'penalty',
    definition: `${SCOPE}适用简易程序当场作出的行政处罚决定数（行政处罚法 第五十一条），${DECIDED}。`,
  },
  {
    code: 'cases.fines',
    name: '罚款金额',
    unit: 'wanYuan',
    section: 'penalty',
    definition: `${SCOPE}行政处罚决定书载明的罚款金额合计（不含加处罚款），${DECIDED}；以分计算后折合万元，保留两位小数，四舍五入。`,
  },
  {
    code: 'cases.confiscations',
    name: '没收违法所得',
    unit: 'times',
    section: 'penalty',
    definition: `${SCOPE}作出的含没收违法所得的行政处罚决定数，${DECIDED}。`,
  },
  {
    code: 'cases.suspensions',
    name: '责令停产停业整顿',
    unit: 'times',
    section: 'penalty',
    definition: `${SCOPE}作出的含责令停产停业（整顿）的行政处罚决定数，${DECIDED}。`,
  },
  {
    code: 'cases.revocations',
    name: '吊销许可证照',
    unit: 'times',
    section: 'penalty',
    definition: `${SCOPE}作出的含吊销许可证件的行政处罚决定数，${DECIDED}。`,
  },
  {
    code: 'cases.notPunished',
    name: '不予行政处罚',
    unit: 'cases',
    section: 'penalty',
    definition: `${SCOPE}作出不予行政处罚决定的案件数（含首违不罚，行政处罚法 第三十三条），以作出不予处罚决定之日（北京时间）为准。`,
  },
  {
    code: 'cases.transferredToPolice',
    name: '移送公安机关',
    unit: 'cases',
    section: 'penalty',
    definition: `${SCOPE}移送公安机关（涉嫌犯罪）的案件数（行政处罚法 第二十七条），以移送之日（北京时间）为准。`,
  },
  {
    code: 'cases.hearings',
    name: '举行听证',
    unit: 'cases',
    section: 'procedure',
    definition: `${SCOPE}中，期间内记录听证结束的案件数（行政处罚法 第六十四条），以记录之日（北京时间）为准；同一案件多次听证计一件。`,
  },
  {
    code: 'cases.legalReviews',
    name: '法制审核',
    unit: 'cases',
    section: 'procedure',
    definition: `${SCOPE}中，期间内出具法制审核意见的案件数（含听证后再次审核，行政处罚法 第五十八条），以出具意见之日（北京时间）为准；同一案件多次审核计一件。`,
  },
  {
    code: 'cases.deliberations',
    name: '集体讨论',
    unit: 'cases',
    section: 'procedure',
    definition: `${SCOPE}中，期间内记录负责人集体讨论的案件数（行政处罚法 第五十七条），以记录之日（北京时间）为准。`,
  },
];

export const CASE_FIGURES: readonly FigureDefinition[] = DEFINITIONS.map((d) => ({ ...d, drill: drill(d.code) }));

const hasMeasure = (m: PenaltyMeasure) => sql`coalesce(${penaltyCase.penalty} -> 'measures', '[]'::jsonb) ? ${m}`;
// `id in (uncorrelated select)`, not a correlated `exists`: inside count(*) filter (…) PostgreSQL
// cannot turn an exists into a join and probes case_event once per case and figure (4 × every case
// of the subtree, and a plan so costly that JIT compiles it for ~0.5 s); the uncorrelated form is a
// hashed subplan read once per figure, and in a list's WHERE it still becomes a semi-join.
const hadEvent = (event: CaseEventName, s: FigureScope) =>
  sql`${penaltyCase.id} in (select ${caseEvent.caseId} from ${caseEvent} where ${caseEvent.event} = ${event} and ${instantsWithin(caseEvent.at, s.from, s.to)})`;
const decided = (s: FigureScope, also?: SQL) => and(daysWithin(penaltyCase.decidedOn, s.from, s.to), sql`${penaltyCase.state} <> 'notPunished'`, also) as SQL;

/**
 * Which cases each figure counts, within the org subtree: the measure counts these rows and the
 * cases list shows the same rows for `?figure=<code>` (the drill-down), so the two cannot differ.
 * A figure of acts (hearings, deliberations, reviews) counts the cases with such an act in the period.
 */
export const CASE_FIGURE_ROWS: Record<CaseFigureCode, (s: FigureScope) => SQL> = {
  'cases.filed': (s) => and(eq(penaltyCase.procedure, 'general'), daysWithin(penaltyCase.filedOn, s.from, s.to)) as SQL,
  'cases.penalties': (s) => decided(s),
  'cases.summaryPenalties': (s) => decided(s, eq(penaltyCase.procedure, 'summary')),
  'cases.fines': (s) => decided(s, hasMeasure('fine')),
  'cases.confiscations': (s) => decided(s, hasMeasure('confiscation')),
  'cases.suspensions': (s) => decided(s, hasMeasure('suspendProduction')),
  'cases.revocations': (s) => decided(s, hasMeasure('revokeLicence')),
  'cases.notPunished': (s) => hadEvent('notPunish', s),
  'cases.transferredToPolice': (s) => hadEvent('transferToPolice', s),
  'cases.hearings': (s) => hadEvent('recordHearing', s),
  'cases.deliberations': (s) => hadEvent('recordDeliberation', s),
  'cases.legalReviews': (s) =>
    sql`${penaltyCase.id} in (select ${legalReview.caseId} from ${legalReview} where ${instantsWithin(legalReview.at, s.from, s.to)})`,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(CASE_FIGURE_CODES, CASE_FIGURE_ROWS, s);
  const fen = sql<string>`coalesce(sum(round(coalesce((${penaltyCase.penalty} ->> 'fineYuan')::numeric, 0) * 100)) filter (where ${CASE_FIGURE_ROWS['cases.fines'](s)}), 0)::bigint`;
  const [row] = await ex
    .select({ ...counts.columns, fen })
    .from(penaltyCase)
    .where(orgIdWithin(penaltyCase.orgId, s.orgPath));
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(counts.read(row))) out[code] = { count };
  out['cases.fines'] = { fen: Number(row.fen) };
  return out;
}

export const caseFigures: FigureSet = { definitions: CASE_FIGURES, measure };
