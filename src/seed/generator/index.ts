import { count, sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/password.js';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { createCheckpoint, headSeq } from '../../platform/ledger/service.js';
import { findOrgByRegionCode } from '../../platform/orgs/service.js';
import { enterprise } from '../../modules/registry/schema.js';
import { userAccount } from '../../platform/auth/schema.js';
import { DEMO_PASSWORD, seedDemo } from '../demo.js';
import { extendLedger } from './ledger.js';
import { generateActivity, type ActivityResult } from './activity.js';
import { copyEnterprises } from './copy-enterprises.js';
import { deferIndexes } from './indexes.js';
import { DEMO_ENTERPRISE_SEED, loadEnterprises, type ScopeOrg } from './load-enterprises.js';
import { seedProvinceOrgs } from './orgs.js';
import { loadOfficers, officerPlan, type PlannedPerson } from './people.js';
import type { OrgLevel } from '../../platform/orgs/contract.js';

export { demoEnterprises, loadEnterprises, enterpriseBatches, upsertBatch, supervisorFor, type ScopeOrg } from './load-enterprises.js';
export { enterpriseBuilder, usccFor, RISK_MIX, type GeneratedEnterprise } from './enterprises.js';
export { extendLedger } from './ledger.js';
export { copyEnterprises, copyBatch } from './copy-enterprises.js';
export { generateActivity, type ActivityResult } from './activity.js';
export { officerPlan, loadOfficers } from './people.js';
export { seedProvinceOrgs } from './orgs.js';

/** The tables the province generator fills by the million. */
const BULK_TABLES = ['enterprise', 'enterprise_revision', 'inspection_task', 'inspection_record', 'hazard', 'penalty_case', 'case_event', 'ledger_entry'];

export const SIZE_NAMES = ['demo', 'province'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export interface SizeProfile {
  enterprises: number;
  /** Bureau staff; the demo's come from seedDemo (咸宁市, 63 accounts). */
  officers: number;
  /** Ledger head to reach with synthetic entries after the domain data is in. */
  ledgerEntries: number;
  /** One year of activity (generateActivity): inspection tasks with records, and penalty cases. */
  inspections: number;
  cases: number;
}

export const SIZES: Record<SizeName, SizeProfile> = {
  demo: { enterprises: 15_000, officers: 63, ledgerEntries: 100_000, inspections: 30_000, cases: 6_000 },
  province: { enterprises: 500_000, officers: 5_000, ledgerEntries: 10_000_000, inspections: 1_000_000, cases: 200_000 },
};

export interface GenerateOptions {
  size: SizeName;
  seed?: number;
  /** Also grow the ledger to the profile's size (skipped when no scenario needs it). */
  ledger?: boolean;
  /**
   * Also generate a year of activity (plans, inspections, hazards, cases). Opt-in: the first
   * `npm start` seeds the demo without it, and benchmarks ask for it when a scenario reads it.
   */
  activity?: boolean;
  /**
   * How the province's enterprises go in: 'copy' (COPY with the same rows, revisions and batch
   * ledger entries; the default) or 'bulk' (upsertEnterprises, what an import does).
   */
  enterprisesVia?: 'copy' | 'bulk';
  /** Province only: load into empty tables without their secondary indexes and build them after (default true). */
  deferIndexes?: boolean;
  /** Smaller or larger counts than the profile's, e.g. for tests. */
  override?: Partial<SizeProfile>;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface GeneratedWorld {
  size: SizeName;
  seed: number;
  /** The org whose area holds the enterprises (the city for demo, the province otherwise). */
  scope: ScopeOrg;
  /** A city bureau and one of its officers, for API benchmarks. */
  city: ScopeOrg;
  officer: { username: string; password: string };
  counts: { people: number; enterprises: number; ledgerEntries: number };
  activity: ActivityResult | null;
  seconds: Record<string, number>;
}

const BREADTH: Record<OrgLevel, number> = { province: 1, city: 2, county: 3, township: 4, ministry: 5 };

/**
 * Whom API benchmarks sign in as: an officer of the city bureau, who sees the whole city. A
 * scaled-down plan may staff the bureau with only its head and a reviewer, or nobody; then the
 * account of the widest subtree (any business role reads the registry), because the first
 * officer in the plan may be a township's, whose dozen enterprises match no benchmark search.
 */
function benchUser(plan: readonly PlannedPerson[], cityId: string, levelOf: ReadonlyMap<string, OrgLevel>): PlannedPerson | undefined {
  const rank = (p: PlannedPerson) => (p.orgId === cityId ? 0 : BREADTH[levelOf.get(p.orgId) ?? 'township']) * 2 + (p.roles.includes('officer') ? 0 : 1);
  return plan.reduce<PlannedPerson | undefined>((best, p) => (best && rank(best) <= rank(p) ? best : p), undefined);
}

async function timed<T>(seconds: Record<string, number>, step: string, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await f();
  seconds[step] = (performance.now() - t) / 1000;
  return r;
}

/**
 * Fills an empty, migrated database with a world of the given size, deterministic in the seed
 * and today's date (UUIDs aside, which the database draws): orgs, staff with credentials,
 * enterprises through the registry's bulk path, and optionally a long ledger. Every write keeps
 * the chain valid.
 */
export async function generate(app: AppContext, opts: GenerateOptions): Promise<GeneratedWorld> {
  const profile = { ...SIZES[opts.size], ...opts.override };
  const seed = opts.seed ?? DEMO_ENTERPRISE_SEED;
  const seconds: Record<string, number> = {};
  const progress = (step: string) => (done: number, total: number) => opts.onProgress?.(step, done, total);
  let scope: ScopeOrg;
  let city: ScopeOrg;
  let officer: GeneratedWorld['officer'];
  if (opts.size === 'demo') {
    await timed(seconds, 'orgs+people+enterprises', () => seedDemo(app, { enterprises: profile.enterprises, seed, year: false }));
    city = scope = (await findOrgByRegionCode(app.db, '421200'))!;
    // seedDemo's accounts must change their password at first sign-in; the benchmark does so.
    officer = { username: 'xn.officer1', password: DEMO_PASSWORD };
  } else {
    const orgs = await timed(seconds, 'orgs', () => seedProvinceOrgs(app));
    scope = orgs.province;
    city = orgs.cities.find((c) => c.regionCode === '421200') ?? orgs.cities[0];
    const all = [orgs.province, ...orgs.cities, ...orgs.counties, ...orgs.townships];
    const plan = officerPlan(seed, all, profile.officers, chinaDate(app.clock.now()));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await timed(seconds, 'people', () => loadOfficers(app, plan, passwordHash, progress('people')));
    const chosen = benchUser(plan, city.id, new Map(all.map((o) => [o.id, o.level])));
    if (!chosen) throw new Error('the officer plan has nobody to sign in as');
    officer = { username: chosen.username, password: DEMO_PASSWORD };
  }
  // The demo seed loads its own enterprises; only the province world still needs them here.
  const [{ n: existing }] = await app.db.select({ n: count() }).from(enterprise);
  // Into empty tables, the province's millions of rows go in without their secondary indexes,
  // which are built once at the end (indexes.ts); keys and unique indexes check every row.
  const rebuild = opts.size === 'province' && existing === 0 && opts.deferIndexes !== false ? await deferIndexes(app, BULK_TABLES) : null;
  if (existing < profile.enterprises) {
    const load = opts.enterprisesVia === 'bulk' ? loadEnterprises : copyEnterprises;
    await timed(seconds, 'enterprises', () => load(app, scope, { count: profile.enterprises, seed, onProgress: progress('enterprises') }));
  }
  let activity: ActivityResult | null = null;
  if (opts.activity) {
    activity = await timed(seconds, 'activity', () =>
      generateActivity(app, {
        seed,
        inspections: profile.inspections,
        cases: profile.cases,
        onProgress: (step, done, total) => opts.onProgress?.(step, done, total),
      }),
    );
  }
  if (opts.ledger) {
    await timed(seconds, 'ledger', () => extendLedger(app, { upTo: profile.ledgerEntries, seed, onProgress: progress('ledger') }));
  }
  if (rebuild) await timed(seconds, 'indexes', rebuild);
  await createCheckpoint(app);
  // Fresh planner statistics, as after a restore: plans must not depend on whether autovacuum
  // happened to get there first (a background worker PGlite's single process may never start).
  await app.db.execute(sql`analyze`);
  const [{ n: people }] = await app.db.select({ n: count() }).from(userAccount);
  const [{ n: enterprises }] = await app.db.select({ n: count() }).from(enterprise);
  return { size: opts.size, seed, scope, city, officer, counts: { people, enterprises, ledgerEntries: await headSeq(app.db) }, activity, seconds };
}
