import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from '../registry/schema.js';
import type { FollowUpChannel, FollowUpState, Rating, SubjectKind } from './codes.js';

// 执法回访: one row per decision or closed hazard the sampling rule (rules.ts) drew, created in the
// transaction of the decision or the closure. The answers stay with the row; the people who handled
// the matter are kept with it, so none of them closes a problem the enterprise raised about them.
export const followUpVisit = pgTable(
  'follow_up_visit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    /** The penalty case or the hazard (the cases' or the inspections' key). */
    subjectId: uuid('subject_id').notNull(),
    /** How the follow-up names its subject: the decision number and the party, or the hazard. */
    subjectTitle: text('subject_title').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    /** The sampling line that drew it (rules.ts SAMPLING_RULE key) and its source, as drawn. */
    ruleKey: text('rule_key').notNull(),
    basis: text('basis').notNull(),
    /** YYYY-MM-DD (China): decided or closed, and the last day of the follow-up. */
    subjectOn: text('subject_on').notNull(),
    dueOn: text('due_on').notNull(),
    /** The officers who handled the matter (investigators; who found and who closed the hazard). */
    handlerIds: uuid('handler_ids').array().notNull().default(sql`'{}'::uuid[]`),
    state: text('state').$type<FollowUpState>().notNull().default('due'),
    channel: text('channel').$type<FollowUpChannel>(),
    fairness: text('fairness').$type<Rating>(),
    conduct: text('conduct').$type<Rating>(),
    satisfaction: text('satisfaction').$type<Rating>(),
    problems: text('problems'),
    /** Set on answering: any 不满意 or a problem written down. */
    problem: boolean('problem').notNull().default(false),
    /** Who answered at the enterprise (name and position), for a visit or a call. */
    respondent: text('respondent'),
    /** Why it could not be done (无法联系, 拒绝回访), or the officer's note. */
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => userAccount.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }),
    /** YYYY-MM-DD (China) answered: the figures count by it. */
    answeredOn: text('answered_on'),
    /** The legal office's handling of a problem. */
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by').references(() => userAccount.id),
    resolvedOn: text('resolved_on'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('follow_up_visit_subject_idx').on(t.subjectKind, t.subjectId),
    index('follow_up_visit_org_due_idx').on(t.orgId, t.dueOn),
    index('follow_up_visit_enterprise_idx').on(t.enterpriseId, t.state),
  ],
);
