import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { org } from '../orgs/schema.js';

// An enterprise user's account names their enterprise, a table the registry module owns. The
// platform may not import a module, so the foreign key points at this key-only view of the
// table (not exported: drizzle-kit sees the reference by name, the registry's schema the table).
const enterprise = pgTable('enterprise', { id: uuid('id').primaryKey() });

export const userAccount = pgTable(
  'user_account',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    enterpriseId: uuid('enterprise_id').references(() => enterprise.id),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    status: text('status').notNull().default('active'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('user_account_org_idx').on(t.orgId)],
);

// Server-side sessions: the cookie carries a random token; only its digest is stored, so a
// leaked table cannot be replayed as cookies.
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccount.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
    endReason: text('end_reason'),
    ip: text('ip'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

// 安全审计: sign-ins, failures, locks, permission denials. Read by the auditAdmin alone.
export const securityEvent = pgTable(
  'security_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    kind: text('kind').notNull(),
    userId: uuid('user_id'),
    username: text('username'),
    ip: text('ip'),
    detail: jsonb('detail').notNull().default({}),
  },
  (t) => [index('security_event_at_idx').on(t.at), index('security_event_kind_idx').on(t.kind)],
);
