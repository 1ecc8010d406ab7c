import { z } from 'zod';
import { EVIDENCE_ORIGINS } from '../inspections/evidence/rules.js';
import { isoDate, listQuery } from '../../platform/contract.js';
import { factsIn } from '../catalogue/contract.js';
import { PENALTY_MEASURES, WAIVABLE_RIGHTS } from './workflow/facts.js';
import { NO_PENALTY_GROUND_NAMES } from './workflow/no-penalty-grounds.js';
import { REVIEW_ITEM_NAMES, REVIEW_OUTCOMES, type ReviewItem } from './workflow/review.js';
import { CASE_EVENTS, CASE_STATES, type CaseEventName, type CaseState } from './workflow/machine.js';

// Shared by server and web: the penalty case as it crosses the wire.

const states = Object.keys(CASE_STATES) as [CaseState, ...CaseState[]];
const events = Object.keys(CASE_EVENTS) as [CaseEventName, ...CaseEventName[]];
const text = (max: number) => z.string().trim().min(1).max(max);

export const penaltyIn = z
  .object({
    measures: z.array(z.enum(PENALTY_MEASURES)).min(1).max(PENALTY_MEASURES.length),
    fineYuan: z.number().int().min(0).max(1e10),
    confiscationYuan: z.number().int().min(0).max(1e10).default(0),
    /** 吊销许可证件: the numbers of the licences revoked, as the licence register has them; the decision revokes them. */
    licenceNumbers: z.array(z.string().trim().min(1).max(60)).max(10).optional(),
  })
  .refine((p) => !p.licenceNumbers?.length || p.measures.includes('revokeLicence'), {
    message: '只有处罚种类含“吊销有关许可证件”时才填写吊销的许可证编号',
    path: ['licenceNumbers'],
  });

export const createCaseIn = z
  .object({
    orgId: z.uuid(),
    procedure: z.enum(['general', 'summary']),
    partyKind: z.enum(['organisation', 'citizen']),
    /** The party when it is an organisation: an enterprise of the registry. */
    enterpriseId: z.uuid().optional(),
    citizenName: text(60).optional(),
    citizenIdNumber: text(30).optional(),
    violationTypeCode: text(40),
    violationDate: isoDate,
    summary: text(4000),
    investigatorIds: z.array(z.uuid()).min(1).max(10),
  })
  .refine((v) => (v.partyKind === 'organisation' ? !!v.enterpriseId : !!v.citizenName), {
    message: '当事人为单位的须选择企业，为公民的须填写姓名',
    path: ['enterpriseId'],
  });
export type CreateCaseIn = z.infer<typeof createCaseIn>;

/** 立案 from a hazard found on a completed inspection record: the rest comes from the record. */
export const fromFindingIn = z.object({
  hazardId: z.uuid(),
  violationTypeCode: text(40),
  /** Defaults to the facts as the record states them. */
  summary: text(4000).optional(),
  /** Defaults to the inspecting team's members holding a valid credential. */
  investigatorIds: z.array(z.uuid()).max(10).optional(),
});
export type FromFindingIn = z.infer<typeof fromFindingIn>;
export const hazardParams = z.object({ hazardId: z.uuid() });

export const findingDraftOut = z.object({
  hazardId: z.uuid(),
  recordId: z.uuid(),
  recordNumber: z.string().nullable(),
  orgId: z.uuid(),
  enterpriseId: z.uuid(),
  partyName: z.string(),
  grade: z.string(),
  violationDate: z.string(),
  summary: z.string(),
  investigatorIds: z.array(z.uuid()),
  suggestedViolationTypeCodes: z.array(z.string()),
});
export type FindingDraftOut = z.infer<typeof findingDraftOut>;

export const caseEvidenceOut = z.object({
  id: z.uuid(),
  recordId: z.uuid().nullable(),
  hazardId: z.uuid().nullable(),
  kind: z.string(),
  fileName: z.string(),
  size: z.number(),
  digest: z.string(),
  alg: z.string(),
  uploadedAt: z.date(),
  /** 现场检查取证, 企业整改材料 or 执法人员复查取证: the case file says where each file came from. */
  origin: z.enum(EVIDENCE_ORIGINS),
  uploaderName: z.string().nullable(),
});
export type CaseEvidenceOut = z.infer<typeof caseEvidenceOut>;

/** What an event may carry; which fields each event takes is checked by the service (EVENT_INPUTS). */
export const eventPayload = z.object({
  opinion: z.string().trim().max(4000).optional(),
  penalty: penaltyIn.optional(),
  discretionFacts: factsIn.optional(),
  benchmarkDeviationReasons: z.string().trim().max(4000).optional(),
  majorPublicInterest: z.boolean().optional(),
  complexCase: z.boolean().optional(),
  lawRequiresLegalReview: z.boolean().optional(),
  seriousOrComplex: z.boolean().optional(),
  servedOn: isoDate.optional(),
  serviceMethod: z.enum(['direct', 'leftAtAddress', 'mail', 'electronic', 'entrusted', 'announcement']).optional(),
  hearingChairId: z.uuid().optional(),
  hearingOn: isoDate.optional(),
  newPaymentDueOn: isoDate.optional(),
  paidOn: isoDate.optional(),
  paidYuan: z.number().min(0).max(1e11).optional(),
  remindedOn: isoDate.optional(),
  courtEnforcementConcluded: z.boolean().optional(),
  /** Days asked to extend the decision deadline (第六十条); the reasons go in the opinion. */
  extensionDays: z.number().int().min(1).max(90).optional(),
  /** The authority a case is transferred to (案件移送书, 涉嫌犯罪案件移送书): printed as the addressee. */
  receivingAuthority: z.string().trim().min(2).max(100).optional(),
  /** A written waiver (第六十二条, 第六十四条): the rights given up, the date, who signed, and the signed statement. */
  waives: z.array(z.enum(WAIVABLE_RIGHTS)).min(1).max(2).optional(),
  waivedOn: isoDate.optional(),
  waiverSigner: z.string().trim().min(1).max(40).optional(),
  /** The signature drawn on screen or a photo of the signed paper: PNG or JPEG, base64, at most 1 MB. */
  waiverImage: z.base64().max(1_400_000, '放弃声明图片不能超过 1 MB').optional(),
  /** Why no penalty is imposed (不予行政处罚): decides the articles the decision cites. */
  noPenaltyGround: z.enum(NO_PENALTY_GROUND_NAMES).optional(),
});
/** As sent: the service fills the calculator's defaults itself. */
export type EventPayload = z.input<typeof eventPayload>;

const FACT_FLAGS = ['majorPublicInterest', 'complexCase', 'lawRequiresLegalReview', 'seriousOrComplex'] as const;
type Key = keyof EventPayload;
const PROPOSAL: Key[] = ['penalty', 'discretionFacts', 'benchmarkDeviationReasons', ...FACT_FLAGS];

/** The payload fields each event takes: [required, optional]. Opinion is optional everywhere unless required. */
export const EVENT_INPUTS: Record<CaseEventName, readonly [required: readonly Key[], optional: readonly Key[]]> = {
  submitFiling: [[], []],
  approveFiling: [[], []],
  returnFiling: [['opinion'], []],
  completeInvestigation: [['penalty'], PROPOSAL],
  returnFromInternalReview: [['opinion'], []],
  completeInternalReview: [[], []],
  submitForLegalReview: [[], []],
  passLegalReview: [[], []],
  failLegalReview: [[], []],
  submitForDeliberation: [[], []],
  recordDeliberation: [['opinion'], []],
  issueNotice: [[], ['servedOn']],
  recordWaiver: [['waives', 'waivedOn', 'waiverSigner', 'waiverImage'], []],
  requestHearing: [[], []],
  withdrawHearingRequest: [['opinion'], []],
  scheduleHearing: [['hearingChairId', 'hearingOn'], []],
  recordHearing: [['opinion'], []],
  decide: [[], []],
  serve: [['serviceMethod'], ['servedOn']],
  approveInstalment: [['opinion', 'newPaymentDueOn'], []],
  markOverdue: [[], []],
  recordPayment: [['paidYuan'], ['paidOn']],
  applyToCourt: [['remindedOn'], []],
  requestClosure: [[], ['courtEnforcementConcluded']],
  approveClosure: [[], []],
  archive: [[], []],
  notPunish: [['opinion'], ['noPenaltyGround']],
  revokeFiling: [['opinion'], []],
  transfer: [['opinion'], ['receivingAuthority']],
  transferToPolice: [['opinion'], ['receivingAuthority']],
  resumeAfterPolice: [['opinion'], []],
  decideOnSite: [['penalty'], PROPOSAL],
  requestDecisionExtension: [['opinion', 'extensionDays'], []],
  approveDecisionExtension: [[], []],
  refuseDecisionExtension: [['opinion'], []],
};

export const fireIn = z.object({ event: z.enum(events), payload: eventPayload.default({}), version: z.number().int().positive() });
export type FireIn = z.input<typeof fireIn>;

const checklistItem = z.object({ ok: z.boolean(), note: z.string().trim().max(1000).nullish() });
export const reviewIn = z.object({
  checklist: z.object(Object.fromEntries(REVIEW_ITEM_NAMES.map((k) => [k, checklistItem])) as Record<ReviewItem, typeof checklistItem>),
  outcome: z.enum(Object.keys(REVIEW_OUTCOMES) as [keyof typeof REVIEW_OUTCOMES]),
  opinion: z.string().trim().max(4000).default(''),
  version: z.number().int().positive(),
});
export type ReviewIn = z.infer<typeof reviewIn>;

/** The columns the case list sorts by; from/to is the day the case was registered (China date). */
export const CASE_SORTS = ['updatedAt', 'createdAt', 'partyName', 'state', 'violationDate', 'filedOn'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];
/** q: part of the party's name, or the start of its 统一社会信用代码 (or ID number). */
/** The figures this module answers for (figures.ts), each also a filter of the list: its drill-down. */
export const CASE_FIGURE_CODES = [
  'cases.filed',
  'cases.penalties',
  'cases.summaryPenalties',
  'cases.fines',
  'cases.confiscations',
  'cases.suspensions',
  'cases.revocations',
  'cases.notPunished',
  'cases.transferredToPolice',
  'cases.hearings',
  'cases.legalReviews',
  'cases.deliberations',
] as const;
export type CaseFigureCode = (typeof CASE_FIGURE_CODES)[number];

export const listCasesQuery = listQuery(CASE_SORTS).extend({
  /** The cases a figure counts for the org and period (from, to), instead of those registered in it. */
  figure: z.enum(CASE_FIGURE_CODES).optional(),
  orgId: z.uuid().optional(),
  state: z.enum(states).optional(),
  procedure: z.enum(['general', 'summary']).optional(),
  /** One enterprise's cases (its page in the registry). */
  enterpriseId: z.uuid().optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;
export const idParams = z.object({ id: z.uuid() });

const nullableDate = z.string().nullable();
export const deadlineOut = z.object({
  kind: z.string(),
  name: z.string(),
  dueOn: z.string(),
  article: z.string(),
  daysLeft: z.number(),
  workdaysLeft: z.number(),
  overdue: z.boolean(),
});

export const caseOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  partyKind: z.enum(['organisation', 'citizen']),
  enterpriseId: z.uuid().nullable(),
  partyName: z.string(),
  violationTypeCode: z.string(),
  /** The violation type's title in the catalogue (未按照规定…), for people; the code is for machines. */
  violationTitle: z.string(),
  violationDate: z.string(),
  procedure: z.enum(['general', 'summary']),
  state: z.enum(states),
  stateName: z.string(),
  summary: z.string(),
  investigatorIds: z.array(z.uuid()),
  hearingChairId: z.uuid().nullable(),
  penalty: penaltyIn.nullable(),
  discretion: z.object({ grade: z.string(), range: z.object({ min: z.number(), max: z.number() }), reasons: z.string() }).nullable(),
  withinBenchmark: z.boolean(),
  benchmarkDeviationReasons: z.string().nullable(),
  legalReviewPassed: z.boolean(),
  legalReviewPassedAfterHearing: z.boolean(),
  collectiveDeliberationDone: z.boolean(),
  delegationCeilingYuan: z.number().nullable(),
  filedOn: nullableDate,
  decisionDueOn: nullableDate,
  noticeServedOn: nullableDate,
  statementPeriodEndsOn: nullableDate,
  hearingRequestEndsOn: nullableDate,
  hearingOn: nullableDate,
  hearingNoticeBy: nullableDate,
  decidedOn: nullableDate,
  serviceDueOn: nullableDate,
  servedOn: nullableDate,
  disclosureDueOn: nullableDate,
  paymentDueOn: nullableDate,
  paidOn: nullableDate,
  paidFen: z.number().nullable(),
  surchargeFen: z.number().nullable(),
  decisionNumber: z.string().nullable(),
  /** 行刑衔接: what a fine already paid takes off the decision's fine (行政处罚法 第二十九条、第三十五条). */
  fineCredit: z.object({ transferId: z.uuid(), deductedYuan: z.number(), noFurtherFine: z.boolean(), text: z.string() }).nullable(),
  /** The decision's fine less the credit, never below zero; null until a fine is set. */
  payableFineYuan: z.number().nullable(),
  decisionExtensionRequest: z.object({ days: z.number(), reasons: z.string(), requestedOn: z.string() }).nullable(),
  decisionExtendedDays: z.number(),
  sourceRecordId: z.uuid().nullable(),
  sourceHazardId: z.uuid().nullable(),
  /** Written waivers; the signed statement itself is downloaded as the waiverStatement instrument. */
  waivers: z.array(z.object({ waives: z.array(z.enum(WAIVABLE_RIGHTS)), waivedOn: z.string(), signer: z.string(), recordedOn: z.string() })),
  nextDeadline: deadlineOut.nullable(),
  version: z.number(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type CaseOut = z.infer<typeof caseOut>;

export const caseEventOut = z.object({
  version: z.number(),
  event: z.string(),
  eventName: z.string(),
  fromState: z.string(),
  toState: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  at: z.date(),
  opinion: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  instrumentNumbers: z.array(z.string()),
  ledgerSeq: z.number(),
});

export const legalReviewOut = z.object({
  id: z.uuid(),
  stage: z.string(),
  reviewerId: z.uuid(),
  reviewerName: z.string(),
  checklist: z.record(z.string(), checklistItem),
  outcome: z.string(),
  opinion: z.string(),
  at: z.date(),
  ledgerSeq: z.number(),
});

export const caseDetailOut = caseOut.extend({
  events: z.array(caseEventOut),
  reviews: z.array(legalReviewOut),
  /** The source inspection's evidence, by reference. */
  evidence: z.array(caseEvidenceOut),
  /** 询问笔录 recorded so far, in order (the index is the download's `index`). */
  interviews: z.array(z.object({ number: z.string(), intervieweeName: z.string(), intervieweeRole: z.string(), startedAt: z.string() })),
  /** 抽样取证 and 先行登记保存 (第五十六条), in order (the index is the download's and the approval's `index`). */
  samplings: z.array(z.object({ number: z.string(), sampledAt: z.string(), place: z.string(), itemNames: z.array(z.string()) })),
  preservations: z.array(
    z.object({
      status: z.enum(['requested', 'approved', 'refused', 'decided']),
      itemNames: z.array(z.string()),
      reason: z.string(),
      requestedAt: z.string(),
      noticeNumber: z.string().nullable(),
      approvedOn: z.string().nullable(),
      decisionDueOn: z.string().nullable(),
      approvalOpinion: z.string().nullable(),
      decisionKind: z.string().nullable(),
      decisionNumber: z.string().nullable(),
      decidedOn: z.string().nullable(),
    }),
  ),
  availableEvents: z.array(z.object({ event: z.enum(events), name: z.string() })),
});
export type CaseDetailOut = z.infer<typeof caseDetailOut>;
