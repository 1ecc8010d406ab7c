import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from '../registry/schema.js';
import type { ExposureKind, ExposureState, PublicDocument, SummonsState, SummonsTarget } from './codes.js';

// 警示曝光, 典型案例 and 通报: three kinds of warning publication that share one procedure — an officer
// drafts, a leader who did not draft approves its publication on the portal (the redacted document is
// fixed then and is the ledger entry's payload), and a leader may withdraw it with a reason. The
// penalty case (the cases module's key) is copied as it stood when drafted: number, date, party.
export const exposure = pgTable(
  'exposure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ExposureKind>().notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    /** The decided penalty case it rests on (警示曝光 and 典型案例; a 通报 may name several in caseIds). */
    caseId: uuid('case_id'),
    penaltyDecisionNumber: text('penalty_decision_number'),
    penaltyDecidedOn: text('penalty_decided_on'),
    /** The exposed enterprise (警示曝光) or the typical case's party when an enterprise. */
    enterpriseId: uuid('enterprise_id').references(() => enterprise.id),
    title: text('title').notNull(),
    /** What is published: the exposure's text, the case's account and commentary (典型意义), the circular's text. */
    content: text('content').notNull(),
    /** 通报: its number (文号) and scope (通报范围); the enterprises and cases it names. */
    number: text('number'),
    scope: text('scope'),
    enterpriseIds: uuid('enterprise_ids').array().notNull().default(sql`'{}'::uuid[]`),
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** 曝光渠道 (EXPOSURE_CHANNELS): where it is published besides the portal. */
    channels: text('channels').array().notNull().default(sql`'{}'::text[]`),
    /** Natural persons named in the text, masked to their surname on the portal. */
    personNames: text('person_names').array().notNull().default(sql`'{}'::text[]`),
    state: text('state').$type<ExposureState>().notNull().default('draft'),
    draftedBy: uuid('drafted_by')
      .notNull()
      .references(() => userAccount.id),
    draftedOn: text('drafted_on').notNull(),
    /** 批准发布: the leader, the day, the redacted document and the ledger seq of the publication. */
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    publishedOn: text('published_on'),
    document: jsonb('document').$type<PublicDocument>(),
    publishSeq: bigint('publish_seq', { mode: 'number' }),
    withdrawnBy: uuid('withdrawn_by').references(() => userAccount.id),
    withdrawnOn: text('withdrawn_on'),
    withdrawalReason: text('withdrawal_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('exposure_org_kind_idx').on(t.orgId, t.kind, t.state),
    index('exposure_enterprise_idx').on(t.enterpriseId),
    index('exposure_published_idx').on(t.kind, t.publishedOn).where(sql`${t.state} = 'published'`),
    check('exposure_kind_chk', sql`${t.kind} in ('exposure','typicalCase','circular')`),
    check('exposure_state_chk', sql`${t.state} in ('draft','published','withdrawn')`),
  ],
);

// 约谈: a bureau summons an enterprise, or the government of a locality below it, or a department,
// about matters found; who summoned whom, when, the matters, the commitments made, and the day by
// which the rectification is followed up (on the agenda), then the follow-up as it turned out.
export const summons = pgTable(
  'summons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    targetKind: text('target_kind').$type<SummonsTarget>().notNull(),
    enterpriseId: uuid('enterprise_id').references(() => enterprise.id),
    /** A locality's government or a department, by name (an org of the tree when it is one). */
    targetOrgId: uuid('target_org_id').references(() => org.id),
    targetName: text('target_name').notNull(),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull(),
    /** 约谈人: the bureau's leaders present; 被约谈人: who answered for the summoned (names and posts). */
    summoners: text('summoners').notNull(),
    summoned: text('summoned').notNull(),
    matters: text('matters').notNull(),
    commitments: text('commitments').notNull(),
    /** The case that led to it, if one did. */
    caseId: uuid('case_id'),
    followUpOn: text('follow_up_on').notNull(),
    state: text('state').$type<SummonsState>().notNull().default('recorded'),
    followedUpOn: text('followed_up_on'),
    followUpResult: text('follow_up_result'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => userAccount.id),
    followedUpBy: uuid('followed_up_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('summons_org_held_idx').on(t.orgId, t.heldOn),
    index('summons_enterprise_idx').on(t.enterpriseId),
    index('summons_follow_up_idx').on(t.state, t.followUpOn),
    check('summons_target_chk', sql`${t.targetKind} in ('enterprise','locality','department')`),
    check('summons_enterprise_chk', sql`(${t.targetKind} = 'enterprise') = (${t.enterpriseId} is not null)`),
  ],
);
