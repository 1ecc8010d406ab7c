// Pure rules of hazards: the state machine of rectification and the figures' arithmetic. No I/O;
// the services load rows, ask these, then write.
import { percentText } from '../../../platform/figures/arithmetic.js';
import type { HazardGrade, HazardOrigin, HazardStatus } from '../codes.js';

/** Who acts on a hazard: the enterprise (its users), the bureau's officers, or the sweeper. */
export type HazardParty = 'enterprise' | 'officer' | 'system';

export type HazardEvent =
  | { type: 'submitRectification'; note: string }
  | { type: 'requestExtension'; until: string; reason: string }
  | { type: 'decideExtension'; grant: boolean; until?: string; note: string }
  | { type: 'reinspect'; passed: boolean; note: string }
  | { type: 'extend'; until: string; reason: string }
  /** With a 现场处理措施 (major hazards only) and, when the officer opens a case, its violation type. */
  | { type: 'escalate'; reason: string; measure?: OnSiteMeasure; violationTypeCode?: string }
  | { type: 'markOverdue' };
export type HazardEventType = HazardEvent['type'];
/** 安全生产法 第六十五条第一款第三项: 责令暂时停产停业, or 停止使用相关设施、设备. */
export const ON_SITE_MEASURES = ['suspendProduction', 'stopUse'] as const;
export type OnSiteMeasure = (typeof ON_SITE_MEASURES)[number];

export interface HazardFacts {
  status: HazardStatus;
  grade: HazardGrade;
  deadline: string;
}

export type Transition = { ok: true; status: HazardStatus; deadline: string; closed: boolean } | { ok: false; problem: string; forbidden?: boolean };

/** The party each event belongs to: enterprises rectify and ask, officers decide, the sweeper marks. */
export const EVENT_PARTY: Record<HazardEventType, HazardParty> = {
  submitRectification: 'enterprise',
  requestExtension: 'enterprise',
  decideExtension: 'officer',
  reinspect: 'officer',
  extend: 'officer',
  escalate: 'officer',
  markOverdue: 'system',
};

/** The states each event may start from. */
export const EVENT_FROM: Record<HazardEventType, readonly HazardStatus[]> = {
  submitRectification: ['open', 'overdue'],
  requestExtension: ['open'],
  decideExtension: ['extensionRequested'],
  reinspect: ['rectificationSubmitted', 'open', 'overdue'],
  extend: ['open', 'overdue', 'extensionRequested'],
  escalate: ['open', 'overdue'],
  markOverdue: ['open'],
};

export const HAZARD_STATUS_ZH: Record<HazardStatus, string> = {
  open: '整改中',
  rectificationSubmitted: '已提交整改',
  extensionRequested: '申请延期',
  overdue: '逾期未整改',
  closed: '已销号',
  escalated: '已升级处置',
};

export const HAZARD_ORIGIN_ZH: Record<HazardOrigin, string> = { inspection: '检查发现', selfReport: '企业自查' };

/**
 * 安全生产法 第四十一条第二款: the enterprise finds and removes its hazards itself, and reports
 * how it deals with a major one (重大事故隐患) to the department with supervisory duties.
 */
export const SELF_REPORT_BASIS = '安全生产法 第四十一条第二款';

/** Why a self-report cannot be accepted as given, naming the field; null when it can. */
export function selfReportProblem(
  r: { grade: HazardGrade; majorHazardCode?: string; deadline: string },
  today: string,
): { problem: string; field: string } | null {
  if (r.majorHazardCode && r.grade !== 'major') return { problem: '填写了重大事故隐患判定情形，隐患等级应为重大事故隐患', field: 'grade' };
  if (r.deadline < today) return { problem: '计划整改完成日期不能早于今天', field: 'deadline' };
  return null;
}

const chars = (s: string) => [...s.trim()].length;

/** Back to open, or overdue when the deadline has already passed. */
const reopened = (deadline: string, today: string): HazardStatus => (deadline < today ? 'overdue' : 'open');

/**
 * The next state of a hazard after `event` by `party` on `today` (YYYY-MM-DD, China), or why
 * not. A refusal about who acts is marked `forbidden` (403); anything else is a rule (422).
 */
export function hazardTransition(h: HazardFacts, event: HazardEvent, party: HazardParty, today: string): Transition {
  if (EVENT_PARTY[event.type] !== party)
    return { ok: false, problem: party === 'enterprise' ? '企业用户只能提交整改情况或申请延期' : '该操作应由企业提出', forbidden: true };
  if (!EVENT_FROM[event.type].includes(h.status)) return { ok: false, problem: `隐患当前状态为“${HAZARD_STATUS_ZH[h.status]}”，不能进行此操作` };
  const stay = { ok: true as const, deadline: h.deadline, closed: false };
  switch (event.type) {
    case 'submitRectification':
      if (chars(event.note) < 4) return { ok: false, problem: '请说明整改情况（不少于 4 个字）' };
      return { ...stay, status: 'rectificationSubmitted' };
    case 'requestExtension':
      if (chars(event.reason) < 4) return { ok: false, problem: '请说明申请延期的理由（不少于 4 个字）' };
      if (event.until <= h.deadline) return { ok: false, problem: `申请的期限须晚于原整改期限 ${h.deadline}` };
      return { ...stay, status: 'extensionRequested' };
    case 'decideExtension':
      if (chars(event.note) < 2) return { ok: false, problem: '请写明审查意见' };
      if (!event.grant) return { ...stay, status: reopened(h.deadline, today) };
      if (!event.until || event.until <= h.deadline || event.until < today)
        return { ok: false, problem: `延期后的期限须晚于原期限 ${h.deadline}，且不早于今天` };
      return { ...stay, status: 'open', deadline: event.until };
    case 'reinspect':
      if (chars(event.note) < 2) return { ok: false, problem: '请写明复查意见' };
      return event.passed ? { ...stay, status: 'closed', closed: true } : { ...stay, status: reopened(h.deadline, today) };
    case 'extend':
      if (chars(event.reason) < 4) return { ok: false, problem: '请说明延期理由（不少于 4 个字）' };
      if (event.until <= h.deadline || event.until < today) return { ok: false, problem: `延期后的期限须晚于原期限 ${h.deadline}，且不早于今天` };
      return { ...stay, status: 'open', deadline: event.until };
    case 'escalate':
      if (chars(event.reason) < 4) return { ok: false, problem: '请说明升级处置的理由（不少于 4 个字）' };
      // A general hazard is escalated only once it is overdue; a major one may be at once
      // (重大事故隐患 warrants 责令停产停业, 安全生产法 第七十条/第一百一十三条).
      if (h.grade === 'general' && h.status !== 'overdue' && h.deadline >= today) return { ok: false, problem: '一般隐患在整改期限内不能升级处置' };
      if (event.measure && h.grade !== 'major')
        return { ok: false, problem: '责令暂时停产停业或停止使用设施设备，仅适用于重大事故隐患（安全生产法 第六十五条）' };
      return { ...stay, status: 'escalated' };
    case 'markOverdue':
      if (h.deadline >= today) return { ok: false, problem: '未超过整改期限' };
      return { ...stay, status: 'overdue' };
  }
}

/** Hazards still to be fixed: the figures count these as unrectified. */
export const OPEN_STATUSES: readonly HazardStatus[] = ['open', 'rectificationSubmitted', 'extensionRequested', 'overdue', 'escalated'];

/**
 * A share in percent with two decimals, rounded half up in integer arithmetic, as the yearly report
 * prints it (platform/figures/arithmetic.ts); null when there is nothing to divide by.
 */
export function percent(part: number, whole: number): number | null {
  const text = percentText(part, whole);
  return text === null ? null : Number(text);
}

/** Rectification rate (整改率): rectified of found, in percent; null when nothing was found. */
export const rectificationRate = (found: number, rectified: number) => percent(rectified, found);
