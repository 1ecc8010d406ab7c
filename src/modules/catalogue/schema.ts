import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../orgs/schema.js';
import type { BenchmarkGrade } from './benchmark.js';

// 自由裁量基准 adopted by an org (a province's benchmark, a city's refinement), one row per
// version. The statute and the built-in default split live in code (data/); only what an org
// decides is stored. A new version closes the previous one the day before it takes effect.
export const discretionBenchmark = pgTable(
  'discretion_benchmark',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationTypeCode: text('violation_type_code').notNull(),
    stage: text('stage').notNull(),
    orgId: uuid('org_id').notNull().references(() => org.id),
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
