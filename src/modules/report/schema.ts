import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, date, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import type { AnnualReportState, OutlineSection } from './annual/contract.js';
import type { FiguresOut } from './contract.js';

// 法治政府建设情况报告: one per org and year. The outline is edited as a whole while drafting, so it
// lives in the row; each section's narrative is kept as numbered versions (nothing written is lost).
// On approval the figures are frozen in the row, so the published report never changes afterwards.
export const annualReport = pgTable(
  'annual_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    state: text('state').$type<AnnualReportState>().notNull().default('drafting'),
    outline: jsonb('outline').$type<OutlineSection[]>().notNull(),
    /** Everyone who wrote the outline or a narrative, and the submitter: none of them may approve it. */
    editorIds: uuid('editor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    /** China date the approved report went on the portal (approval publishes it). */
    publishedOn: date('published_on', { mode: 'string' }),
    returnReason: text('return_reason'),
    /** The figures as approved; null while drafting (then they are measured live). */
    figures: jsonb('figures').$type<FiguresOut>(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('annual_report_org_year_idx').on(t.orgId, t.year)],
);

/** One saved draft of a section's narrative; the highest version is the current text. */
export const annualReportText = pgTable(
  'annual_report_text',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => annualReport.id),
    sectionKey: text('section_key').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => userAccount.id),
    savedAt: timestamp('saved_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('annual_report_text_version_idx').on(t.reportId, t.sectionKey, t.version), index('annual_report_text_report_idx').on(t.reportId)],
);
