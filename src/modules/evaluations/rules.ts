// 案卷评查: the score of a file against the standard (standard.ts), its grade, who may score it
// (separation of duties), and when a round may close. Pure: no I/O; the service passes in what it read.
import { dutyConflict } from '../../platform/duties.js';
import type { Grade } from './codes.js';
import { EVALUATION_STANDARD, RULES_BY_CODE, STANDARD_ITEMS } from './standard.js';

export interface Problem {
  problem: string;
  field: string;
  article?: string;
}

export interface DeductionIn {
  ruleCode: string;
  times: number;
  note?: string | null;
}

export interface ItemScore {
  code: string;
  name: string;
  points: number;
  deducted: number;
  score: number;
}

export interface Scored {
  score: number;
  grade: Grade;
  items: ItemScore[];
  fatal: boolean;
  defects: number;
}

/** A deduction list's first problem: an unknown rule, a rule twice, a count out of range, a defect without a note. */
export function deductionsProblem(ds: readonly DeductionIn[]): Problem | null {
  const seen = new Set<string>();
  for (const [i, d] of ds.entries()) {
    if (!RULES_BY_CODE.has(d.ruleCode)) return { problem: '评查标准中没有该扣分项', field: `deductions.${i}.ruleCode` };
    if (seen.has(d.ruleCode)) return { problem: '同一扣分项重复填写，请填写扣分次数', field: `deductions.${i}.ruleCode` };
    seen.add(d.ruleCode);
    if (!Number.isInteger(d.times) || d.times < 1 || d.times > 20) return { problem: '扣分次数应为 1 至 20 的整数', field: `deductions.${i}.times` };
    if (!d.note?.trim()) return { problem: '每个扣分项须写明案卷中存在的问题', field: `deductions.${i}.note` };
  }
  return null;
}

/** Score = 100 minus the deductions, each item's deductions capped at its points (floor 0); the grade by the thresholds. */
export function scoreOf(ds: readonly DeductionIn[]): Scored {
  const off = new Map<string, number>();
  let fatal = false;
  for (const d of ds) {
    const r = RULES_BY_CODE.get(d.ruleCode);
    if (!r) continue;
    off.set(r.item.code, (off.get(r.item.code) ?? 0) + r.points * d.times);
    if (r.fatal) fatal = true;
  }
  const items = STANDARD_ITEMS.map((it) => {
    const deducted = Math.min(it.points, off.get(it.code) ?? 0);
    return { code: it.code, name: it.name, points: it.points, deducted, score: it.points - deducted };
  });
  const score = items.reduce((s, i) => s + i.score, 0);
  return { score, grade: fatal ? 'fail' : gradeOf(score), items, fatal, defects: ds.length };
}

export function gradeOf(score: number): Grade {
  return EVALUATION_STANDARD.grades.find((g) => score >= g.min)!.grade;
}

/** Who handled a case, by duty; `approver`: anyone else who took a step on it. */
export interface CaseHandlers {
  investigator: readonly string[];
  legalReviewer: readonly string[];
  hearingChair: readonly string[];
  approver: readonly string[];
}

/** Whether `evaluatorId` may score a file: not one who handled the case, and not of the case's org. */
export function evaluatorProblem(evaluator: { userId: string; orgId: string | null }, file: { orgId: string; handlers: CaseHandlers }): Problem | null {
  const conflict = dutyConflict('caseFile.evaluate', evaluator.userId, file.handlers);
  if (conflict) return { problem: conflict.problem, field: 'evaluatorId', article: conflict.basis };
  if (evaluator.orgId === file.orgId)
    return {
      problem: '职责分离：被评查机关的工作人员不得评查本机关的案卷',
      field: 'evaluatorId',
      article: '本局案卷评查制度：交叉评查、本机关人员回避（待核）',
    };
  return null;
}

/** Closing: every file scored and its result notified, every defect answered; the excellent files are 优秀 files of the round. */
export function closeProblem(
  files: readonly { id: string; partyName: string; state: string; grade: Grade | null; defectCount: number }[],
  excellentIds: readonly string[],
): Problem | null {
  if (files.length === 0) return { problem: '本轮评查没有抽取到案卷', field: 'files' };
  const unscored = files.find((f) => f.state === 'drawn');
  if (unscored) return { problem: `案卷「${unscored.partyName}」尚未评分`, field: 'files' };
  const unnotified = files.find((f) => f.state === 'scored');
  if (unnotified) return { problem: `案卷「${unnotified.partyName}」的评查结果尚未通知被评查机关`, field: 'files' };
  const unanswered = files.find((f) => f.state === 'notified' && f.defectCount > 0);
  if (unanswered) return { problem: `案卷「${unanswered.partyName}」存在问题，被评查机关尚未反馈整改情况`, field: 'files' };
  for (const [i, id] of excellentIds.entries()) {
    const f = files.find((x) => x.id === id);
    if (!f) return { problem: '优秀案卷须为本轮评查的案卷', field: `excellentFileIds.${i}` };
    if (f.grade !== 'excellent') return { problem: `案卷「${f.partyName}」未达到优秀等次，不能评为优秀案卷`, field: `excellentFileIds.${i}` };
  }
  return null;
}
