import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { canonicalJson, hash } from '../../platform/ledger/hash.js';
import { appendEntry } from '../../platform/ledger/service.js';
import type { EnterpriseIn } from './contract.js';
import { changedFields, type Changes } from './rules.js';
import { enterprise, enterpriseRevision } from './schema.js';

export type BulkRecord = Omit<EnterpriseIn, 'orgId'> & { orgId: string };
export interface BulkResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Digest over every revision written, so the one ledger entry vouches for all of them. */
  changesDigest: string;
}

const CHUNK = 1000;

/** The tracked fields of a record: a new record's revision `changes`, hence the batch digest. */
export const fieldsOf = (r: BulkRecord) => ({
  name: r.name,
  legalRepresentative: r.legalRepresentative,
  principalPerson: r.principalPerson,
  address: r.address,
  regionCode: r.regionCode,
  orgId: r.orgId,
  industryCode: r.industryCode,
  size: r.size,
  riskGrade: r.riskGrade,
  keyCategories: r.keyCategories,
  standardizationGrade: r.standardizationGrade,
  status: r.status,
  contacts: r.contacts,
});

/**
 * Creates or updates many enterprises, keyed by USCC, inside the caller's transaction: a record
 * equal to the stored one changes nothing (re-importing a file is idempotent), a different one
 * becomes a new version with its revision. One ledger entry records the batch; its
 * `changesDigest` = H(H(c₁) ‖ H(c₂) ‖ …) over canonical [uscc, version, changes] of each revision
 * in USCC order (docs/ledger.md), so any later edit of a revision row is detectable.
 */
export async function upsertEnterprises(
  tx: Tx,
  app: Pick<AppContext, 'clock' | 'hashAlg'>,
  actor: Actor,
  records: readonly BulkRecord[],
  ledger: { orgId: string | null; source: string; subjectType: string; subjectId: string; payload?: Record<string, unknown> },
  onProgress?: (done: number) => void,
): Promise<BulkResult> {
  const now = app.clock.now();
  const leaves: [string, Buffer][] = [];
  const result = { created: 0, updated: 0, unchanged: 0 };
  const leaf = (uscc: string, version: number, changes: Changes) => leaves.push([uscc, hash(app.hashAlg, canonicalJson([uscc, version, changes]))]);
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    const existing = new Map(
      (
        await tx
          .select()
          .from(enterprise)
          .where(
            inArray(
              enterprise.uscc,
              chunk.map((r) => r.uscc),
            ),
          )
      ).map((e) => [e.uscc, e]),
    );
    const fresh = chunk.filter((r) => !existing.has(r.uscc));
    const revisions: (typeof enterpriseRevision.$inferInsert)[] = [];
    if (fresh.length) {
      const ids = await tx
        .insert(enterprise)
        .values(fresh.map((r) => ({ uscc: r.uscc, ...fieldsOf(r), createdAt: now, updatedAt: now })))
        .returning({ id: enterprise.id, uscc: enterprise.uscc });
      const idOf = new Map(ids.map((x) => [x.uscc, x.id]));
      for (const r of fresh) {
        const changes = changedFields(null, fieldsOf(r));
        revisions.push({ enterpriseId: idOf.get(r.uscc)!, version: 1, at: now, actorId: actor.userId, source: ledger.source, changes });
        leaf(r.uscc, 1, changes);
      }
      result.created += fresh.length;
    }
    for (const r of chunk) {
      const before = existing.get(r.uscc);
      if (!before) continue;
      const changes = changedFields(before, fieldsOf(r));
      if (Object.keys(changes).length === 0) {
        result.unchanged++;
        continue;
      }
      const version = before.version + 1;
      await tx
        .update(enterprise)
        .set({ ...fieldsOf(r), version, updatedAt: now })
        .where(and(eq(enterprise.id, before.id), eq(enterprise.version, before.version)));
      revisions.push({ enterpriseId: before.id, version, at: now, actorId: actor.userId, source: ledger.source, changes });
      leaf(r.uscc, version, changes);
      result.updated++;
    }
    if (revisions.length) await tx.insert(enterpriseRevision).values(revisions);
    onProgress?.(Math.min(i + CHUNK, records.length));
  }
  leaves.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Fed leaf by leaf: half a million arguments would overflow a spread call.
  const digest = createHash(app.hashAlg);
  for (const [, d] of leaves) digest.update(d);
  const changesDigest = digest.digest('hex');
  // Recorded even when nothing changed: that a batch was confirmed is itself an act.
  await appendEntry(tx, app, {
    orgId: ledger.orgId,
    actorId: actor.userId,
    action: 'enterprise.bulkUpserted',
    subjectType: ledger.subjectType,
    subjectId: ledger.subjectId,
    payload: { source: ledger.source, ...result, changesDigest, ...ledger.payload },
  });
  return { ...result, changesDigest };
}
