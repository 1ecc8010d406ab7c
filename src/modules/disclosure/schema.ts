import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import type { DisclosureField } from './contract.js';

const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// 行政执法公示 (事后公开): one row per disclosable act, made in the act's own transaction with its
// due date, so nothing disclosable can exist without a due item. Text and fields are stored
// ALREADY REDACTED (redaction.ts): the unredacted record stays in the source module.
export const disclosure = pgTable(
  'disclosure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DISCLOSURE_KINDS (contract.ts). */
    kind: text('kind').notNull(),
    /** The disclosed act's subject: penaltyCase, inspectionRecord, draw. */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id'),
    enterpriseName: text('enterprise_name').notNull(),
    /** Every two-character fragment of enterprise_name (zhifa_bigrams, migration 0006; registry/search.ts). */
    enterpriseNameBigrams: text('enterprise_name_bigrams').array().generatedAlwaysAs(sql`zhifa_bigrams(enterprise_name)`),
    uscc: text('uscc'),
    regionCode: text('region_code'),
    title: text('title').notNull(),
    fields: jsonb('fields').$type<DisclosureField[]>().notNull(),
    body: text('body').notNull(),
    decidedOn: day('decided_on').notNull(),
    dueOn: day('due_on').notNull(),
    termEndsOn: day('term_ends_on'),
    /** pending, published, withdrawn. */
    status: text('status').notNull().default('pending'),
    publishedAt: at('published_at'),
    publishedBy: uuid('published_by').references(() => userAccount.id),
    withdrawnAt: at('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by').references(() => userAccount.id),
    withdrawalReason: text('withdrawal_reason'),
    withdrawalNote: text('withdrawal_note'),
    /** Ledger seq of the disclosed act, of the disclosure.publish entry, of the withdrawal entry. */
    actSeq: bigint('act_seq', { mode: 'number' }),
    publishSeq: bigint('publish_seq', { mode: 'number' }),
    withdrawSeq: bigint('withdraw_seq', { mode: 'number' }),
    createdAt: at('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One disclosure per act and kind: a re-fired act never makes a second due item.
    uniqueIndex('disclosure_source_idx').on(t.sourceType, t.sourceId, t.kind),
    // The portal's keyset order over published rows only. Ascending on purpose: read backwards it
    // is exactly ORDER BY published_at DESC, id DESC (NULLS FIRST, PostgreSQL's default for DESC);
    // a DESC NULLS LAST index would not match that order and every page would sort the table.
    index('disclosure_published_idx').on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    index('disclosure_name_bigrams_idx').using('gin', t.enterpriseNameBigrams).with({ fastupdate: false }),
    index('disclosure_uscc_idx').on(t.uscc),
    // Date-range search (decidedOn from/to) over published rows.
    index('disclosure_decided_idx').on(t.decidedOn).where(sql`${t.status} = 'published'`),
    index('disclosure_region_idx').on(sql`${t.regionCode} text_pattern_ops`),
    // The dashboard (org, due window) and the daily jobs (pending by due date, published by term).
    index('disclosure_org_due_idx').on(t.orgId, t.dueOn),
    index('disclosure_status_due_idx').on(t.status, t.dueOn),
    check('disclosure_status_chk', sql`${t.status} in ('pending','published','withdrawn')`),
    check('disclosure_published_chk', sql`${t.status} <> 'published' or (${t.publishedAt} is not null and ${t.publishSeq} is not null)`),
  ],
);
export type DisclosureRow = typeof disclosure.$inferSelect;
