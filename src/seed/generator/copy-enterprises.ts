import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { fieldsOf } from '../../modules/registry/bulk.js';
import { changedFields, type Changes } from '../../modules/registry/rules.js';
import { systemActor, type AppContext } from '../../platform/context.js';
import { canonicalJson, hash } from '../../platform/ledger/hash.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { breathe } from './chain.js';
import { copyRows, pgArray, type CopyValue } from './copy.js';
import { enterpriseBatches, type GeneratedRecord, type LoadOptions, type ScopeOrg, recordBatchLicences } from './load-enterprises.js';

// The province's half million through COPY instead of upsertEnterprises' INSERT … RETURNING
// per thousand. Only for new enterprises in an empty registry (a USCC already there makes the
// COPY fail on the unique index, and the batch rolls back): no lookup of existing rows, no
// updates. Everything else is as the bulk path leaves it: the enterprise row, its version-1
// revision with the whole record as `changes`, and one `enterprise.bulkUpserted` ledger entry
// per batch whose changesDigest is computed exactly as upsertEnterprises computes it.

const ENTERPRISE_COLUMNS = [
  'id',
  'uscc',
  'name',
  'legal_representative',
  'principal_person',
  'address',
  'region_code',
  'org_id',
  'industry_code',
  'size',
  'risk_grade',
  'key_categories',
  'standardization_grade',
  'status',
  'contacts',
  'version',
  'created_at',
  'updated_at',
];
const REVISION_COLUMNS = ['id', 'enterprise_id', 'version', 'at', 'actor_id', 'source', 'changes'];

export interface CopyBatchResult {
  created: number;
  changesDigest: string;
}

interface Prepared {
  enterprises: CopyValue[][];
  revisions: CopyValue[][];
  changesDigest: string;
  count: number;
  batch: readonly GeneratedRecord[];
}

/** The CPU half of a batch: rows, revisions and the digest over them. */
async function prepare(app: AppContext, batch: readonly GeneratedRecord[], source: string): Promise<Prepared> {
  const now = app.clock.now();
  const enterprises: CopyValue[][] = [];
  const revisions: CopyValue[][] = [];
  const leaves: [string, Buffer][] = [];
  for (const r of batch) {
    const id = randomUUID();
    const f = fieldsOf(r);
    enterprises.push([
      id,
      r.uscc,
      f.name,
      f.legalRepresentative,
      f.principalPerson,
      f.address,
      f.regionCode,
      f.orgId,
      f.industryCode,
      f.size,
      f.riskGrade,
      pgArray(f.keyCategories),
      f.standardizationGrade,
      f.status,
      f.contacts,
      1,
      now,
      now,
    ]);
    const changes: Changes = changedFields(null, f);
    revisions.push([randomUUID(), id, 1, now, systemActor.userId, source, changes]);
    leaves.push([r.uscc, hash(app.hashAlg, canonicalJson([r.uscc, 1, changes]))]);
    // Lets the previous batch's COPY stream on while this one is built.
    if (enterprises.length % 500 === 0) await breathe();
  }
  leaves.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const digest = createHash(app.hashAlg);
  for (const [, d] of leaves) digest.update(d);
  return { enterprises, revisions, changesDigest: digest.digest('hex'), count: batch.length, batch };
}

/** The database half: rows, revisions and the batch's ledger entry in one transaction. */
async function commit(app: AppContext, scope: ScopeOrg, p: Prepared, source: string): Promise<CopyBatchResult> {
  await app.db.transaction(async (tx) => {
    await copyRows(tx, 'enterprise', ENTERPRISE_COLUMNS, p.enterprises);
    await copyRows(tx, 'enterprise_revision', REVISION_COLUMNS, p.revisions);
    // The same entry, action and payload shape as upsertEnterprises writes for a batch of new rows.
    await appendEntry(tx, app, {
      orgId: scope.id,
      actorId: systemActor.userId,
      action: 'enterprise.bulkUpserted',
      subjectType: 'org',
      subjectId: scope.id,
      payload: { source, created: p.count, updated: 0, unchanged: 0, changesDigest: p.changesDigest, records: p.count },
    });
    await recordBatchLicences(tx, app, scope, p.batch, source);
  });
  return { created: p.count, changesDigest: p.changesDigest };
}

/** One batch of new enterprises with their revisions and the batch's ledger entry, in one transaction. */
export async function copyBatch(app: AppContext, scope: ScopeOrg, batch: readonly GeneratedRecord[], source: string): Promise<CopyBatchResult> {
  return commit(app, scope, await prepare(app, batch, source), source);
}

/**
 * Generates and copies `count` new enterprises in the org's area, 20 000 per transaction. The
 * next batch is built and hashed while the last one is written.
 */
export async function copyEnterprises(app: AppContext, scope: ScopeOrg, opts: LoadOptions): Promise<{ created: number }> {
  const source = `generator:${opts.seed}`;
  let created = 0;
  let pending: Promise<unknown> | null = null;
  try {
    for await (const batch of enterpriseBatches(app, scope, opts)) {
      const p = await prepare(app, batch, source);
      if (pending) await pending;
      const next: Promise<unknown> = commit(app, scope, p, source).then((r) => {
        created += r.created;
        opts.onProgress?.(created, opts.count);
      });
      next.catch(() => undefined);
      pending = next;
    }
  } finally {
    if (pending) await pending;
  }
  return { created };
}
