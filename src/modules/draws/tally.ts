// Why a draw made fewer tasks than it was asked for, said plainly: the sample is capped by the
// eligible pool (抽取不足时全部抽中, never padded), a team may not be completed without breaking
// a recusal rule, and a withdrawn enterprise may have no one left to replace it. Pure.
import type { ExclusionReason } from './draw.js';
import type { DrawResult } from './rules.js';

export interface DrawTally {
  /** The number the announcement fixed (抽取数量). */
  requested: number;
  /** The matter's directory at the announcement, and those left after the exclusions. */
  pool: number;
  eligible: number;
  excluded: Record<ExclusionReason, number>;
  /** Enterprises drawn (as the result now stands, after re-draws). */
  drawn: number;
  /** Drawn but without a full team: no task. */
  unstaffed: number;
  /** Withdrawn with no replacement left in the stratum. */
  unreplaced: number;
  /** Live inspection tasks of the draw. */
  tasks: number;
  /** The shortfall in one Chinese sentence; null when every requested enterprise has its task. */
  note: string | null;
}

const EXCLUSION_NAMES: Record<ExclusionReason, (months: number | null) => string> = {
  recentlyInspected: (months) => `${months} 个月内已检查过`,
  status: () => '已关闭',
  named: () => '申报排除',
};

export function drawTally(result: DrawResult, params: { total: number; excludeInspectedWithinMonths: number | null }, tasks: number): DrawTally {
  const excluded: Record<ExclusionReason, number> = { recentlyInspected: 0, status: 0, named: 0 };
  for (const x of result.excluded) excluded[x.reason]++;
  const pool = result.strata.reduce((n, s) => n + s.poolSize, 0);
  const eligible = result.strata.reduce((n, s) => n + s.eligibleSize, 0);
  const sampled = result.strata.reduce((n, s) => n + s.allocated, 0);
  const unstaffed = result.failures.length;
  const unreplaced = result.redraws.filter((r) => r.withdrawal.kind === 'enterprise' && r.replacementEnterpriseId === null).length;
  const tally = { requested: params.total, pool, eligible, excluded, drawn: result.enterprises.length, unstaffed, unreplaced, tasks };
  if (tasks >= params.total) return { ...tally, note: null };

  const reasons: string[] = [];
  if (sampled < params.total) {
    const why = (Object.keys(EXCLUSION_NAMES) as ExclusionReason[])
      .filter((r) => excluded[r] > 0)
      .map((r) => `${EXCLUSION_NAMES[r](params.excludeInspectedWithinMonths)} ${excluded[r]} 家`);
    const out = why.length > 0 ? `（名录库 ${pool} 家，排除：${why.join('、')}）` : `（名录库共 ${pool} 家）`;
    reasons.push(`符合条件的仅 ${eligible} 家${out}，已全部抽中`);
  }
  if (unstaffed > 0) reasons.push(`${unstaffed} 家未能配齐执法人员，未派发任务`);
  if (unreplaced > 0) reasons.push(`${unreplaced} 家经回避、注销等退出后已无可替补的企业`);
  const because = reasons.length > 0 ? `：${reasons.join('；')}` : '';
  return { ...tally, note: `抽取 ${params.total} 家，实际派发检查任务 ${tasks} 项${because}。` };
}
