// 信用修复 (提前移出) and 异议, with no I/O and no clock: when a listed subject may apply for early
// removal, the conditions as data with their articles, whether an application's claims are complete,
// which step an application may take in which state, and the periods. Source: 安全生产严重失信主体名单
// 管理办法（应急管理部令第11号）— "列入名单满12个月" and "隐瞒真实情况、弄虚作假的，撤销提前移出决定，恢复
// 列入状态" as the team's reference notes quote the 办法; every article number here is 待核 until
// checked against the 令 itself, and the days of both periods are the bureau's rule until confirmed.
import { addDays, yearsTermEnd } from '../../../platform/dates.js';
import { addWorkdays } from '../../../platform/workdays/calendar.js';
import {
  CREDIT_LABELS,
  type ListingState,
  type ObjectionOutcome,
  type ObjectionState,
  REPAIR_CONDITION_CODES,
  type RepairClaim,
  type RepairConditionCode,
  type RepairState,
  type RepairStep,
} from '../codes.js';
import { MEASURE, PENDING } from '../rules.js';

/** 列入名单满12个月 before an application for early removal (条号待核). */
export const REPAIR_WAIT = {
  months: 12,
  basis: `${MEASURE}（被列入严重失信主体名单满12个月的，可以申请提前移出）${PENDING}`,
} as const;

/** The bureau decides an application within this many working days of receiving it (待核). */
export const REPAIR_DECISION_PERIOD = {
  workdays: 20,
  basis: `${MEASURE}（应急管理部门收到提前移出申请后核实并作出决定）${PENDING}；决定期限 20 个工作日（待核）`,
} as const;

/** An early removal obtained by concealment or fraud is revoked and the listing restored (条号待核). */
export const REPAIR_REVOCATION_BASIS = `${MEASURE}（申请提前移出存在隐瞒真实情况、弄虚作假情形的，撤销提前移出决定，恢复列入状态）${PENDING}`;

/** 异议: the subject may object while its listing is published; the bureau answers within this many working days (待核). */
export const OBJECTION_PERIOD = {
  workdays: 10,
  basis: `国办发〔2020〕49号（对异议及时核实并反馈）；${MEASURE}${PENDING}；异议处理期限 10 个工作日（待核）`,
} as const;

/** One condition of early removal: its label, the article and item, whether it must be met. */
export interface RepairCondition {
  code: RepairConditionCode;
  label: string;
  article: string;
  item: number | null;
  /** Must be met with evidence for the application to be complete. */
  required: boolean;
  pending: boolean;
}

const ROWS: readonly Omit<RepairCondition, 'label'>[] = [
  { code: 'penaltyPerformed', article: '第十五条', item: 1, required: true, pending: true },
  { code: 'harmRemoved', article: '第十五条', item: 2, required: true, pending: true },
  { code: 'noNewDishonesty', article: '第十五条', item: 3, required: true, pending: true },
  { code: 'creditCommitment', article: '第十五条', item: 4, required: true, pending: true },
  // 信用修复培训: asked by 国家发展改革委令第58号 for some repairs; the bureau's practice, not a condition of the 令 (待核).
  { code: 'training', article: '国家发展改革委令第58号', item: null, required: false, pending: true },
];

export const REPAIR_CONDITIONS: readonly RepairCondition[] = ROWS.map((c) => ({ ...c, label: CREDIT_LABELS.repairCondition[c.code] }));

const ITEMS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Where a condition rests, as the instruments print it. */
export function conditionBasis(c: RepairCondition): string {
  const where = c.article.startsWith('第')
    ? `${MEASURE}${c.article}${c.item ? `第${ITEMS[c.item]}项` : ''}`
    : `《失信行为纠正后的信用信息修复管理办法（试行）》（${c.article}）`;
  return `${where}${c.pending ? PENDING : ''}`;
}

/** The first day a listing may apply: the day after its first 12 full months (listed 2026-03-02 → 2027-03-02). */
export function repairEligibleFrom(listedOn: string, months: number = REPAIR_WAIT.months): string {
  if (months % 12 !== 0) throw new RangeError('修复等待期须为整年');
  return addDays(yearsTermEnd(listedOn, months / 12), 1);
}

/** What an application needs to know about its listing. */
export interface RepairListingFacts {
  state: ListingState;
  listedOn: string | null;
  termEndsOn: string | null;
}

/** Why the listing may not be applied for today (the open application aside), or null. */
export function applyProblem(
  l: RepairListingFacts,
  today: string,
  openApplication: boolean,
): { problem: string; field: string; basis?: string; conflict?: true } | null {
  if (l.state !== 'listed' || !l.listedOn) return { problem: '只有在列的严重失信主体可以申请提前移出', field: 'listingId' };
  if (l.termEndsOn && today > l.termEndsOn) return { problem: `管理期限已于 ${l.termEndsOn} 届满，将期满移出，无需申请提前移出`, field: 'listingId' };
  const from = repairEligibleFrom(l.listedOn);
  if (today < from)
    return {
      problem: `列入名单未满${REPAIR_WAIT.months}个月：${l.listedOn} 列入，自 ${from} 起可以申请提前移出`,
      field: 'listingId',
      basis: REPAIR_WAIT.basis,
    };
  if (openApplication) return { problem: '该名单记录已有正在办理的提前移出申请', field: 'listingId', conflict: true };
  return null;
}

/** Whether the claims cover every condition once, and every required one is met with evidence; the problem names the condition. */
export function claimsProblem(claims: readonly RepairClaim[]): { problem: string; field: string } | null {
  const seen = new Set<string>();
  for (const [i, c] of claims.entries()) {
    if (!(REPAIR_CONDITION_CODES as readonly string[]).includes(c.code)) return { problem: `第 ${i + 1} 项条件不是提前移出的条件`, field: `claims.${i}.code` };
    if (seen.has(c.code)) return { problem: `“${CREDIT_LABELS.repairCondition[c.code]}”填写了两次`, field: `claims.${i}.code` };
    seen.add(c.code);
    if (c.met && c.evidence.trim().length < 2)
      return { problem: `“${CREDIT_LABELS.repairCondition[c.code]}”已勾选满足，请说明证明材料或情况`, field: `claims.${i}.evidence` };
  }
  for (const cond of REPAIR_CONDITIONS) {
    const i = claims.findIndex((c) => c.code === cond.code);
    if (i < 0) return { problem: `请填写条件“${cond.label}”`, field: 'claims' };
    if (cond.required && !claims[i].met) return { problem: `不符合提前移出条件：${cond.label}（${conditionBasis(cond)}）`, field: `claims.${i}.met` };
  }
  return null;
}

/** Where each step may start, and where it leads. */
export const REPAIR_STEP_TABLE: Record<RepairStep, { from: readonly RepairState[]; to: RepairState }> = {
  review: { from: ['applied'], to: 'reviewed' },
  approve: { from: ['reviewed'], to: 'approved' },
  refuse: { from: ['reviewed'], to: 'refused' },
  revoke: { from: ['approved'], to: 'revoked' },
};

const NEEDS: Record<RepairStep, string> = {
  review: '须为已申请',
  approve: '须先经审查',
  refuse: '须先经审查',
  revoke: '须为已准予提前移出',
};

/** Why `step` may not be taken from `state`, or null. */
export function repairStepProblem(step: RepairStep, state: RepairState): string | null {
  return REPAIR_STEP_TABLE[step].from.includes(state)
    ? null
    : `当前状态（${CREDIT_LABELS.repairState[state]}）不能${CREDIT_LABELS.repairStep[step]}（${NEEDS[step]}）`;
}

/** The last day to decide an application received on `appliedOn`. */
export const repairDueOn = (appliedOn: string) => addWorkdays(appliedOn, REPAIR_DECISION_PERIOD.workdays);

/** Why an objection may not be filed on this listing today, or null: only while the listing is published. */
export function objectionProblem(state: ListingState, openObjection: boolean): { problem: string; field: string; conflict?: true } | null {
  if (state !== 'listed') return { problem: '只能对正在公示的列入信息提出异议', field: 'listingId' };
  if (openObjection) return { problem: '该名单记录已有正在处理的异议', field: 'listingId', conflict: true };
  return null;
}

/** The last day to answer an objection received on `receivedOn`. */
export const objectionDueOn = (receivedOn: string) => addWorkdays(receivedOn, OBJECTION_PERIOD.workdays);

/** The state an objection ends in. */
export const objectionStateAfter = (outcome: ObjectionOutcome): ObjectionState => (outcome === 'correct' ? 'corrected' : 'upheld');
