// Penalty-case instruments (执法文书): pure builders from the stored case to the instrument model,
// and which step each belongs to. service.ts loads the case and renders; numbers are those the
// workflow issued when the step was taken (never issued on download).
import type { Instrument } from '../../../platform/documents/render/model.js';
import type { CaseState } from '../workflow.js';
import { buildCaseHandlingApproval, buildClosureReport, buildFilingApproval } from './approvals.js';
import { buildPenaltyDecision } from './decision.js';
import { buildHearingNotice, buildPenaltyNotice } from './notices.js';
import { buildServiceReceipt } from './receipt.js';
import type { CaseInstrumentData, CaseInstrumentKind } from './types.js';
import type { CaseRow } from '../particulars.js';

export { buildCaseHandlingApproval, buildClosureReport, buildFilingApproval } from './approvals.js';
export { buildPenaltyDecision } from './decision.js';
export { buildHearingNotice, buildPenaltyNotice } from './notices.js';
export { buildServiceReceipt } from './receipt.js';
export { yuanInCapitals, yuanText } from './money.js';
export * from './types.js';

const BUILDERS: Record<CaseInstrumentKind, (d: CaseInstrumentData) => Instrument> = {
  filingApproval: buildFilingApproval,
  caseHandlingApproval: buildCaseHandlingApproval,
  penaltyNotice: buildPenaltyNotice,
  hearingNotice: buildHearingNotice,
  penaltyDecision: buildPenaltyDecision,
  serviceReceipt: buildServiceReceipt,
  closureReport: buildClosureReport,
};

/** Before the notice is served, while it is being prepared, the notice may be drafted. */
const PREPARING_NOTICE: readonly CaseState[] = ['noticePending', 'legalReview', 'collectiveDeliberation'];
const CLOSING: readonly CaseState[] = ['closurePending', 'closed', 'archived'];
const SUMMARY = '简易程序案件当场作出决定（当场处罚决定书），不制作该文书';

/** Why the case has not reached the step this instrument belongs to; null when it has. */
export function instrumentProblem(kind: CaseInstrumentKind, c: Pick<CaseRow, 'procedure' | 'state' | 'penalty' | 'noticeServedOn' | 'hearingOn' | 'decidedOn'>): string | null {
  const general = c.procedure === 'general';
  switch (kind) {
    case 'filingApproval':
      return general ? null : SUMMARY;
    case 'caseHandlingApproval':
      if (!general) return SUMMARY;
      return c.penalty ? null : '案件尚未调查终结、提出处理意见，不能制作案件处理呈批表';
    case 'penaltyNotice':
      if (!general) return SUMMARY;
      return c.penalty && (c.noticeServedOn || PREPARING_NOTICE.includes(c.state as CaseState)) ? null : '案件尚未审理完毕进入告知环节，不能制作行政处罚告知书';
    case 'hearingNotice':
      return c.hearingOn ? null : '当事人未要求听证或者听证尚未安排，不能制作听证告知书';
    case 'penaltyDecision':
      if (!general) return SUMMARY;
      return c.decidedOn ? null : '案件尚未作出行政处罚决定，不能制作行政处罚决定书';
    case 'serviceReceipt':
      return general && c.decidedOn ? null : '案件尚未作出行政处罚决定，没有需要送达的决定书';
    case 'closureReport':
      return CLOSING.includes(c.state as CaseState) ? null : '案件尚未提请结案，不能制作结案审批表';
  }
}

export function buildCaseInstrument(kind: CaseInstrumentKind, d: CaseInstrumentData): Instrument {
  return BUILDERS[kind](d);
}
