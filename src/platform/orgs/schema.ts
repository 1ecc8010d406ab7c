import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid, bigint } from 'drizzle-orm/pg-core';

// One tree, ministry → province → city → county → township. `path` is the chain of ids from the
// root ("/a/b/c/"), so "the user's subtree" is a prefix match that any index can serve.
export const org = pgTable(
  'org',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    level: text('level').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    regionCode: text('region_code').notNull(),
    path: text('path').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('org_parent_idx').on(t.parentId),
    index('org_path_idx').on(t.path),
    check('org_level_chk', sql`${t.level} in ('ministry','province','city','county','township')`),
  ],
);

// 执法委托: an org acts in another's name within a fine ceiling (行政处罚法 第二十条).
export const delegation = pgTable(
  'delegation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    delegatingOrgId: uuid('delegating_org_id')
      .notNull()
      .references(() => org.id),
    delegateOrgId: uuid('delegate_org_id')
      .notNull()
      .references(() => org.id),
    fineCeiling: bigint('fine_ceiling', { mode: 'number' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    legalBasis: text('legal_basis').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('delegation_delegate_idx').on(t.delegateOrgId), check('delegation_ceiling_chk', sql`${t.fineCeiling} >= 0`)],
);
