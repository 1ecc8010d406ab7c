// 案卷评查 figures for the yearly report and 统计分析, from this module's tables only: the case
// files of the org and the orgs below it scored on a China day of the period (whoever ran the
// round), their average score, the defects found (deductions), and the files chosen 优秀案卷 in
// rounds closed in the period. The drill-down is the files list of the same scope and days.
import { and, count, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import { evaluationFile as f, evaluationRound as r } from './schema.js';

const drill = (s: FigureScope) => `/evaluations/files?${new URLSearchParams({ orgId: s.orgId, from: s.from, to: s.to })}`;
const TREE = '本机构及下级机构办理的案件被抽取评查的案卷中';

export const EVALUATION_FIGURES: readonly FigureDefinition[] = [
  {
    code: 'evaluations.files',
    name: '评查案卷',
    unit: 'items',
    section: 'oversight',
    definition: `${TREE}，评分之日（北京时间）在期间内的案卷份数。`,
    drill,
    drillNeeds: 'evaluation.read',
  },
  {
    code: 'evaluations.averageScore',
    name: '案卷平均得分',
    unit: 'points',
    section: 'oversight',
    definition: '上述案卷得分之和 ÷ 案卷份数（满分 100 分，按评查标准扣分），保留一位小数，四舍五入；无评查案卷时不计算。',
  },
  {
    code: 'evaluations.defects',
    name: '发现问题',
    unit: 'items',
    section: 'oversight',
    definition: '上述案卷中评查扣分的问题项数（同一扣分项在一份案卷中计一项）。',
  },
  {
    code: 'evaluations.excellent',
    name: '优秀案卷',
    unit: 'items',
    section: 'oversight',
    definition: `${TREE}，在结束之日（北京时间）在期间内的评查活动中评为优秀案卷的份数。`,
  },
];

export const scoredIn = (s: FigureScope) => and(isNotNull(f.score), instantsWithin(f.scoredAt, s.from, s.to), orgIdWithin(f.orgId, s.orgPath)) as SQL;

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const [scored] = await ex
    .select({ n: count(), sum: sql<number>`coalesce(sum(${f.score}), 0)::int`, defects: sql<number>`coalesce(sum(${f.defectCount}), 0)::int` })
    .from(f)
    .innerJoin(r, eq(r.id, f.roundId))
    .where(scoredIn(s));
  const [excellent] = await ex
    .select({ n: count() })
    .from(f)
    .innerJoin(r, eq(r.id, f.roundId))
    .where(and(eq(f.excellent, true), eq(r.state, 'closed'), instantsWithin(r.closedAt, s.from, s.to), orgIdWithin(f.orgId, s.orgPath)));
  return {
    'evaluations.files': { count: scored.n },
    'evaluations.averageScore': { part: Number(scored.sum), whole: scored.n },
    'evaluations.defects': { count: Number(scored.defects) },
    'evaluations.excellent': { count: excellent.n },
  };
}

export const evaluationFigures: FigureSet = { definitions: EVALUATION_FIGURES, measure };
