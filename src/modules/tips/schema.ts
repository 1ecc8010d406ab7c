import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { bytea } from '../../platform/db/columns.js';
import { org } from '../../platform/orgs/schema.js';
import { scheduledJobRun } from '../../platform/jobs/schema.js';
import type { ComplaintOutcome, RewardState, TipChannel, TipKind, TipState, VerificationResult } from './contract.js';

// 举报、投诉. Who tipped is never stored in the clear: `identity` is sealed with a key kept outside
// the database (platform/crypto/seal.ts), and the address a portal tip came from only as a keyed
// digest, enough to limit submissions per address and nothing more.
export const tip = pgTable(
  'tip',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receipt: text('receipt').notNull(),
    /** SM3 of the secret handed out with the receipt. */
    secretDigest: text('secret_digest').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    kind: text('kind').$type<TipKind>().notNull(),
    channel: text('channel').$type<TipChannel>().notNull(),
    state: text('state').$type<TipState>().notNull().default('received'),
    subjectName: text('subject_name').notNull(),
    address: text('address'),
    content: text('content').notNull(),
    /** Sealed JSON {name, phone}; null for an anonymous tip. */
    identity: bytea('identity'),
    anonymous: boolean('anonymous').notNull(),
    /** Groups the tips of one matter (rules.ts matterKey) within the bureau. */
    matterKey: text('matter_key').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptBy: text('accept_by').notNull(),
    /** Keyed digest of the submitting address (portal only). */
    sourceDigest: text('source_digest'),
    recordedBy: uuid('recorded_by').references(() => userAccount.id),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    /** What the tipster is told. */
    reply: text('reply'),
    /** 办结期限 (rules.ts finishBy), set on acceptance. */
    finishBy: text('finish_by'),
    /** The 举报核查 task (inspections module) the tip was assigned to. */
    taskId: uuid('task_id'),
    assignedBy: uuid('assigned_by').references(() => userAccount.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'date' }),
    verification: text('verification').$type<VerificationResult>(),
    verificationNote: text('verification_note'),
    /** The penalty cases the tip led to, chosen among those opened from the task's findings. */
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    verifiedBy: uuid('verified_by').references(() => userAccount.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'date' }),
    /** A complaint's outcome (投诉办理结果), recorded by the legal office or a leader on closing it. */
    complaintOutcome: text('complaint_outcome').$type<ComplaintOutcome>(),
    /** What was done to correct it, when a complaint is upheld in whole or in part. */
    correctiveAct: text('corrective_act'),
    /** Digest of the proof-of-work challenge a portal tip was sent with: each one serves once. */
    powDigest: text('pow_digest'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('tip_receipt_idx').on(t.receipt),
    index('tip_org_received_idx').on(t.orgId, t.receivedAt),
    index('tip_matter_idx').on(t.orgId, t.matterKey),
    index('tip_source_idx').on(t.sourceDigest, t.receivedAt),
    uniqueIndex('tip_pow_idx').on(t.powDigest),
  ],
);

// 举报材料: photos and documents the tipster sends with the tip or adds later through the receipt
// code, or staff attach (a letter's scan). Kept as bytes with their SM3 digest, which the upload's
// ledger entry carries; the tipster's own files may show who they are, so only staff who may read
// the tip see them.
export const tipAttachment = pgTable(
  'tip_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    digest: text('digest').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The staff member who attached it; null when the tipster sent it. */
    uploadedBy: uuid('uploaded_by').references(() => userAccount.id),
  },
  (t) => [index('tip_attachment_tip_idx').on(t.tipId, t.uploadedAt)],
);

// 期限提醒 for tips: one row per (tip, period, due date) written by the daily job (reminders.ts),
// like the cases' case_reminder; the unique key makes a later run add nothing already reminded.
export const tipReminder = pgTable(
  'tip_reminder',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    kind: text('kind').$type<'accept' | 'finish'>().notNull(),
    dueOn: text('due_on').notNull(),
    remindedOn: text('reminded_on').notNull(),
    daysLeft: integer('days_left').notNull(),
    late: boolean('late').notNull(),
    runId: uuid('run_id')
      .notNull()
      .references(() => scheduledJobRun.id),
  },
  (t) => [uniqueIndex('tip_reminder_key_idx').on(t.tipId, t.kind, t.dueOn), index('tip_reminder_org_idx').on(t.orgId, t.remindedOn)],
);

// 举报奖励 (《安全生产领域举报奖励办法》): proposed by the handler, approved by a leader who did not
// handle the tip, claimed by the tipster with the receipt code, paid once the identity is checked.
// A rejected proposal stays as it was; a new one may follow. The claimant's identity is sealed.
export const tipReward = pgTable(
  'tip_reward',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tipId: uuid('tip_id')
      .notNull()
      .references(() => tip.id),
    state: text('state').$type<RewardState>().notNull().default('proposed'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** The fines the amount was computed from (fine-based rewards). */
    finesFen: bigint('fines_fen', { mode: 'number' }),
    /** The outcome as rewards.ts took it, the computation and its basis, as proposed. */
    outcome: jsonb('outcome').notNull(),
    computation: text('computation').notNull(),
    basis: text('basis').notNull(),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => userAccount.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true, mode: 'date' }).notNull(),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    reason: text('reason'),
    /** Sealed JSON {name, idNumber, phone} given at the claim. */
    claimant: bytea('claimant'),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }),
    paidOn: text('paid_on'),
    paidBy: uuid('paid_by').references(() => userAccount.id),
    voucher: text('voucher'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('tip_reward_tip_idx').on(t.tipId, t.proposedAt)],
);
