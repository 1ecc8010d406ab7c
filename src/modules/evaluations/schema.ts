import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { penaltyCase } from '../cases/schema.js';
import type { BeaconSpec } from '../draws/beacon.js';
import type { FileState, Grade, RoundState } from './codes.js';
import type { EvaluationPool } from './draw.js';
import type { CaseHandlers } from './rules.js';

// 案卷评查: a superior org's round over the case files of its subordinate orgs. The round is
// announced with its pool (the closed and archived cases of the period, per org) and parameters
// fixed by digest and the commitment to a secret in the ledger, then drawn with the public
// beacon's value (the draws module's commit–reveal, draw.ts here); each drawn file is scored by an
// evaluator who did not handle it, its result notified to the org, which answers with its
// corrections; the round closes with its 优秀案卷 chosen.

/** One deduction as scored: the standard's rule, how many times it applies, what the evaluator saw. */
export interface Deduction {
  ruleCode: string;
  times: number;
  note: string;
}

export const evaluationRound = pgTable(
  'evaluation_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The org that runs the round (上级机关). */
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    name: text('name').notNull(),
    /** The cases closed (批准结案) within [periodFrom, periodTo], China days. */
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    /** The subordinate orgs evaluated (each with its subtree). */
    orgIds: uuid('org_ids').array().notNull(),
    /** Files per org: a number, or a share in percent (rounded up); exactly one is set. */
    perOrg: integer('per_org'),
    sharePercent: integer('share_percent'),
    alg: text('alg').notNull(),
    beacon: jsonb('beacon').$type<BeaconSpec>().notNull(),
    pool: jsonb('pool').$type<EvaluationPool>().notNull(),
    poolDigest: text('pool_digest').notNull(),
    paramsDigest: text('params_digest').notNull(),
    commitment: text('commitment').notNull(),
    /** Kept secret until the draw, then published with the result. */
    secret: text('secret').notNull(),
    beaconValue: text('beacon_value'),
    seed: text('seed'),
    state: text('state').$type<RoundState>().notNull().default('announced'),
    drawnAt: timestamp('drawn_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    summary: text('summary'),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('evaluation_round_org_idx').on(t.orgId, t.createdAt)],
);

export const evaluationFile = pgTable(
  'evaluation_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCase.id),
    /** The case's org (the one notified and answering). */
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    position: integer('position').notNull(),
    /** As the case stood when drawn. */
    partyName: text('party_name').notNull(),
    decisionNumber: text('decision_number'),
    closedOn: text('closed_on'),
    /** Who handled the case, by duty (platform/duties.ts caseFile.evaluate): none of them scores it. */
    handlers: jsonb('handlers').$type<CaseHandlers>().notNull(),
    state: text('state').$type<FileState>().notNull().default('drawn'),
    evaluatorId: uuid('evaluator_id').references(() => userAccount.id),
    deductions: jsonb('deductions').$type<Deduction[]>().notNull().default(sql`'[]'::jsonb`),
    score: integer('score'),
    grade: text('grade').$type<Grade>(),
    /** Defects (问题) found: the number of deductions. */
    defectCount: integer('defect_count').notNull().default(0),
    comment: text('comment'),
    scoredAt: timestamp('scored_at', { withTimezone: true, mode: 'date' }),
    noticeNumber: text('notice_number'),
    notifiedAt: timestamp('notified_at', { withTimezone: true, mode: 'date' }),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => userAccount.id),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
    excellent: boolean('excellent').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('evaluation_file_round_case_idx').on(t.roundId, t.caseId), index('evaluation_file_org_idx').on(t.orgId)],
);
