// 法制审核 (行政处罚法 第五十八条): the checklist a legal reviewer answers and how its outcome
// moves the case. Pure.
import type { CaseEventName } from './machine.js';

export const REVIEW_ITEMS = {
  competence: '执法主体是否合法，是否超越法定权限',
  facts: '案件事实是否清楚',
  evidence: '证据是否合法充分',
  lawApplied: '适用法律依据是否准确',
  procedure: '程序是否合法',
  discretion: '处罚是否在裁量基准幅度内，超出的理由是否充分',
  instrumentWording: '执法文书是否规范',
} as const;
export type ReviewItem = keyof typeof REVIEW_ITEMS;
export const REVIEW_ITEM_NAMES = Object.keys(REVIEW_ITEMS) as ReviewItem[];

export const REVIEW_OUTCOMES = {
  pass: '同意',
  passWithChanges: '修改后同意',
  return: '退回补充调查',
  refuse: '不同意',
} as const;
export type ReviewOutcome = keyof typeof REVIEW_OUTCOMES;

export type Checklist = Readonly<Record<ReviewItem, { readonly ok: boolean; readonly note?: string | null }>>;

/** Why a review cannot be recorded as given, naming the field, or null. */
export function reviewProblem(outcome: ReviewOutcome, checklist: Checklist, opinion: string): { problem: string; field: string } | null {
  const missing = REVIEW_ITEM_NAMES.filter((k) => !checklist[k]);
  if (missing.length) return { problem: `审核要点未逐项填写：${missing.map((k) => REVIEW_ITEMS[k]).join('；')}`, field: `checklist.${missing[0]}` };
  const failed = REVIEW_ITEM_NAMES.filter((k) => !checklist[k].ok);
  const unexplained = failed.find((k) => !checklist[k].note?.trim());
  if (unexplained) return { problem: `审核要点「${REVIEW_ITEMS[unexplained]}」不符合的，须写明问题`, field: `checklist.${unexplained}.note` };
  if (outcome === 'pass' && failed.length) return { problem: '有审核要点不符合，不能直接同意；可修改后同意、退回或不同意', field: 'outcome' };
  if (outcome !== 'pass' && !opinion.trim()) return { problem: `审核结论为「${REVIEW_OUTCOMES[outcome]}」的，须写明审核意见`, field: 'opinion' };
  if ((outcome === 'return' || outcome === 'refuse') && failed.length === 0) {
    return { problem: '退回或不同意的，须指明不符合的审核要点', field: 'checklist' };
  }
  return null;
}

/** The workflow event a review outcome takes: only a passing review lets the case go on. */
export function reviewEvent(outcome: ReviewOutcome): CaseEventName {
  return outcome === 'pass' || outcome === 'passWithChanges' ? 'passLegalReview' : 'failLegalReview';
}
