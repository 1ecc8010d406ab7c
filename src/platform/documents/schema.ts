import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../auth/schema.js';
import { org } from '../orgs/schema.js';

// The last serial given per org, type and year. It is raised inside the transaction that
// issues the instrument, so a rolled-back issue gives its serial back and no gap appears.
export const instrumentCounter = pgTable(
  'instrument_counter',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.type, t.year] })],
);

// Every number ever given, with what it was given to; voiding keeps the row and its number.
export const instrumentNumber = pgTable(
  'instrument_number',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    number: text('number').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull(),
    issuedBy: uuid('issued_by').references(() => userAccount.id),
    voidedAt: timestamp('voided_at', { withTimezone: true, mode: 'date' }),
    voidReason: text('void_reason'),
  },
  (t) => [
    uniqueIndex('instrument_number_serial_idx').on(t.orgId, t.type, t.year, t.serial),
    uniqueIndex('instrument_number_text_idx').on(t.number),
    index('instrument_number_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
