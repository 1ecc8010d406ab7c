import { upsertEnterprises, type BulkRecord, type BulkResult } from '../../modules/registry/bulk.js';
import { regionCandidates } from '../../modules/registry/rules.js';
import { orgsByRegion } from '../../modules/registry/service.js';
import { systemActor, type AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { recordLicencesInBulk } from '../../modules/licensing/recorded-licences.js';
import { enterpriseBuilder, type GeneratedEnterprise, type GeneratedLicence } from './enterprises.js';
import { regionPrefix, townshipsUnder } from './regions.js';

/** An enterprise record for the registry's bulk path, with the licences it holds from elsewhere (for the licence register). */
export type GeneratedRecord = BulkRecord & { licences?: GeneratedLicence[] };

/** The batch's licences, for the licence register (licensing recorded-licences.ts), in the caller's transaction. */
export function recordBatchLicences(
  tx: Parameters<typeof recordLicencesInBulk>[0],
  app: AppContext,
  scope: ScopeOrg,
  batch: readonly GeneratedRecord[],
  source: string,
) {
  const rows = batch.flatMap((r) => (r.licences ?? []).map((l) => ({ uscc: r.uscc, kind: l.kind, licenceNo: l.number, validTo: l.validTo })));
  return rows.length === 0 ? 0 : recordLicencesInBulk(tx, app, rows, { orgId: scope.id, actorId: null, source });
}

export interface ScopeOrg {
  id: string;
  path: string;
  regionCode: string;
}

export const DEMO_ENTERPRISE_SEED = 421200;
/** Enterprises per transaction: one ledger entry vouches for each batch (a 20k-row file). */
export const LOAD_CHUNK = 20_000;

/**
 * 分级属地监管: large or major-risk enterprises are supervised by the city bureau, medium or
 * high-risk ones by the county, the rest by their township; each falls back to the nearest org
 * that exists above or below that tier.
 */
export function supervisorFor<R>(byRegion: Map<string, R>, e: Pick<GeneratedEnterprise, 'regionCode' | 'size' | 'riskGrade'>): R | undefined {
  const candidates = regionCandidates(e.regionCode);
  const tier =
    e.size === 'large' || e.riskGrade === 'major'
      ? `${e.regionCode.slice(0, 4)}00`
      : e.size === 'medium' || e.riskGrade === 'high'
        ? e.regionCode.slice(0, 6)
        : null;
  const from = tier ? Math.max(0, candidates.indexOf(tier)) : 0;
  for (const code of [...candidates.slice(from), ...candidates.slice(0, from)]) {
    const found = byRegion.get(code);
    if (found) return found;
  }
  return undefined;
}

export interface LoadOptions {
  count: number;
  seed: number;
  /** First serial; serials (and so USCCs) of different loads into one database must not overlap. */
  firstSerial?: number;
  /** Date licence expiry is drawn around; defaults to today in China by the app's clock. */
  today?: string;
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Record batches for the org's area, with their supervising orgs: built lazily, one chunk at a
 * time, so a province's half million never sit in memory together.
 */
export async function* enterpriseBatches(app: AppContext, scope: ScopeOrg, opts: LoadOptions): AsyncGenerator<GeneratedRecord[]> {
  const townships = townshipsUnder(regionPrefix(scope.regionCode));
  const build = enterpriseBuilder({ seed: opts.seed, townships, today: opts.today ?? chinaDate(app.clock.now()) });
  const byRegion = await orgsByRegion(app.db, { ...systemActor, orgPath: scope.path });
  const first = opts.firstSerial ?? 0;
  const chunk = opts.chunk ?? LOAD_CHUNK;
  for (let start = 0; start < opts.count; start += chunk) {
    const batch: GeneratedRecord[] = [];
    for (let i = start; i < Math.min(start + chunk, opts.count); i++) {
      const e = build(first + i);
      const owner = supervisorFor(byRegion, e);
      if (!owner) throw new Error(`no org supervises region ${e.regionCode}`);
      batch.push({ ...e, orgId: owner.id });
    }
    yield batch;
  }
}

/** Writes one batch through the registry's bulk path (one transaction, revisions, one ledger entry), and its licences into the register. */
export function upsertBatch(app: AppContext, scope: ScopeOrg, batch: GeneratedRecord[], source: string): Promise<BulkResult> {
  return app.db.transaction(async (tx) => {
    const r = await upsertEnterprises(tx, app, systemActor, batch, {
      orgId: scope.id,
      source,
      subjectType: 'org',
      subjectId: scope.id,
      payload: { records: batch.length },
    });
    await recordBatchLicences(tx, app, scope, batch, source);
    return r;
  });
}

/** Generates and loads `count` enterprises in the org's area; idempotent for the same seed and serials. */
export async function loadEnterprises(app: AppContext, scope: ScopeOrg, opts: LoadOptions) {
  const total = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  for await (const batch of enterpriseBatches(app, scope, opts)) {
    const r = await upsertBatch(app, scope, batch, `generator:${opts.seed}`);
    total.created += r.created;
    total.updated += r.updated;
    total.unchanged += r.unchanged;
    done += batch.length;
    opts.onProgress?.(done, opts.count);
  }
  return total;
}

/**
 * The demo city's registry: 15 000 enterprises across its counties and townships, the same on
 * every start. Call after the org tree exists, e.g. `await demoEnterprises(app, city)` with the
 * 咸宁市应急管理局 org that seedDemo creates.
 */
export function demoEnterprises(app: AppContext, city: ScopeOrg, opts: Partial<LoadOptions> = {}) {
  return loadEnterprises(app, city, { count: 15_000, seed: DEMO_ENTERPRISE_SEED, ...opts });
}
