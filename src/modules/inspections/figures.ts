// 监督检查 and 隐患 figures for the yearly report and 统计分析, from this module's tables only.
// An inspection counts when its task is completed, on its completion date; a hazard on the day it
// was found, and as rectified when it was closed by the period's last day. The org is the task's
// or hazard's org, with everything below it.
import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { daysWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { HAZARD_FIGURE_CODES, TASK_FIGURE_CODES, type HazardFigureCode, type TaskFigureCode } from './contract.js';
import type { InspectionTaskSource } from './codes.js';
import { hazard, inspectionTask } from './schema.js';

const list = (path: string, code: string) => (s: FigureScope) => `${path}?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const tasks = (code: TaskFigureCode) => list('/inspections/tasks', code);
const hazards = (code: HazardFigureCode) => list('/inspections/hazards', code);

/** The task list shows the subtree's tasks only to those who oversee inspections; others see their own. */
const OVERSEE = 'inspection.oversee';
const DONE = '以检查任务完成之日在期间内为准；取消的任务不计';
const TREE = '本机构及下级机构';
const FOUND = '以发现之日在期间内为准，含检查发现与企业自查上报';

const bySource: { code: TaskFigureCode; source: InspectionTaskSource; name: string }[] = [
  { code: 'inspections.draw', source: 'draw', name: '其中：“双随机、一公开”抽查' },
  { code: 'inspections.plan', source: 'plan', name: '其中：年度计划检查' },
  { code: 'inspections.campaign', source: 'campaign', name: '其中：专项检查' },
  { code: 'inspections.tip', source: 'tip', name: '其中：举报核查' },
  { code: 'inspections.joint', source: 'joint', name: '其中：联合执法' },
  { code: 'inspections.unannounced', source: 'unannounced', name: '其中：暗查暗访' },
  { code: 'inspections.routine', source: 'routine', name: '其中：日常检查' },
];

export const INSPECTION_FIGURES: readonly FigureDefinition[] = [
  {
    code: 'inspections.total',
    name: '执法检查',
    unit: 'times',
    section: 'inspection',
    definition: `${TREE}完成的现场检查任务数，${DONE}。`,
    drill: tasks('inspections.total'),
    drillNeeds: OVERSEE,
  },
  ...bySource.map(
    (b): FigureDefinition => ({
      code: b.code,
      name: b.name,
      unit: 'times',
      section: 'inspection',
      definition: `${TREE}完成的、任务来源为“${b.name.replace(/^其中：/, '')}”的现场检查任务数，${DONE}。`,
      drill: tasks(b.code),
      drillNeeds: OVERSEE,
    }),
  ),
  {
    code: 'inspections.enterprises',
    name: '检查企业',
    unit: 'enterprises',
    section: 'inspection',
    definition: `${TREE}在期间内完成检查的不同企业数（同一企业多次检查计一家），${DONE}。`,
  },
  {
    code: 'hazards.found',
    name: '发现隐患',
    unit: 'items',
    section: 'hazard',
    definition: `${TREE}登记的隐患数，${FOUND}。`,
    drill: hazards('hazards.found'),
  },
  {
    code: 'hazards.rectified',
    name: '已整改隐患',
    unit: 'items',
    section: 'hazard',
    definition: `期间内发现的隐患中，至期间末日已复查销号的隐患数。`,
    drill: hazards('hazards.rectified'),
  },
  {
    code: 'hazards.rectificationRate',
    name: '隐患整改率',
    unit: 'percent',
    section: 'hazard',
    definition: `已整改隐患数 ÷ 发现隐患数 × 100%，保留两位小数，四舍五入；无隐患时不计算。`,
  },
  {
    code: 'hazards.majorFound',
    name: '发现重大事故隐患',
    unit: 'items',
    section: 'hazard',
    definition: `${TREE}登记的重大事故隐患数（判定标准见法律法规库），${FOUND}。`,
    drill: hazards('hazards.majorFound'),
  },
  {
    code: 'hazards.majorRectified',
    name: '已整改重大事故隐患',
    unit: 'items',
    section: 'hazard',
    definition: `期间内发现的重大事故隐患中，至期间末日已复查销号的数量。`,
    drill: hazards('hazards.majorRectified'),
  },
  {
    code: 'hazards.majorRectificationRate',
    name: '重大事故隐患整改率',
    unit: 'percent',
    section: 'hazard',
    definition: `已整改重大事故隐患数 ÷ 发现重大事故隐患数 × 100%，保留两位小数，四舍五入；无重大事故隐患时不计算。`,
  },
];

const completed = (s: FigureScope) => and(eq(inspectionTask.status, 'completed'), daysWithin(inspectionTask.completedOn, s.from, s.to)) as SQL;

/** Which tasks each inspection figure counts (its drill-down shows the same rows), within the org subtree. */
export const TASK_FIGURE_ROWS: Record<TaskFigureCode, (s: FigureScope) => SQL> = {
  'inspections.total': completed,
  ...(Object.fromEntries(bySource.map((b) => [b.code, (s: FigureScope) => and(completed(s), eq(inspectionTask.source, b.source))])) as Record<
    Exclude<TaskFigureCode, 'inspections.total'>,
    (s: FigureScope) => SQL
  >),
};

const found = (s: FigureScope) => daysWithin(hazard.foundOn, s.from, s.to) as SQL;
const rectified = (s: FigureScope) => and(found(s), eq(hazard.status, 'closed'), lte(hazard.closedOn, s.to)) as SQL;
const major = eq(hazard.grade, 'major');

/** Which hazards each hazard figure counts (its drill-down shows the same rows), within the org subtree. */
export const HAZARD_FIGURE_ROWS: Record<HazardFigureCode, (s: FigureScope) => SQL> = {
  'hazards.found': found,
  'hazards.rectified': rectified,
  'hazards.majorFound': (s) => and(found(s), major) as SQL,
  'hazards.majorRectified': (s) => and(rectified(s), major) as SQL,
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const t = filteredCounts(TASK_FIGURE_CODES, TASK_FIGURE_ROWS, s);
  const [taskRow] = await ex
    .select({ ...t.columns, enterprises: sql<number>`count(distinct ${inspectionTask.enterpriseId}) filter (where ${completed(s)})::int` })
    .from(inspectionTask)
    .where(orgIdWithin(inspectionTask.orgId, s.orgPath));
  const h = filteredCounts(HAZARD_FIGURE_CODES, HAZARD_FIGURE_ROWS, s);
  const [hazardRow] = await ex.select(h.columns).from(hazard).where(orgIdWithin(hazard.orgId, s.orgPath));
  const hz = h.read(hazardRow);
  const out: Record<string, Measure> = {};
  for (const [code, count] of [...Object.entries(t.read(taskRow)), ...Object.entries(hz)]) out[code] = { count };
  out['inspections.enterprises'] = { count: Number(taskRow.enterprises) };
  out['hazards.rectificationRate'] = { part: hz['hazards.rectified'], whole: hz['hazards.found'] };
  out['hazards.majorRectificationRate'] = { part: hz['hazards.majorRectified'], whole: hz['hazards.majorFound'] };
  return out;
}

export const inspectionFigures: FigureSet = { definitions: INSPECTION_FIGURES, measure };
