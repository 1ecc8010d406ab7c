import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import type { BenchmarkGrade } from './benchmark.js';
import type { ChecklistContent, MatterContent, PowerItemContent } from './lists.js';
import type { CheckItem } from './standards/types.js';

// 自由裁量基准 adopted by an org (a province's benchmark, a city's refinement), one row per
// version. The statute and the built-in default split live in code (law/); only what an org
// decides is stored. A new version closes the previous one the day before it takes effect.
export const discretionBenchmark = pgTable(
  'discretion_benchmark',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationTypeCode: text('violation_type_code').notNull(),
    stage: text('stage').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    grades: jsonb('grades').$type<BenchmarkGrade[]>().notNull(),
    /** The normative document that adopted it (文件名称及文号). */
    basisDocument: text('basis_document').notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('discretion_benchmark_lookup_idx').on(t.violationTypeCode, t.orgId, t.effectiveFrom)],
);

// An org's own 检查表 and 权责清单 entries. The built-in lists stay in code (standards/); a row here
// either replaces the entry of the same code for the org and its subtree, withdraws it there
// (`withdrawn`, never deleted: a power not delegated to a township is still on record), or adds an
// entry of the org's own, whose code starts with the org's region code so that no two orgs collide.
// Content columns hold the entry as it reads in force; every version is kept in the revision table.
const listEntryColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id')
    .notNull()
    .references(() => org.id),
  code: text('code').notNull(),
  withdrawn: boolean('withdrawn').notNull().default(false),
  withdrawnReason: text('withdrawn_reason'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => userAccount.id),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

const revisionColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorId: uuid('actor_id').references(() => userAccount.id),
  /** saved | withdrawn */
  action: text('action').notNull(),
  withdrawn: boolean('withdrawn').notNull(),
  reason: text('reason'),
});

export const orgChecklist = pgTable(
  'org_checklist',
  {
    ...listEntryColumns(),
    title: text('title').notNull(),
    scope: text('scope').notNull(),
    items: jsonb('items').$type<CheckItem[]>().notNull(),
  },
  (t) => [uniqueIndex('org_checklist_org_code_idx').on(t.orgId, t.code)],
);

/** Each version of an org's checklist, in full: what an inspection used on a given day can be shown. */
export const orgChecklistRevision = pgTable(
  'org_checklist_revision',
  {
    ...revisionColumns(),
    checklistId: uuid('checklist_id')
      .notNull()
      .references(() => orgChecklist.id),
    content: jsonb('content').$type<ChecklistContent>().notNull(),
  },
  (t) => [uniqueIndex('org_checklist_revision_version_idx').on(t.checklistId, t.version)],
);

export const orgPowerItem = pgTable(
  'org_power_item',
  {
    ...listEntryColumns(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    basis: text('basis').notNull(),
    subject: text('subject').notNull(),
    responsibilities: text('responsibilities'),
    accountability: text('accountability'),
    matters: jsonb('matters').$type<MatterContent[]>().notNull(),
  },
  (t) => [uniqueIndex('org_power_item_org_code_idx').on(t.orgId, t.code)],
);

export const orgPowerItemRevision = pgTable(
  'org_power_item_revision',
  {
    ...revisionColumns(),
    powerItemId: uuid('power_item_id')
      .notNull()
      .references(() => orgPowerItem.id),
    content: jsonb('content').$type<PowerItemContent>().notNull(),
  },
  (t) => [uniqueIndex('org_power_item_revision_version_idx').on(t.powerItemId, t.version)],
);
