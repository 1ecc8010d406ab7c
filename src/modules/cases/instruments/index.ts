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
import { buildPreservationDecision, buildPreservationNotice, buildSamplingVoucher } from './collection.js';
import { buildNoPenaltyDecision } from './no-penalty.js';
import { buildHearingRecord } from './hearing-record.js';
import { buildWaiverStatement } from './waiver.js';
import { buildCourtEnforcementApplication, buildInstalmentApproval, buildLatePaymentSurchargeNotice } from './execution.js';
import { buildCriminalTransferLetter, buildFilingRevocation, buildTransferLetter } from './transfers.js';
import type { CaseInstrumentData, CaseInstrumentKind } from './types.js';

export { buildCaseHandlingApproval, buildClosureReport, buildFilingApproval } from './approvals.js';
export { buildPenaltyDecision } from './decision.js';
export { buildHearingNotice, buildPenaltyNotice } from './notices.js';
export { buildServiceReceipt } from './receipt.js';
export { buildSummaryDecision } from './summary-decision.js';
export { buildPreservationDecision, buildPreservationNotice, buildSamplingVoucher } from './collection.js';
export { buildNoPenaltyDecision } from './no-penalty.js';
export { buildHearingRecord } from './hearing-record.js';
export { buildCourtEnforcementApplication, buildInstalmentApproval, buildLatePaymentSurchargeNotice } from './execution.js';
export { buildCriminalTransferLetter, buildFilingRevocation, buildTransferLetter } from './transfers.js';
export { yuanInCapitals, yuanText } from './money.js';
export * from './types.js';
export { instrumentProblem } from './steps.js';

const BUILDERS: Record<CaseInstrumentKind, (d: CaseInstrumentData) => Instrument> = {
  filingApproval: buildFilingApproval,
  caseHandlingApproval: buildCaseHandlingApproval,
  penaltyNotice: buildPenaltyNotice,
  waiverStatement: buildWaiverStatement,
  hearingNotice: buildHearingNotice,
  penaltyDecision: buildPenaltyDecision,
  serviceReceipt: buildServiceReceipt,
  closureReport: buildClosureReport,
  hearingRecord: buildHearingRecord,
  noPenaltyDecision: buildNoPenaltyDecision,
  instalmentApproval: buildInstalmentApproval,
  latePaymentSurchargeNotice: buildLatePaymentSurchargeNotice,
  courtEnforcementApplication: buildCourtEnforcementApplication,
  filingRevocation: buildFilingRevocation,
  transferLetter: buildTransferLetter,
  criminalTransferLetter: buildCriminalTransferLetter,
  interview: buildInterviewRecord,
  summaryDecision: buildSummaryDecision,
  sampling: buildSamplingVoucher,
  preservationNotice: buildPreservationNotice,
  preservationDecision: buildPreservationDecision,
};

export function buildCaseInstrument(kind: CaseInstrumentKind, d: CaseInstrumentData): Instrument {
  return BUILDERS[kind](d);
}
