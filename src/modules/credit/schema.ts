import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from '../registry/schema.js';
import type {
  CriterionCode,
  FilingChannel,
  ListingState,
  ObjectionState,
  RemovalReason,
  RepairClaim,
  RepairDecision,
  RepairOpinion,
  RepairState,
} from './codes.js';

// 严重失信主体名单: one row per penalty decision proposed for the list, from 拟列入 to 移出. The org is
// the bureau that decided the penalty (谁处罚、谁决定). The penalty decision's number and date are
// copied when proposed, so the list and the instruments never read the cases' tables.
export const creditListing = pgTable(
  'credit_listing',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The penalty case (the cases module's key); one listing per decision. */
    caseId: uuid('case_id').notNull(),
    penaltyDecisionNumber: text('penalty_decision_number').notNull(),
    /** YYYY-MM-DD (China). */
    penaltyDecidedOn: text('penalty_decided_on').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    criterion: text('criterion').$type<CriterionCode>().notNull(),
    /** The facts that meet the criterion, as the notice and the decision state them. */
    facts: text('facts').notNull(),
    state: text('state').$type<ListingState>().notNull().default('proposed'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => userAccount.id),
    proposedOn: text('proposed_on').notNull(),
    /** 列入告知书: its number (信告), the day served, the last day of the statement period. */
    noticeNumber: text('notice_number'),
    noticeServedOn: text('notice_served_on'),
    statementDueOn: text('statement_due_on'),
    /** 陈述、申辩 as the party gave it, and the day received. */
    statement: text('statement'),
    statementOn: text('statement_on'),
    /** 列入 or 不予列入: who decided, when, why; the decision's number (信列) when listed. */
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedOn: text('decided_on'),
    decisionReason: text('decision_reason'),
    decisionNumber: text('decision_number'),
    decisionServedOn: text('decision_served_on'),
    /** The term: listed on the decision's day, to the day before its third anniversary. */
    listedOn: text('listed_on'),
    termEndsOn: text('term_ends_on'),
    removedOn: text('removed_on'),
    removalReason: text('removal_reason').$type<RemovalReason>(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('credit_listing_case_idx').on(t.caseId),
    index('credit_listing_org_state_idx').on(t.orgId, t.state),
    index('credit_listing_enterprise_idx').on(t.enterpriseId),
    index('credit_listing_term_idx').on(t.state, t.termEndsOn),
  ],
);

// 信用修复 (提前移出): one row per application by a listed subject, from 申请 to 准予 / 不予, and the
// revocation of an early removal obtained by fraud. The conditions as the applicant claims them,
// each with its evidence, are kept as they were submitted.
export const creditRepair = pgTable(
  'credit_repair',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => creditListing.id),
    /** The deciding bureau of the listing (谁列入、谁修复). */
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    /** online: the enterprise itself; counter: staff recording it on the enterprise's behalf. */
    channel: text('channel').$type<FilingChannel>().notNull(),
    appliedBy: uuid('applied_by')
      .notNull()
      .references(() => userAccount.id),
    appliedOn: text('applied_on').notNull(),
    /** The last day for the decision (rules REPAIR_DECISION_PERIOD). */
    dueOn: text('due_on').notNull(),
    claims: jsonb('claims').$type<RepairClaim[]>().notNull(),
    state: text('state').$type<RepairState>().notNull().default('applied'),
    /** 审查: the officer's opinion and why. */
    reviewedBy: uuid('reviewed_by').references(() => userAccount.id),
    reviewedOn: text('reviewed_on'),
    reviewOpinion: text('review_opinion').$type<RepairOpinion>(),
    reviewNote: text('review_note'),
    /** 准予 or 不予提前移出, by a 负责人 who did not review it; the decision's number (信修). */
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedOn: text('decided_on'),
    decision: text('decision').$type<RepairDecision>(),
    decisionReason: text('decision_reason'),
    decisionNumber: text('decision_number'),
    /** 撤销提前移出 (隐瞒真实情况、弄虚作假): the listing restored; its number (信撤). */
    revokedBy: uuid('revoked_by').references(() => userAccount.id),
    revokedOn: text('revoked_on'),
    revocationReason: text('revocation_reason'),
    revocationNumber: text('revocation_number'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('credit_repair_listing_idx').on(t.listingId),
    index('credit_repair_org_state_idx').on(t.orgId, t.state),
    index('credit_repair_enterprise_idx').on(t.enterpriseId),
    // One application at a time per listing.
    uniqueIndex('credit_repair_open_idx').on(t.listingId).where(sql`${t.state} in ('applied', 'reviewed')`),
  ],
);

// 异议: the listed subject disputes the listing's information; staff correct it or uphold it, with reasons.
export const creditObjection = pgTable(
  'credit_objection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingId: uuid('listing_id')
      .notNull()
      .references(() => creditListing.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    channel: text('channel').$type<FilingChannel>().notNull(),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => userAccount.id),
    receivedOn: text('received_on').notNull(),
    /** The last day to answer (rules OBJECTION_PERIOD). */
    dueOn: text('due_on').notNull(),
    /** What the subject says is wrong, and why. */
    content: text('content').notNull(),
    state: text('state').$type<ObjectionState>().notNull().default('received'),
    handledBy: uuid('handled_by').references(() => userAccount.id),
    handledOn: text('handled_on'),
    reason: text('reason'),
    /** When corrected: the listing's facts before and after. */
    priorFacts: text('prior_facts'),
    correctedFacts: text('corrected_facts'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('credit_objection_listing_idx').on(t.listingId),
    index('credit_objection_org_state_idx').on(t.orgId, t.state),
    index('credit_objection_enterprise_idx').on(t.enterpriseId),
    uniqueIndex('credit_objection_open_idx').on(t.listingId).where(sql`${t.state} = 'received'`),
  ],
);
