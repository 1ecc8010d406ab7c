// Facts for tests: a case where every guard is satisfied, to be narrowed one fact at a time.
import { DEFAULT_THRESHOLDS, type CaseFacts } from './facts.js';

export const INVESTIGATORS = ['inv-1', 'inv-2'];
export const ACTOR_ID = 'actor';

export const okFacts: CaseFacts = {
  party: 'organisation',
  penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
  thresholds: DEFAULT_THRESHOLDS,
  investigatorIds: INVESTIGATORS,
  investigatorsQualified: true,
  majorPublicInterest: false,
  complexCase: false,
  lawRequiresLegalReview: false,
  seriousOrComplex: false,
  withinBenchmark: true,
  benchmarkDeviationReasons: null,
  legalReviewPassed: true,
  legalReviewPassedAfterHearing: true,
  collectiveDeliberationDone: true,
  noticeServedOn: '2026-03-02',
  statementPeriodEndsOn: '2026-03-05',
  hearingRequestEndsOn: '2026-03-09',
  hearingChairId: ACTOR_ID,
  statementWaived: false,
  hearingWaived: false,
  internalReviewerIds: [],
  legalReviewerIds: [],
  decisionDueOn: '2026-06-30',
  decisionExtensionPending: false,
  delegationCeilingYuan: null,
  paymentDueOn: '2026-04-01',
  paymentConfirmed: true,
  instalmentApplied: true,
  courtApplicationAllowed: true,
  courtEnforcementConcluded: true,
};

/** After every period in okFacts has run out. */
export const LATE = '2026-06-01';
