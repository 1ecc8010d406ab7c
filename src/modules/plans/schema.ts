import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import type { Cadence, ItemKind, PlanStatus } from './contract.js';

/** One line of the plan; targets are always twelve monthly numbers (rules.ts spreads quarters). */
export type StoredPlanItem = { kind: ItemKind; name: string; matterCode: string | null; enterpriseIds: string[]; cadence: Cadence; targets: number[] };

// 年度监督检查计划: one per org and year. The items are edited as a whole while in draft, so they
// live in the row and change with its version.
export const annualPlan = pgTable(
  'annual_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    items: jsonb('items').$type<StoredPlanItem[]>().notNull().default([]),
    draftedBy: uuid('drafted_by').references(() => userAccount.id),
    /** Everyone who wrote the draft (creator and later editors): none of them may approve it. */
    editorIds: uuid('editor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
    publishedBy: uuid('published_by').references(() => userAccount.id),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    returnReason: text('return_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('annual_plan_org_year_idx').on(t.orgId, t.year)],
);
