import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from '../registry/schema.js';
import type { CriterionCode, ListingState, RemovalReason } from './codes.js';

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
