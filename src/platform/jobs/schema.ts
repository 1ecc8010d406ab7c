import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// A run of a scheduled job, keyed by job and day: the unique key makes a second run of the same
// day a no-op, and a restart reads what already ran from here rather than from a timer.
export const scheduledJobRun = pgTable(
  'scheduled_job_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    job: text('job').notNull(),
    runKey: text('run_key').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [uniqueIndex('scheduled_job_run_key_idx').on(t.job, t.runKey)],
);
