import type { Cadence, ItemKind, PlanAction, PlanItemIn, PlanStatus } from './contract.js';

// Pure rules of the annual plan: its state machine, the targets' shape, and progress against it.

/** draft → submitted → approved → published; a submitted or approved plan may be returned to draft. */
const MOVES: Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'draft' },
  publish: { from: ['approved'], to: 'published' },
};

export const ACTION_ZH: Record<PlanAction, string> = { submit: '提交', approve: '批准', return: '退回', publish: '公布' };
const STATUS_ZH: Record<PlanStatus, string> = { draft: '草稿', submitted: '已提交', approved: '已批准', published: '已公布' };

/** The status after `action`, or why the plan in `status` cannot take it. */
export function nextStatus(status: PlanStatus, action: PlanAction): { to: PlanStatus } | { problem: string } {
  const move = MOVES[action];
  if (!move.from.includes(status)) return { problem: `计划当前为「${STATUS_ZH[status]}」状态，不能${ACTION_ZH[action]}` };
  return { to: move.to };
}

/**
 * A quarter's target spread over its three months: each month gets a third rounded down and the
 * remainder goes to the quarter's last months, so the spread never asks for more early in the
 * quarter than an even pace would, and the quarter's total is due by its end.
 */
export function spreadQuarters(quarters: readonly number[]): number[] {
  return quarters.flatMap((q) => {
    const base = Math.floor(q / 3);
    const extra = q % 3;
    return [0, 1, 2].map((m) => base + (m >= 3 - extra ? 1 : 0));
  });
}

/** The twelve monthly targets an item's input stands for. */
export function monthlyTargets(cadence: Cadence, targets: readonly number[]): number[] {
  return cadence === 'quarter' ? spreadQuarters(targets) : [...targets];
}

/** Quarter totals of twelve monthly targets (the editor shows a quarterly item this way). */
export function quarterTotals(monthly: readonly number[]): number[] {
  return [0, 1, 2, 3].map((q) => monthly[q * 3] + monthly[q * 3 + 1] + monthly[q * 3 + 2]);
}

export type ItemsProblem = { message: string; field: string };

/**
 * Why a plan's items cannot stand, naming the field. Each matter and each enterprise belongs to
 * one item only, so a completed task is never counted for two items of the same kind.
 */
export function itemsProblem(items: readonly Pick<PlanItemIn, 'kind' | 'matterCode' | 'enterpriseIds' | 'cadence' | 'targets'>[]): ItemsProblem | null {
  const matters = new Map<string, number>();
  const enterprises = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const at = (f: string) => `items.${i}.${f}`;
    const want = item.cadence === 'quarter' ? 4 : 12;
    if (item.targets.length !== want)
      return { message: `第 ${i + 1} 项按${item.cadence === 'quarter' ? '季度' : '月'}计划，须填写 ${want} 个目标数`, field: at('targets') };
    if (item.kind === 'random') {
      if (!item.matterCode) return { message: `第 ${i + 1} 项为双随机抽查，须选择抽查事项`, field: at('matterCode') };
      if (item.enterpriseIds.length > 0) return { message: `第 ${i + 1} 项为双随机抽查，检查对象由抽取产生，不得指定企业`, field: at('enterpriseIds') };
      const seen = matters.get(item.matterCode);
      if (seen !== undefined) return { message: `抽查事项 ${item.matterCode} 已在第 ${seen + 1} 项中计划`, field: at('matterCode') };
      matters.set(item.matterCode, i);
    } else {
      if (item.matterCode) return { message: `第 ${i + 1} 项为重点检查，不关联抽查事项`, field: at('matterCode') };
      if (item.enterpriseIds.length === 0) return { message: `第 ${i + 1} 项为重点检查，须列出重点企业`, field: at('enterpriseIds') };
      for (const id of item.enterpriseIds) {
        const seen = enterprises.get(id);
        if (seen !== undefined)
          return { message: seen === i ? `第 ${i + 1} 项重复列出同一企业` : `企业已列入第 ${seen + 1} 项重点检查`, field: at('enterpriseIds') };
        enterprises.set(id, i);
      }
    }
  }
  return null;
}

/** How many months of `year` have begun by `today` (YYYY-MM-DD, China): 0 before it, 12 after it. */
export function monthsElapsed(year: number, today: string): number {
  const y = Number(today.slice(0, 4));
  if (y < year) return 0;
  if (y > year) return 12;
  return Number(today.slice(5, 7));
}

/** Completed tasks of a plan, counted by enterprise, matter and month of completion (1–12). */
export type DoneCount = { enterpriseId: string; matterCode: string | null; month: number; count: number };
export type ProgressItem = { kind: ItemKind; name: string; matterCode: string | null; enterpriseIds: readonly string[]; targets: readonly number[] };

export interface ItemProgress {
  index: number;
  kind: ItemKind;
  name: string;
  months: { month: number; target: number; done: number }[];
  totalTarget: number;
  totalDone: number;
  dueTarget: number;
  dueDone: number;
  shortfall: number;
  behind: boolean;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Plan against done, per item and month. A task counts for a random item when its matter code is
 * the item's, for a key item when its enterprise is on the item's list (whatever its matter).
 * Behind plan: the target due through `throughMonth` exceeds what was done through it.
 */
export function planProgress(items: readonly ProgressItem[], done: readonly DoneCount[], throughMonth: number): ItemProgress[] {
  return items.map((item, index) => {
    const list = new Set(item.enterpriseIds);
    const belongs = (d: DoneCount) => (item.kind === 'random' ? d.matterCode === item.matterCode : list.has(d.enterpriseId));
    const perMonth = Array.from({ length: 12 }, () => 0);
    for (const d of done) if (d.month >= 1 && d.month <= 12 && belongs(d)) perMonth[d.month - 1] += d.count;
    const dueTarget = sum(item.targets.slice(0, throughMonth));
    const dueDone = sum(perMonth.slice(0, throughMonth));
    const shortfall = Math.max(0, dueTarget - dueDone);
    return {
      index,
      kind: item.kind,
      name: item.name,
      months: perMonth.map((n, m) => ({ month: m + 1, target: item.targets[m] ?? 0, done: n })),
      totalTarget: sum(item.targets),
      totalDone: sum(perMonth),
      dueTarget,
      dueDone,
      shortfall,
      behind: shortfall > 0,
    };
  });
}
