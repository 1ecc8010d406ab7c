import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password.js';
import { userAccount } from '../../platform/auth/schema.js';
import { rows } from '../../platform/db/index.js';
import { ledgerCheckpoint } from '../../platform/ledger/schema.js';
import { createCheckpoint, headSeq } from '../../platform/ledger/service.js';
import { verifyLedger } from '../../platform/ledger/verify.js';
import { createWorld, TEST_PASSWORD, type TestWorld } from '../../testing/fixture.js';
import { createTestDatabase } from '../../platform/testing/db.js';
import { org } from '../../platform/orgs/schema.js';
import { credential } from '../../modules/people/schema.js';
import { enterprise } from '../../modules/registry/schema.js';
import { extendLedger, generate, loadEnterprises, loadOfficers, officerPlan } from './index.js';
import { systemClock } from '../../platform/clock.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);
afterAll(() => w.close());

// The fixture types its orgs without the region code the loader needs.
const city = () => ({ ...w.orgs.city, regionCode: '421200' });
const enterpriseRows = () =>
  rows<{ uscc: string; name: string; org_id: string; risk_grade: string }>(w.app.db, sql`select uscc, name, org_id, risk_grade from enterprise order by uscc`);

describe('generator loaders', () => {
  it('loads enterprises through the bulk path, each under an org of the city, one ledger entry per batch and one for its licences', async () => {
    const before = await headSeq(w.app.db);
    const r = await loadEnterprises(w.app, city(), { count: 300, seed: 11, chunk: 120, today: '2026-03-02' });
    expect(r).toEqual({ created: 300, updated: 0, unchanged: 0 });
    expect(await headSeq(w.app.db)).toBe(before + 6);
    // The licences the generated enterprises hold from elsewhere are in the licence register (外部登记).
    const [{ n: recorded }] = await rows<{ n: number }>(w.app.db, sql`select count(*)::int as n from recorded_licence`);
    expect(recorded).toBeGreaterThan(0);
    const loaded = await enterpriseRows();
    const cityOrgs = new Set(
      (
        await w.app.db
          .select({ id: org.id })
          .from(org)
          .where(sql`${org.path} like ${`${w.orgs.city.path}%`}`)
      ).map((o) => o.id),
    );
    expect(loaded.every((e) => cityOrgs.has(e.org_id))).toBe(true);
    // Tiered supervision: the township, county and city each get some.
    const owners = new Set(loaded.map((e) => e.org_id));
    expect(owners).toEqual(new Set([w.orgs.city.id, w.orgs.county.id, w.orgs.township.id]));
  });

  it('is idempotent: the same seed and serials again change nothing', async () => {
    const before = await enterpriseRows();
    const r = await loadEnterprises(w.app, city(), { count: 300, seed: 11, today: '2026-03-02' });
    expect(r).toEqual({ created: 0, updated: 0, unchanged: 300 });
    expect(await enterpriseRows()).toEqual(before);
  });

  it('creates officers with credentials through the people service, ready to sign in', async () => {
    const plan = officerPlan(5, [{ id: w.orgs.county.id, level: 'county', regionCode: '421202' }], 40, '2026-03-02');
    await loadOfficers(w.app, plan, await hashPassword(TEST_PASSWORD));
    const made = await w.app.db
      .select()
      .from(userAccount)
      .where(
        inArray(
          userAccount.username,
          plan.map((p) => p.username),
        ),
      );
    expect(made).toHaveLength(40);
    expect(made.every((u) => !u.mustChangePassword)).toBe(true);
    const [{ n }] = await w.app.db
      .select({ n: count() })
      .from(credential)
      .where(
        inArray(
          credential.userId,
          made.map((u) => u.id),
        ),
      );
    expect(n).toBe(40);
    const res = await w.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: plan[5].username, password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
  });

  it('extends the ledger with a chain and signed checkpoints that verifyLedger accepts', async () => {
    await createCheckpoint(w.app);
    const start = await headSeq(w.app.db);
    const r = await extendLedger(w.app, { upTo: start + 2600, seed: 3, checkpointEvery: 500, txEntries: 1000, insertRows: 300 });
    expect(r.added).toBe(2600);
    expect(await headSeq(w.app.db)).toBe(start + 2600);
    const cps = await w.app.db.select({ n: count() }).from(ledgerCheckpoint);
    expect(cps[0].n).toBeGreaterThanOrEqual(6);
    const report = await verifyLedger(w.app.db);
    expect(report).toMatchObject({ ok: true, entriesChecked: start + 2600, firstBad: null });
    expect(report.checkpointsChecked).toBe(cps[0].n);
    // The service's own checkpoint continues from the generated frontier, and still verifies.
    expect(await createCheckpoint(w.app)).toMatchObject({ treeSize: start + 2600 });
    expect(await verifyLedger(w.app.db)).toMatchObject({ ok: true, checkpointsChecked: cps[0].n + 1 });
  });
});

describe('generate', () => {
  it('builds a small demo world whose whole ledger verifies', async () => {
    const database = await createTestDatabase();
    try {
      const app = { ...w.app, db: database.db, dbKind: database.kind, clock: systemClock };
      const world = await generate(app, { size: 'demo', seed: 4, ledger: true, override: { enterprises: 250, ledgerEntries: 1500 } });
      expect(world.counts).toMatchObject({ enterprises: 250, ledgerEntries: 1500 });
      expect(world.counts.people).toBeGreaterThan(60);
      const [{ n }] = await database.db.select({ n: count() }).from(enterprise).where(eq(enterprise.riskGrade, 'low'));
      expect(n).toBeGreaterThan(50);
      // The enterprise portal's demo account belongs to the city's first enterprise by USCC.
      const [first] = await database.db.select({ id: enterprise.id, orgId: enterprise.orgId }).from(enterprise).orderBy(asc(enterprise.uscc)).limit(1);
      const [qy] = await database.db.select().from(userAccount).where(eq(userAccount.username, 'qy.demo'));
      expect(qy).toMatchObject({ roles: ['enterpriseUser'], enterpriseId: first.id, orgId: first.orgId, mustChangePassword: true });
      expect(await verifyLedger(database.db)).toMatchObject({ ok: true, entriesChecked: 1500 });
    } finally {
      await database.close();
    }
  }, 180_000);
});
