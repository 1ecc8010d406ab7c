import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { scheduledJobRun } from '../../platform/jobs/schema.js';
import { bytea } from '../../platform/db/columns.js';
import { enterprise } from '../registry/schema.js';
import { hazard, inspectionRecord } from '../inspections/schema.js';
import type { PenaltyMeasure, Waiver } from './workflow/facts.js';
import type { Checklist } from './workflow/review.js';
import type { Interview } from './collection/interview.js';
import type { Preservation, Sampling } from './collection/rules.js';
import type { FineCredit } from './workflow/fine-credit.js';

const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// 行政处罚案件: the stored facts the state machine reads (facts-service.ts turns a row into
// CaseFacts) and the dates its periods run from. Only `fire` changes state, one event at a time.
export const penaltyCase = pgTable(
  'penalty_case',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    /** organisation (an enterprise of the registry) or citizen. */
    partyKind: text('party_kind').notNull(),
    enterpriseId: uuid('enterprise_id').references(() => enterprise.id),
    partyName: text('party_name').notNull(),
    partyIdNumber: text('party_id_number'),
    violationTypeCode: text('violation_type_code').notNull(),
    violationDate: day('violation_date').notNull(),
    /** general (一般程序) or summary (简易程序). */
    procedure: text('procedure').notNull(),
    state: text('state').notNull(),
    summary: text('summary').notNull(),
    investigatorIds: uuid('investigator_ids').array().notNull(),
    hearingChairId: uuid('hearing_chair_id').references(() => userAccount.id),
    penalty: jsonb('penalty').$type<{ measures: PenaltyMeasure[]; fineYuan: number; confiscationYuan: number; licenceNumbers?: string[] }>(),
    /** What the discretion calculator said about the proposed fine (grade, band, 说理). */
    discretion: jsonb('discretion').$type<{ grade: string; range: { min: number; max: number }; reasons: string } | null>(),
    withinBenchmark: boolean('within_benchmark').notNull().default(true),
    benchmarkDeviationReasons: text('benchmark_deviation_reasons'),
    majorPublicInterest: boolean('major_public_interest').notNull().default(false),
    complexCase: boolean('complex_case').notNull().default(false),
    lawRequiresLegalReview: boolean('law_requires_legal_review').notNull().default(false),
    seriousOrComplex: boolean('serious_or_complex').notNull().default(false),
    legalReviewPassed: boolean('legal_review_passed').notNull().default(false),
    legalReviewPassedAfterHearing: boolean('legal_review_passed_after_hearing').notNull().default(false),
    collectiveDeliberationDone: boolean('collective_deliberation_done').notNull().default(false),
    /** 第二十条: the fine ceiling of the delegation the org acted under when the case was opened. */
    delegationCeilingYuan: bigint('delegation_ceiling_yuan', { mode: 'number' }),
    filedOn: day('filed_on'),
    decisionDueOn: day('decision_due_on'),
    noticeServedOn: day('notice_served_on'),
    statementPeriodEndsOn: day('statement_period_ends_on'),
    hearingRequestEndsOn: day('hearing_request_ends_on'),
    hearingOn: day('hearing_on'),
    hearingNoticeBy: day('hearing_notice_by'),
    decidedOn: day('decided_on'),
    serviceDueOn: day('service_due_on'),
    servedOn: day('served_on'),
    serviceMethod: text('service_method'),
    disclosureDueOn: day('disclosure_due_on'),
    paymentDueOn: day('payment_due_on'),
    instalmentApplied: boolean('instalment_applied').notNull().default(false),
    paidOn: day('paid_on'),
    paidFen: bigint('paid_fen', { mode: 'number' }),
    surchargeFen: bigint('surcharge_fen', { mode: 'number' }),
    remindedOn: day('reminded_on'),
    courtEnforcementConcluded: boolean('court_enforcement_concluded').notNull().default(false),
    decisionNumber: text('decision_number'),
    /** 行刑衔接: the fine credit the case came back with from the police (workflow/fine-credit.ts). */
    fineCredit: jsonb('fine_credit').$type<FineCredit | null>(),
    /** 第六十条 extension: the pending request (days, reasons), and the days approved so far. */
    decisionExtensionRequest: jsonb('decision_extension_request').$type<{ days: number; reasons: string; requestedOn: string } | null>(),
    decisionExtendedDays: integer('decision_extended_days').notNull().default(0),
    /** 询问笔录 taken during the investigation, in the order recorded (each numbered when recorded). */
    interviews: jsonb('interviews').$type<Interview[]>().notNull().default([]),
    /** 抽样取证 and 先行登记保存 (第五十六条), in the order recorded; the index is the download's `index`. */
    samplings: jsonb('samplings').$type<Sampling[]>().notNull().default([]),
    preservations: jsonb('preservations').$type<Preservation[]>().notNull().default([]),
    /** Written waivers of statement and defence or of the hearing (第六十二条、第六十四条), in order. */
    waivers: jsonb('waivers').$type<Waiver[]>().notNull().default([]),
    /** The inspection finding the case was opened from (its evidence is listed by reference). */
    sourceRecordId: uuid('source_record_id').references(() => inspectionRecord.id),
    sourceHazardId: uuid('source_hazard_id').references(() => hazard.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('penalty_case_org_idx').on(t.orgId, t.state),
    index('penalty_case_enterprise_idx').on(t.enterpriseId),
    // One case per hazard: a second 立案 on the same finding is refused (409), even under a race.
    uniqueIndex('penalty_case_source_hazard_idx').on(t.sourceHazardId),
    index('penalty_case_investigators_idx').using('gin', t.investigatorIds).with({ fastupdate: false }),
    check(
      'penalty_case_party_chk',
      sql`(${t.partyKind} = 'organisation' and ${t.enterpriseId} is not null) or (${t.partyKind} = 'citizen' and ${t.enterpriseId} is null)`,
    ),
    check('penalty_case_procedure_chk', sql`${t.procedure} in ('general','summary')`),
  ],
);

// One row per persisted transition, with the ledger entry that records it.
export const caseEvent = pgTable(
  'case_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCase.id),
    /** The case's version after the event: 2 for the first event, and so on. */
    version: integer('version').notNull(),
    event: text('event').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id').references(() => userAccount.id),
    at: at('at').notNull(),
    opinion: text('opinion'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    instrumentNumbers: text('instrument_numbers').array().notNull().default(sql`'{}'::text[]`),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('case_event_version_idx').on(t.caseId, t.version)],
);

// 法制审核意见: part of the case file; the review's event is in case_event.
export const legalReview = pgTable(
  'legal_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCase.id),
    /** legalReview (before the notice) or postHearingLegalReview. */
    stage: text('stage').notNull(),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => userAccount.id),
    checklist: jsonb('checklist').$type<Checklist>().notNull(),
    outcome: text('outcome').notNull(),
    opinion: text('opinion').notNull(),
    at: at('at').notNull(),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('legal_review_case_idx').on(t.caseId), check('legal_review_outcome_chk', sql`${t.outcome} in ('pass','passWithChanges','return','refuse')`)],
);

// 期限提醒: one row per (case, deadline, due date), written by the daily reminder job
// (reminders.ts). Unique, so a re-run — or a second server — adds nothing; a moved due date is a
// new deadline and gets its own reminder.
export const caseReminder = pgTable(
  'case_reminder',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCase.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    kind: text('kind').notNull(),
    dueOn: day('due_on').notNull(),
    /** The China date the job ran on, and how the deadline stood then. */
    remindedOn: day('reminded_on').notNull(),
    workdaysLeft: integer('workdays_left').notNull(),
    late: boolean('late').notNull(),
    runId: uuid('run_id')
      .notNull()
      .references(() => scheduledJobRun.id),
  },
  (t) => [uniqueIndex('case_reminder_key_idx').on(t.caseId, t.kind, t.dueOn), index('case_reminder_org_idx').on(t.orgId, t.remindedOn)],
);

// 卷宗 (casefile/): owed in the archiving transaction (status pending, the archive act's ledger
// entry), assembled after it by casefile/service.ts — retried until it is, at most once per case.
// The archive's bytes are kept as assembled (without the inclusion proof, added on download), so
// a download is byte for byte what the assembly's ledger entry recorded the manifest of.
export const caseFile = pgTable(
  'case_file',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => penaltyCase.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    /** pending (owed since archiving) or assembled. */
    status: text('status').notNull(),
    /** The archive act's ledger entry. */
    owedSeq: bigint('owed_seq', { mode: 'number' }).notNull(),
    owedAt: at('owed_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** manifest.json as parsed; its exact bytes are in the archive. */
    manifest: jsonb('manifest').$type<Record<string, unknown>>(),
    /** SM3 of manifest.json's bytes, which the assembly's ledger entry records. */
    manifestSm3: text('manifest_sm3'),
    archive: bytea('archive'),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }),
    assembledAt: at('assembled_at'),
  },
  (t) => [
    index('case_file_pending_idx').on(t.status, t.owedAt),
    uniqueIndex('case_file_manifest_idx').on(t.manifestSm3),
    check('case_file_status_chk', sql`${t.status} in ('pending','assembled')`),
    check(
      'case_file_assembled_chk',
      sql`${t.status} = 'pending' or (${t.manifest} is not null and ${t.manifestSm3} is not null and ${t.archive} is not null and ${t.ledgerSeq} is not null and ${t.assembledAt} is not null)`,
    ),
  ],
);
