import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';

// 行政执法证: an officer may act only while a credential is valid.
export const credential = pgTable(
  'credential',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    number: text('number').notNull().unique(),
    issuer: text('issuer').notNull(),
    scope: text('scope').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('credential_user_idx').on(t.userId)],
);
