// The data a case instrument is made from: the ONE stored case with its events and reviews, the
// issuing org, the party's registry entry and the investigators. The loader (service.ts) reads
// them; the builders are pure, so every instrument of a case states the same facts.
import type { RemedyVenues } from '../../../platform/documents/render/remedies.js';
import type { CaseRow } from '../workflow/particulars.js';

export const CASE_INSTRUMENT_KINDS = [
  'filingApproval',
  'caseHandlingApproval',
  'penaltyNotice',
  'waiverStatement',
  'hearingNotice',
  'hearingRecord',
  'penaltyDecision',
  'noPenaltyDecision',
  'serviceReceipt',
  'instalmentApproval',
  'latePaymentSurchargeNotice',
  'courtEnforcementApplication',
  'filingRevocation',
  'transferLetter',
  'criminalTransferLetter',
  'closureReport',
  'interview',
  'summaryDecision',
  'sampling',
  'preservationNotice',
  'preservationDecision',
] as const;
export type CaseInstrumentKind = (typeof CASE_INSTRUMENT_KINDS)[number];

export interface CaseOfficer {
  /** Optional so hand-built samples need not name it; the loader always sets it. */
  userId?: string;
  name: string;
  /** Enforcement credential in force; empty when none was found. */
  credentialNo: string;
}

export interface StoredEvent {
  event: string;
  version: number;
  at: Date;
  actorName: string | null;
  opinion: string | null;
  instrumentNumbers: string[];
  /** What the event carried (contract EVENT_INPUTS) and the due dates it set; absent in old samples. */
  payload?: Record<string, unknown>;
}

export interface StoredReview {
  stage: string;
  outcome: string;
  opinion: string;
  reviewerName: string;
  at: Date;
}

export interface PartyEntry {
  address: string;
  legalRepresentative: string;
  uscc: string;
}

export interface CaseInstrumentData {
  case: CaseRow;
  orgName: string;
  events: StoredEvent[];
  reviews: StoredReview[];
  /** The registry entry when the party is an organisation. */
  enterprise: PartyEntry | null;
  investigators: CaseOfficer[];
  hearingChairName: string | null;
  remedies: RemedyVenues;
  /** Which 询问笔录 (0-based; the last when absent). */
  interviewIndex?: number;
  /** Which 抽样取证 / 先行登记保存 (0-based; the last that has the instrument when absent). */
  samplingIndex?: number;
  preservationIndex?: number;
}
