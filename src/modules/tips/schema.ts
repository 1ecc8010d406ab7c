import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { bytea } from '../../platform/db/columns.js';
import { org } from '../../platform/orgs/schema.js';
import type { TipChannel, TipKind, TipState } from './contract.js';

// 举报、投诉. Who tipped is never stored in the clear: `identity` is sealed with a key kept outside
// the database (platform/crypto/seal.ts), and the address a portal tip came from only as a keyed
// digest, enough to limit submissions per address and nothing more.
export const tip = pgTable(
  'tip',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    receipt: text('receipt').notNull(),
    /** SM3 of the secret handed out with the receipt. */
    secretDigest: text('secret_digest').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    kind: text('kind').$type<TipKind>().notNull(),
    channel: text('channel').$type<TipChannel>().notNull(),
    state: text('state').$type<TipState>().notNull().default('received'),
    subjectName: text('subject_name').notNull(),
    address: text('address'),
    content: text('content').notNull(),
    /** Sealed JSON {name, phone}; null for an anonymous tip. */
    identity: bytea('identity'),
    anonymous: boolean('anonymous').notNull(),
    /** Groups the tips of one matter (rules.ts matterKey) within the bureau. */
    matterKey: text('matter_key').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptBy: text('accept_by').notNull(),
    /** Keyed digest of the submitting address (portal only). */
    sourceDigest: text('source_digest'),
    recordedBy: uuid('recorded_by').references(() => userAccount.id),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    /** What the tipster is told. */
    reply: text('reply'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('tip_receipt_idx').on(t.receipt),
    index('tip_org_received_idx').on(t.orgId, t.receivedAt),
    index('tip_matter_idx').on(t.orgId, t.matterKey),
    index('tip_source_idx').on(t.sourceDigest, t.receivedAt),
  ],
);
