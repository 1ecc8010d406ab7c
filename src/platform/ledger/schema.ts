import { bigint, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { SIG_SCHEME } from './sm2.js';

// 执法全过程记录. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (see migrations).
export const ledgerEntry = pgTable(
  'ledger_entry',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    orgId: uuid('org_id'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    payload: jsonb('payload').notNull(),
    payloadDigest: text('payload_digest').notNull(),
    prevHash: text('prev_hash').notNull(),
    entryHash: text('entry_hash').notNull(),
    alg: text('alg').notNull(),
  },
  (t) => [index('ledger_entry_org_idx').on(t.orgId, t.seq), index('ledger_entry_subject_idx').on(t.subjectType, t.subjectId)],
);

// The chain's head: appends lock this one row, which serialises them so each entry links to
// the one before it even under concurrent transactions.
export const ledgerHead = pgTable('ledger_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export const ledgerKey = pgTable('ledger_key', {
  keyId: text('key_id').primaryKey(),
  alg: text('alg').notNull(),
  publicKeyPem: text('public_key_pem').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

// A signed Merkle root over the first `treeSize` entry hashes. `frontier` lets the next
// checkpoint extend the tree without rehashing every leaf. `sigScheme` names the SM2
// distinguishing ID the signature was made with (sm2.ts); rows from before migration 0022 hold
// 'sm2-empty-id'. The default keeps raw writers (the seed generator's COPY) on the current scheme.
export const ledgerCheckpoint = pgTable('ledger_checkpoint', {
  id: serial('id').primaryKey(),
  treeSize: bigint('tree_size', { mode: 'number' }).notNull().unique(),
  rootHash: text('root_hash').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  alg: text('alg').notNull(),
  keyId: text('key_id')
    .notNull()
    .references(() => ledgerKey.keyId),
  signature: text('signature').notNull(),
  sigScheme: text('sig_scheme').notNull().default(SIG_SCHEME),
  frontier: jsonb('frontier').notNull(),
});

// Roots of the checkpointed tree's perfect subtrees of 2^8 leaves and more (subtrees.ts), written
// as checkpoints complete them: an inclusion or consistency proof then reads a few dozen of these
// and at most two runs of 256 entry hashes instead of every leaf (issue 22). Derived data: a
// wrong row makes a proof fail against the signed root, never pass.
export const ledgerSubtree = pgTable(
  'ledger_subtree',
  {
    alg: text('alg').notNull(),
    level: smallint('level').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.alg, t.level, t.idx] })],
);
