// 严重失信主体名单's rules, with no I/O and no clock: the inclusion criteria as data with their
// articles, the statement period, the term, and which step a listing may take in which state.
// Source: 安全生产严重失信主体名单管理办法（应急管理部令第11号，2023-10-01 施行）. 第二条 (scope),
// 第三条 (definition) and 第四条第二款 (谁处罚、谁决定、谁负责) were read against the published text;
// every other article number below is marked 待核 until it is checked against the 令 itself.
import { yearsTermEnd } from '../../platform/dates.js';
import { addWorkdays } from '../../platform/workdays/calendar.js';
import { CREDIT_LABELS, type CriterionCode, type ListingState, type ListingStep } from './codes.js';

export const MEASURE = '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）';
export const PENDING = '（条号待核）';

/** One 列入情形: its label, the article and item it rests on, and whether the number is confirmed. */
export interface Criterion {
  code: CriterionCode;
  /** accident: 发生生产安全事故的; violation: 未发生事故、因违法行为受到行政处罚的. */
  ground: 'accident' | 'violation';
  /** As the 办法 words it (codes.ts CREDIT_LABELS.criterion). */
  label: string;
  article: string;
  item: number;
  /** The article number awaits confirmation against the 令 (条号待核). */
  pending: boolean;
}

const ROWS: readonly Omit<Criterion, 'label'>[] = [
  { code: 'majorAccident', ground: 'accident', article: '第六条', item: 1, pending: true },
  { code: 'repeatedSeriousAccidents', ground: 'accident', article: '第六条', item: 2, pending: true },
  {
    code: 'aggravatedAccidentFine',
    ground: 'accident',
    article: '第六条',
    item: 3,
    pending: true,
  },
  { code: 'concealedAccident', ground: 'accident', article: '第六条', item: 4, pending: true },
  {
    code: 'absconded',
    ground: 'accident',
    article: '第六条',
    item: 5,
    pending: true,
  },
  {
    code: 'unlicensedOperation',
    ground: 'violation',
    article: '第七条',
    item: 1,
    pending: true,
  },
  {
    code: 'falseReport',
    ground: 'violation',
    article: '第七条',
    item: 2,
    pending: true,
  },
  {
    code: 'refusedExecution',
    ground: 'violation',
    article: '第七条',
    item: 3,
    pending: true,
  },
  {
    code: 'otherSerious',
    ground: 'violation',
    article: '第七条',
    item: 4,
    pending: true,
  },
];

export const CRITERIA: readonly Criterion[] = ROWS.map((c) => ({ ...c, label: CREDIT_LABELS.criterion[c.code] }));

const ITEMS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const criterionOf = (code: CriterionCode): Criterion => {
  const c = CRITERIA.find((x) => x.code === code);
  if (!c) throw new RangeError(`未知的列入情形：${code}`);
  return c;
};

/** 《…办法》第六条第一项（条号待核）: the provision as instruments and the list print it. */
export const criterionBasis = (code: CriterionCode) => {
  const c = criterionOf(code);
  return `${MEASURE}${c.article}第${ITEMS[c.item]}项${c.pending ? PENDING : ''}`;
};

/** The statement period after the notice is served, in working days (待核: the 办法 refers to 行政处罚法's procedure; the days are the bureau's rule until confirmed). */
export const STATEMENT_PERIOD = {
  workdays: 5,
  basis: `${MEASURE}（作出列入决定前告知当事人列入的事由、依据和依法享有的陈述、申辩权利）${PENDING}；陈述申辩期限 5 个工作日（待核）`,
} as const;

/** The term of a listing: 3 years from the day listed; at its end the bureau removes the subject (管理期限为3年，条号待核). */
export const LISTING_TERM = { years: 3, basis: `${MEASURE}（严重失信主体名单管理期限为3年，期满移出）${PENDING}` } as const;

/** 谁处罚、谁决定、谁负责: confirmed against the published text. */
export const DECIDING_ORG_BASIS = `${MEASURE}第四条第二款`;

/** The last day the party may state and defend itself: N working days after the notice was served. */
export const statementDueOn = (servedOn: string) => addWorkdays(servedOn, STATEMENT_PERIOD.workdays);

/**
 * The term's last day: the day before the same date `years` later (listed 2026-03-02 → 2029-03-01);
 * a 29 February listing ends on 28 February.
 */
export function termEndsOn(listedOn: string, years: number = LISTING_TERM.years): string {
  return yearsTermEnd(listedOn, years);
}

/** What a step needs to know about the listing. */
export interface ListingFacts {
  state: ListingState;
  noticeServedOn: string | null;
  statementDueOn: string | null;
  statementOn: string | null;
  decisionServedOn: string | null;
  termEndsOn: string | null;
}

/** Where each step may start, and where it leads. */
export const STEP_TABLE: Record<ListingStep, { from: readonly ListingState[]; to: ListingState }> = {
  notice: { from: ['proposed'], to: 'noticed' },
  statement: { from: ['noticed'], to: 'noticed' },
  list: { from: ['noticed'], to: 'listed' },
  withdraw: { from: ['noticed'], to: 'withdrawn' },
  serve: { from: ['listed'], to: 'listed' },
  remove: { from: ['listed'], to: 'removed' },
};

/** Why `step` may not be taken on `l` today, or null. */
export function stepProblem(step: ListingStep, l: ListingFacts, today: string): string | null {
  if (!STEP_TABLE[step].from.includes(l.state)) return `当前状态不能${stepVerb[step]}`;
  switch (step) {
    case 'statement':
      return l.statementOn ? '已登记过陈述申辩' : null;
    case 'list':
    case 'withdraw':
      // 陈述申辩权: no decision while the party may still speak, unless it already has.
      if (!l.statementOn && l.statementDueOn && today <= l.statementDueOn) return `陈述申辩期限至 ${l.statementDueOn} 届满，当事人未提出陈述申辩前不得作出决定`;
      return null;
    case 'serve':
      return l.decisionServedOn ? '已登记过列入决定书送达' : null;
    case 'remove':
      return l.termEndsOn && today > l.termEndsOn ? null : `管理期限至 ${l.termEndsOn ?? '—'} 届满，未到移出之日`;
    default:
      return null;
  }
}

const stepVerb: Record<ListingStep, string> = {
  notice: '送达列入告知书（须为拟列入）',
  statement: '登记陈述申辩（须为已告知）',
  list: '作出列入决定（须为已告知）',
  withdraw: '作出不予列入决定（须为已告知）',
  serve: '登记列入决定书送达（须为已列入）',
  remove: '移出（须为已列入）',
};

/** The state after `step`, when `stepProblem` found none. */
export const stateAfter = (step: ListingStep): ListingState => STEP_TABLE[step].to;

/** Whether a served date is acceptable: not before `earliest`, not after today. */
export function servedOnProblem(servedOn: string, earliest: string, today: string): string | null {
  if (servedOn > today) return `送达日期不能晚于今天（${today}）`;
  if (servedOn < earliest) return `送达日期不能早于 ${earliest}`;
  return null;
}
