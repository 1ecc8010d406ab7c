// The penalty-case (penaltyCase) state machine: every state, every event with the states it leaves
// and enters, the roles that may take it, the article it rests on and its guards. Pure: the
// service passes in the facts and `today`, and records the effects in one transaction.
import type { Role } from '../../../platform/auth/roles.js';
import type { PeriodCode } from '../../../platform/workdays/periods.js';
import { hasHearingRight, proposedFine, type CaseFacts } from './facts.js';
import * as g from './guards.js';
import type { Guard, Problem } from './guards.js';

export const CASE_STATES = {
  draft: '草稿',
  filingPending: '立案审批中',
  investigating: '调查取证',
  internalReview: '案件审理',
  noticePending: '待告知',
  legalReview: '法制审核',
  collectiveDeliberation: '集体讨论',
  noticed: '已告知（陈述申辩期）',
  hearingRequested: '已申请听证',
  hearingScheduled: '听证已安排',
  heard: '听证完毕',
  postHearingLegalReview: '听证后法制审核',
  decided: '已决定',
  served: '已送达（待缴纳）',
  overdue: '逾期（加处罚款）',
  courtEnforcement: '申请法院强制执行',
  paid: '已缴纳',
  closurePending: '结案审批中',
  closed: '已结案',
  archived: '已归档',
  notPunished: '不予处罚',
  filingRevoked: '撤销立案',
  transferred: '已移送其他机关',
  transferredToPolice: '已移送公安机关',
  summaryDecided: '当场处罚',
} as const;
export type CaseState = keyof typeof CASE_STATES;
export const CASE_STATE_NAMES = Object.keys(CASE_STATES) as CaseState[];

// State groups, defined once for the server and the web.
/** 法制审核 (行政处罚法 第五十八条), before a notice and again after a hearing. */
export const REVIEW_STATES: readonly CaseState[] = ['legalReview', 'postHearingLegalReview'];
/** The case is over: closed, archived, or ended without a decision to carry out. */
export const ENDED_STATES: readonly CaseState[] = ['closed', 'archived', 'notPunished', 'filingRevoked', 'transferred', 'transferredToPolice'];
/** No statutory deadline runs: the case is over, or still a draft not yet filed (立案). */
export const NO_DEADLINE_STATES: readonly CaseState[] = ['draft', ...ENDED_STATES];

export type Instrument =
  | 'filingApproval'
  | 'penaltyNotice'
  | 'waiverStatement'
  | 'hearingNotice'
  | 'hearingRecord'
  | 'penaltyDecision'
  | 'noPenaltyDecision'
  | 'summaryDecision'
  | 'serviceReceipt'
  | 'instalmentApproval'
  | 'latePaymentSurchargeNotice'
  | 'courtEnforcementApplication'
  | 'filingRevocation'
  | 'transferLetter'
  | 'criminalTransferLetter'
  | 'closureReport';

export type Effect =
  | { readonly kind: 'instrument'; readonly instrument: Instrument }
  /** A deadline the service computes from the named statutory period (platform/workdays/periods). */
  | { readonly kind: 'deadline'; readonly period: PeriodCode }
  | { readonly kind: 'latePaymentSurcharge' }
  /** The pending extension of the decision deadline is granted (moving it) or refused. */
  | { readonly kind: 'decisionExtension'; readonly granted: boolean };

export interface CaseEvent {
  readonly name: string;
  readonly paths: readonly (readonly [from: CaseState, to: CaseState])[];
  readonly roles: readonly Role[];
  readonly article: string;
  readonly guards: readonly Guard[];
  /** States where the event is refused for a reason worth its own message. */
  readonly blockedIn?: { readonly states: readonly CaseState[] } & Problem;
  readonly effects?: (facts: CaseFacts) => readonly Effect[];
}

const LEADERS = ['sectionChief', 'deputyHead', 'head'] as const satisfies readonly Role[];
/** 行政机关负责人: approvals that the law gives to the authority's head or deputy. */
const HEADS = ['deputyHead', 'head'] as const satisfies readonly Role[];
const instrument = (i: Instrument): Effect => ({ kind: 'instrument', instrument: i });
const deadline = (p: PeriodCode): Effect => ({ kind: 'deadline', period: p });
const ADMITTED: readonly CaseState[] = ['investigating', 'internalReview', 'noticePending'];
/** Filed and not yet decided: the states the 第六十条 decision deadline runs in. */
export const UNDECIDED = [
  'investigating',
  'internalReview',
  'noticePending',
  'legalReview',
  'collectiveDeliberation',
  'noticed',
  'hearingRequested',
  'hearingScheduled',
  'heard',
  'postHearingLegalReview',
] as const satisfies readonly CaseState[];
const inPlace = UNDECIDED.map((s) => [s, s] as const);

export const CASE_EVENTS = {
  submitFiling: { name: '提请立案', paths: [['draft', 'filingPending']], roles: ['officer'], article: '行政处罚法 第五十四条', guards: [] },
  approveFiling: {
    name: '批准立案',
    paths: [['filingPending', 'investigating']],
    roles: HEADS,
    article: '行政处罚法 第五十四条',
    guards: [],
    effects: () => [instrument('filingApproval'), deadline('apl-60-decision')],
  },
  returnFiling: { name: '退回立案申请', paths: [['filingPending', 'draft']], roles: HEADS, article: '行政处罚法 第五十四条', guards: [] },
  completeInvestigation: {
    name: '调查终结',
    paths: [['investigating', 'internalReview']],
    roles: ['officer'],
    article: '行政处罚法 第四十二条、第五十五条',
    guards: [g.investigatorsQualified, g.penaltyProposed],
  },
  returnFromInternalReview: {
    name: '退回补充调查',
    paths: [['internalReview', 'investigating']],
    roles: ['sectionChief'],
    article: '行政处罚法 第五十七条',
    guards: [g.internalReviewerSeparate],
  },
  completeInternalReview: {
    name: '审理完毕',
    paths: [['internalReview', 'noticePending']],
    roles: ['sectionChief'],
    article: '行政处罚法 第五十七条',
    guards: [g.internalReviewerSeparate, g.penaltyProposed],
  },
  submitForLegalReview: {
    name: '提请法制审核',
    paths: [
      ['noticePending', 'legalReview'],
      ['heard', 'postHearingLegalReview'],
    ],
    roles: ['sectionChief'],
    article: '行政处罚法 第五十八条',
    guards: [],
  },
  passLegalReview: {
    name: '法制审核通过',
    paths: [
      ['legalReview', 'noticePending'],
      ['postHearingLegalReview', 'heard'],
    ],
    roles: ['legalReviewer'],
    article: '行政处罚法 第五十八条',
    guards: [g.legalReviewerSeparate],
  },
  failLegalReview: {
    name: '法制审核退回',
    paths: [
      ['legalReview', 'investigating'],
      ['postHearingLegalReview', 'investigating'],
    ],
    roles: ['legalReviewer'],
    article: '行政处罚法 第五十八条',
    guards: [g.legalReviewerSeparate],
  },
  submitForDeliberation: {
    name: '提请集体讨论',
    paths: [['noticePending', 'collectiveDeliberation']],
    roles: LEADERS,
    article: '行政处罚法 第五十七条',
    guards: [],
  },
  recordDeliberation: {
    name: '记录集体讨论',
    paths: [['collectiveDeliberation', 'noticePending']],
    roles: ['head'],
    article: '行政处罚法 第五十七条',
    guards: [],
  },
  issueNotice: {
    name: '送达行政处罚告知书',
    paths: [['noticePending', 'noticed']],
    roles: LEADERS,
    article: '行政处罚法 第四十四条、第六十二条、第六十三条',
    guards: [g.penaltyProposed, g.legalReviewBeforeNotice, g.collectiveDeliberationDone],
    effects: (f) => [instrument('penaltyNotice'), deadline('ws-statement-and-defence'), ...(hasHearingRight(f) ? [deadline('apl-64-hearing-request')] : [])],
  },
  // 第六十二条: the party may expressly give up statement and defence; 第六十四条: the hearing is the
  // party's to ask for, and a written waiver closes the window early. Either lets the decision come
  // before its period ends; the written waiver goes on the case file.
  recordWaiver: {
    name: '记录当事人书面放弃权利',
    paths: [['noticed', 'noticed']],
    roles: ['officer'],
    article: '行政处罚法 第六十二条、第六十四条',
    guards: [],
    effects: () => [instrument('waiverStatement')],
  },
  requestHearing: {
    name: '当事人要求听证',
    paths: [['noticed', 'hearingRequested']],
    roles: ['officer'],
    article: '行政处罚法 第六十三条、第六十四条',
    guards: [g.hearingRight, g.hearingNotWaived, g.withinHearingRequestWindow],
  },
  withdrawHearingRequest: {
    name: '撤回听证申请',
    paths: [
      ['hearingRequested', 'noticed'],
      ['hearingScheduled', 'noticed'],
    ],
    roles: ['officer'],
    article: '行政处罚法 第六十四条',
    guards: [],
  },
  scheduleHearing: {
    name: '安排听证',
    paths: [['hearingRequested', 'hearingScheduled']],
    roles: LEADERS,
    article: '行政处罚法 第六十四条',
    guards: [g.designatedChairSeparate],
    effects: () => [instrument('hearingNotice'), deadline('apl-64-hearing-notice')],
  },
  recordHearing: {
    name: '听证结束',
    paths: [['hearingScheduled', 'heard']],
    roles: ['officer', 'legalReviewer', ...LEADERS],
    article: '行政处罚法 第六十四条、第六十五条',
    guards: [g.chairSeparate, g.actorIsChair],
    effects: () => [instrument('hearingRecord')],
  },
  decide: {
    name: '作出行政处罚决定',
    paths: [
      ['noticed', 'decided'],
      ['heard', 'decided'],
    ],
    roles: HEADS,
    article: '行政处罚法 第五十七条、第六十二条',
    guards: [
      g.penaltyProposed,
      g.statementPeriodElapsed,
      g.hearingWindowClosed,
      g.legalReviewBeforeDecision,
      g.benchmarkDeviationJustified,
      g.collectiveDeliberationDone,
      g.withinDelegationCeiling,
    ],
    blockedIn: {
      states: ['hearingRequested', 'hearingScheduled', 'postHearingLegalReview'],
      problem: '当事人已要求听证，听证及其后的法制审核完成前不得作出处罚决定',
      field: 'state',
      article: '行政处罚法 第六十四条、第五十八条',
    },
    effects: () => [instrument('penaltyDecision'), deadline('apl-61-service'), deadline('gbf-2018-118-disclosure')],
  },
  serve: {
    name: '送达处罚决定书',
    paths: [['decided', 'served']],
    roles: ['officer'],
    article: '行政处罚法 第六十一条',
    guards: [],
    effects: (f) => [instrument('serviceReceipt'), ...(proposedFine(f) > 0 ? [deadline('apl-67-payment')] : [])],
  },
  approveInstalment: {
    name: '批准延期或分期缴纳',
    paths: [
      ['served', 'served'],
      ['overdue', 'served'],
    ],
    roles: HEADS,
    article: '行政处罚法 第六十六条',
    guards: [g.instalmentApplied],
    effects: () => [instrument('instalmentApproval')],
  },
  markOverdue: {
    name: '逾期加处罚款',
    paths: [['served', 'overdue']],
    roles: ['officer'],
    article: '行政处罚法 第七十二条',
    guards: [g.paymentOverdue],
    effects: () => [instrument('latePaymentSurchargeNotice'), { kind: 'latePaymentSurcharge' }],
  },
  recordPayment: {
    name: '确认缴纳',
    paths: [
      ['served', 'paid'],
      ['overdue', 'paid'],
      ['summaryDecided', 'paid'],
    ],
    roles: ['officer'],
    article: '行政处罚法 第六十七条',
    guards: [g.paymentConfirmed],
  },
  applyToCourt: {
    name: '申请法院强制执行',
    paths: [['overdue', 'courtEnforcement']],
    roles: HEADS,
    article: '行政处罚法 第七十二条；行政强制法 第五十三条',
    guards: [g.courtApplicationAllowed],
    effects: () => [instrument('courtEnforcementApplication')],
  },
  requestClosure: {
    name: '提请结案',
    paths: (['paid', 'served', 'summaryDecided', 'courtEnforcement', 'notPunished', 'filingRevoked', 'transferred', 'transferredToPolice'] as const).map(
      (s) => [s, 'closurePending'] as const,
    ),
    roles: ['officer'],
    article: '行政处罚法 第六十七条、第七十二条',
    guards: [g.nothingToCollect],
  },
  approveClosure: {
    name: '批准结案',
    paths: [['closurePending', 'closed']],
    roles: LEADERS,
    article: '国办发〔2018〕118号',
    guards: [],
    effects: () => [instrument('closureReport')],
  },
  archive: { name: '归档', paths: [['closed', 'archived']], roles: ['officer'], article: '国办发〔2018〕118号', guards: [] },
  notPunish: {
    name: '不予行政处罚',
    paths: (['investigating', 'internalReview', 'noticePending', 'noticed', 'heard'] as const).map((s) => [s, 'notPunished'] as const),
    roles: HEADS,
    article: '行政处罚法 第三十三条、第五十七条',
    guards: [],
    effects: () => [instrument('noPenaltyDecision')],
  },
  revokeFiling: {
    name: '撤销立案',
    paths: ADMITTED.map((s) => [s, 'filingRevoked'] as const),
    roles: HEADS,
    article: '行政处罚法 第五十七条',
    guards: [],
    effects: () => [instrument('filingRevocation')],
  },
  transfer: {
    name: '移送其他行政机关',
    paths: (['filingPending', ...ADMITTED] as const).map((s) => [s, 'transferred'] as const),
    roles: HEADS,
    article: '行政处罚法 第二十二条至第二十五条',
    guards: [],
    effects: () => [instrument('transferLetter')],
  },
  transferToPolice: {
    name: '移送公安机关',
    paths: ([...ADMITTED, 'noticed', 'heard'] as const).map((s) => [s, 'transferredToPolice'] as const),
    // 行政执法机关移送涉嫌犯罪案件的规定 第五条: the head (正职负责人) approves the transfer.
    roles: ['head'],
    article: '行政处罚法 第二十七条、第五十七条；行政执法机关移送涉嫌犯罪案件的规定 第五条',
    guards: [],
    effects: () => [instrument('criminalTransferLetter')],
  },
  // 公安机关不予立案或者立案后撤销案件，案件移回: the authority goes on with the administrative
  // penalty (行政处罚法 第二十七条第一款; 行政执法机关移送涉嫌犯罪案件的规定 第十条; 衔接办法 待核).
  // Back to 调查取证, not to where it left: the police's findings and the materials they return may
  // change the facts, so the proposal, review, notice and hearing are taken again before a decision
  // (行政处罚法 第四十四条). Taken only through the transfers module's record of the return.
  resumeAfterPolice: {
    name: '公安机关移回，继续行政处罚',
    paths: [['transferredToPolice', 'investigating']],
    roles: HEADS,
    article: '行政处罚法 第二十七条；行政执法机关移送涉嫌犯罪案件的规定 第十条',
    guards: [],
  },
  requestDecisionExtension: {
    name: '申请延长办案期限',
    paths: inPlace,
    roles: ['officer'],
    article: '行政处罚法 第六十条',
    guards: [g.noExtensionPending, g.decisionNotYetDue],
  },
  approveDecisionExtension: {
    name: '批准延长办案期限',
    paths: inPlace,
    roles: HEADS,
    article: '行政处罚法 第六十条',
    guards: [g.extensionPending],
    effects: () => [{ kind: 'decisionExtension', granted: true }],
  },
  refuseDecisionExtension: {
    name: '不同意延长办案期限',
    paths: inPlace,
    roles: HEADS,
    article: '行政处罚法 第六十条',
    guards: [g.extensionPending],
    effects: () => [{ kind: 'decisionExtension', granted: false }],
  },
  decideOnSite: {
    name: '当场作出处罚决定',
    paths: [['draft', 'summaryDecided']],
    roles: ['officer'],
    article: '行政处罚法 第五十一条、第五十二条',
    guards: [g.summaryLimits],
    effects: (f) => [instrument('summaryDecision'), ...(proposedFine(f) > 0 ? [deadline('apl-67-payment')] : [])],
  },
} as const satisfies Record<string, CaseEvent>;
export type CaseEventName = keyof typeof CASE_EVENTS;
export const CASE_EVENT_NAMES = Object.keys(CASE_EVENTS) as CaseEventName[];
