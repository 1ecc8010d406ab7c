// Penalty-case instruments (执法文书): pure builders from the stored case to the instrument model,
// and which step each belongs to. service.ts loads the case and renders; numbers are those the
// workflow issued when the step was taken (never issued on download).
import type { Instrument } from '../../../platform/documents/render/model.js';
import { buildCaseHandlingApproval, buildClosureReport, buildFilingApproval } from './approvals.js';
import { buildPenaltyDecision } from './decision.js';
import { buildHearingNotice, buildPenaltyNotice } from './notices.js';
import { buildServiceReceipt } from './receipt.js';
import { buildInterviewRecord } from './interview.js';
import { buildSummaryDecision } from './summary-decision.js';
import type { CaseInstrumentData, CaseInstrumentKind } from './types.js';

export { buildCaseHandlingApproval, buildClosureReport, buildFilingApproval } from './approvals.js';
export { buildPenaltyDecision } from './decision.js';
export { buildHearingNotice, buildPenaltyNotice } from './notices.js';
export { buildServiceReceipt } from './receipt.js';
export { buildSummaryDecision } from './summary-decision.js';
export { yuanInCapitals, yuanText } from './money.js';
export * from './types.js';
export { instrumentProblem } from './steps.js';

const BUILDERS: Record<CaseInstrumentKind, (d: CaseInstrumentData) => Instrument> = {
  filingApproval: buildFilingApproval,
  caseHandlingApproval: buildCaseHandlingApproval,
  penaltyNotice: buildPenaltyNotice,
  hearingNotice: buildHearingNotice,
  penaltyDecision: buildPenaltyDecision,
  serviceReceipt: buildServiceReceipt,
  closureReport: buildClosureReport,
  interview: buildInterviewRecord,
  summaryDecision: buildSummaryDecision,
};

export function buildCaseInstrument(kind: CaseInstrumentKind, d: CaseInstrumentData): Instrument {
  return BUILDERS[kind](d);
}
