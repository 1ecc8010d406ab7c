import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { bytea } from '../../platform/db/columns.js';
import { org } from '../../platform/orgs/schema.js';
import type { KeyCategory, RiskGrade } from '../registry/contract.js';
import type { DrawParams } from './params.js';
import type { DrawResult, Withdrawal, RedrawRecord } from './rules.js';

/** A saved filter over the registry: the 检查对象名录库 of a spot-check matter. */
export interface TargetFilter {
  regionPrefix?: string;
  industryPrefix?: string;
  riskGrades?: RiskGrade[];
  keyCategories?: KeyCategory[];
}

import type { StrataBy } from './contract.js';

export { STRATA_BY, type StrataBy } from './contract.js';

// 随机抽查事项清单: what is checked, on what legal basis, with which checklist, how often and
// in what proportion. One row per org and code; edits bump the version.
export const spotCheckMatter = pgTable(
  'spot_check_matter',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    legalBasis: text('legal_basis').notNull(),
    checklistCode: text('checklist_code').notNull(),
    /** The share of the target pool drawn each round, in permille (50 = 5%). */
    ratioPermille: integer('ratio_permille').notNull(),
    frequency: text('frequency').notNull(),
    targetFilter: jsonb('target_filter').$type<TargetFilter>().notNull(),
    strataBy: text('strata_by').$type<StrataBy>().notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('spot_check_matter_code_idx').on(t.orgId, t.code)],
);

export const DRAW_STATUSES = ['announced', 'drawn', 'cancelled'] as const;
export type DrawStatus = (typeof DRAW_STATUSES)[number];

// One 双随机 draw. Announced: pool snapshot, parameters and commitment fixed and in the ledger.
// Drawn: beacon and secret revealed, result computed, tasks created, result public.
export const draw = pgTable(
  'draw',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => spotCheckMatter.id),
    planId: uuid('plan_id'),
    name: text('name').notNull(),
    status: text('status').$type<DrawStatus>().notNull(),
    params: jsonb('params').$type<DrawParams>().notNull(),
    snapshotDigest: text('snapshot_digest').notNull(),
    paramsDigest: text('params_digest').notNull(),
    commitment: text('commitment').notNull(),
    /** Kept from the public until the draw is made (seed.ts explains why that is safe). */
    secret: text('secret').notNull(),
    beacon: text('beacon'),
    result: jsonb('result').$type<DrawResult>(),
    announcedAt: timestamp('announced_at', { withTimezone: true, mode: 'date' }).notNull(),
    announcedBy: uuid('announced_by').references(() => userAccount.id),
    announceSeq: bigint('announce_seq', { mode: 'number' }).notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true, mode: 'date' }),
    drawnBy: uuid('drawn_by').references(() => userAccount.id),
    drawSeq: bigint('draw_seq', { mode: 'number' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('draw_org_idx').on(t.orgId, t.announcedAt)],
);

// The pool snapshot as published: gzip of its canonical JSON, whose digest the draw committed to.
export const drawSnapshot = pgTable('draw_snapshot', {
  drawId: uuid('draw_id')
    .primaryKey()
    .references(() => draw.id),
  content: bytea('content').notNull(),
  enterpriseCount: integer('enterprise_count').notNull(),
  officerCount: integer('officer_count').notNull(),
});

// Each withdrawal and the re-draw it caused, in order: replayDraw() recomputes them.
export const drawWithdrawal = pgTable(
  'draw_withdrawal',
  {
    drawId: uuid('draw_id')
      .notNull()
      .references(() => draw.id),
    seq: integer('seq').notNull(),
    withdrawal: jsonb('withdrawal').$type<Withdrawal>().notNull(),
    record: jsonb('record').$type<RedrawRecord>().notNull(),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.seq] })],
);
