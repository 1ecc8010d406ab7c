import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../orgs/schema.js';
import { enterprise } from '../registry/schema.js';

// 检查任务: one enterprise to inspect, by a team of officers. Draws, the annual plan's key list,
// tips and ad hoc decisions create them; the inspection record (现场检查) completes them.
export const INSPECTION_TASK_SOURCES = ['draw', 'plan', 'tip', 'adhoc'] as const;
export type InspectionTaskSource = (typeof INSPECTION_TASK_SOURCES)[number];
export const INSPECTION_TASK_STATUSES = ['assigned', 'inProgress', 'completed', 'cancelled'] as const;
export type InspectionTaskStatus = (typeof INSPECTION_TASK_STATUSES)[number];

export const inspectionTask = pgTable(
  'inspection_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull().references(() => org.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprise.id),
    source: text('source').$type<InspectionTaskSource>().notNull(),
    /** The draw, spot-check matter or plan the task comes from, when it comes from one. */
    drawId: uuid('draw_id'),
    matterCode: text('matter_code'),
    planId: uuid('plan_id'),
    /** Why an ad hoc or tip task was opened. */
    reason: text('reason'),
    officerIds: uuid('officer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').$type<InspectionTaskStatus>().notNull().default('assigned'),
    /** YYYY-MM-DD: the date the task is planned for (the draw's date, or the plan's month). */
    plannedOn: text('planned_on').notNull(),
    completedOn: text('completed_on'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
  },
  (t) => [
    index('inspection_task_org_idx').on(t.orgId, t.plannedOn),
    index('inspection_task_enterprise_idx').on(t.enterpriseId, t.plannedOn),
    index('inspection_task_draw_idx').on(t.drawId),
    index('inspection_task_plan_idx').on(t.planId),
    index('inspection_task_officers_idx').using('gin', t.officerIds).with({ fastupdate: false }),
  ],
);
