import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { penaltyCase } from '../../modules/cases/schema.js';
import { draftCase, sampleCase, staff } from '../../modules/cases/testing.js';
import { MODULES } from '../../modules/index.js';
import { createPerson } from '../../modules/people/service.js';
import { sampleEnterprise } from '../../modules/registry/fixture.js';
import { createEnterprise } from '../../modules/registry/service.js';
import { addUser, createWorld, signIn, TEST_PASSWORD, type Client, type TestWorld } from '../../testing/fixture.js';
import { hashPassword } from '../auth/password.js';
import { systemActor } from '../context.js';
import { ledgerLabelsOf } from './labels.js';
import { appendEntry } from './service.js';

// The ledger page names each entry's subject (行政处罚案件 “某公司 应急罚〔2026〕3号”), asking each
// module once per subject type on the page, never once per entry.

type Entry = { seq: number; action: string; subjectType: string; subjectId: string; subjectName: string | null };

let w: TestWorld;
let reader: Client;
let firm: { id: string };
let drafted: { id: string };
let decided: { id: string };
let clerk: { id: string };

const entries = async (query = 'limit=500') => {
  const res = await reader.get(`/api/ledger/entries?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { items: Entry[] }).items;
};
const nameOf = (items: Entry[], subjectType: string, subjectId: string) => {
  const e = items.find((x) => x.subjectType === subjectType && x.subjectId === subjectId);
  if (!e) throw new Error(`no entry about ${subjectType} ${subjectId}`);
  return e.subjectName;
};

beforeAll(async () => {
  w = await createWorld();
  firm = await createEnterprise(w.app, systemActor, sampleEnterprise(1, '421202', { name: '咸安达美管桩有限公司' }));
  drafted = await sampleCase(w, w.orgs.county, firm.id);
  const officers = [await staff(w, 'names.a', w.orgs.county, ['officer']), await staff(w, 'names.b', w.orgs.county, ['officer'])];
  decided = await draftCase(w, systemActor, w.orgs.county, firm.id, officers);
  // Reaching a decision takes the whole procedure; the name reads only the number it leaves.
  await w.app.db.update(penaltyCase).set({ decisionNumber: '咸安应急罚〔2026〕3号' }).where(eq(penaltyCase.id, decided.id));
  clerk = await createPerson(w.app, systemActor, {
    username: 'wang.clerk',
    displayName: '王文书',
    orgId: w.orgs.county.id,
    initialPassword: TEST_PASSWORD,
    passwordHash: await hashPassword(TEST_PASSWORD),
    roles: ['officer'],
    mustChangePassword: false,
  });
  await addUser(w, 'names.reader', w.orgs.ministry.id, ['auditAdmin']);
  reader = await signIn(w, 'names.reader');
});
afterAll(() => w.close());

describe('ledger subject names', () => {
  it('names a case, an enterprise, an account, an org and a credential from their own tables', async () => {
    const items = await entries();
    expect(nameOf(items, 'penaltyCase', drafted.id)).toBe('咸安达美管桩有限公司');
    expect(nameOf(items, 'penaltyCase', decided.id)).toBe('咸安达美管桩有限公司 咸安应急罚〔2026〕3号');
    expect(nameOf(items, 'enterprise', firm.id)).toBe('咸安达美管桩有限公司');
    expect(nameOf(items, 'userAccount', clerk.id)).toBe('王文书（wang.clerk）');
    expect(nameOf(items, 'org', w.orgs.county.id)).toBe('咸安区应急管理局');
    // A credential by its holder and number (these holders' display names are their usernames).
    const credentials = items.filter((e) => e.subjectType === 'credential').map((e) => e.subjectName);
    expect(credentials).toContainEqual(expect.stringMatching(/^names\.a TEST-names\.a-\d+$/));
    expect(credentials.every((n) => /^(\S+) TEST-\1-\d+$/.test(n ?? ''))).toBe(true);
    // The type's label still comes with it, and the id stays on the entry.
    const one = await reader.get(`/api/ledger/entries/${items.find((e) => e.subjectId === decided.id)?.seq}`);
    expect(one.body).toMatchObject({ subjectTypeName: '行政处罚案件', subjectId: decided.id, subjectName: '咸安达美管桩有限公司 咸安应急罚〔2026〕3号' });
  });

  it('answers null for a subject nothing names, a row that is gone and an id no table could hold', async () => {
    const gone = randomUUID();
    await w.app.db.transaction(async (tx) => {
      const act = { orgId: w.orgs.county.id, actorId: null, action: 'test.act', payload: {} };
      await appendEntry(tx, w.app, { ...act, subjectType: 'thing', subjectId: randomUUID() });
      await appendEntry(tx, w.app, { ...act, subjectType: 'org', subjectId: gone });
      await appendEntry(tx, w.app, { ...act, subjectType: 'org', subjectId: 'S-1' });
    });
    const items = await entries();
    expect(items.find((e) => e.subjectType === 'thing')?.subjectName).toBeNull();
    expect(nameOf(items, 'org', gone)).toBeNull();
    expect(nameOf(items, 'org', 'S-1')).toBeNull();
    // The rest of the page is named all the same.
    expect(nameOf(items, 'org', w.orgs.city.id)).toBe('咸宁市应急管理局');
  });

  it('asks once per subject type on the page, however many entries it holds', async () => {
    for (let n = 2; n <= 21; n++) await createEnterprise(w.app, systemActor, sampleEnterprise(n, '421202', { name: `咸安测试企业${n}号` }));
    const spies = [vi.spyOn(w.app.db, 'select'), vi.spyOn(w.app.db, 'selectDistinct'), vi.spyOn(w.app.db, 'execute')];
    const queriesFor = async (query: string) => {
      for (const s of spies) s.mockClear();
      const items = await entries(query);
      return { items, queries: spies.reduce((n, s) => n + s.mock.calls.length, 0) };
    };
    try {
      const one = await queriesFor('action=enterprise.created&limit=1');
      const all = await queriesFor('action=enterprise.created&limit=500');
      expect(one.items).toHaveLength(1);
      expect(all.items).toHaveLength(21);
      const expected = ['咸安达美管桩有限公司', ...Array.from({ length: 20 }, (_, i) => `咸安测试企业${i + 2}号`)];
      expect(all.items.map((e) => e.subjectName).sort()).toEqual(expected.sort());
      expect(one.queries).toBeGreaterThan(0);
      expect(all.queries).toBe(one.queries);
      // A page of every kind: at most one more query per further subject type, far fewer than its entries.
      const mixed = await queriesFor('limit=500');
      const types = new Set(mixed.items.map((e) => e.subjectType)).size;
      expect(mixed.items.length).toBeGreaterThan(one.queries + types * 2);
      expect(mixed.queries).toBeLessThanOrEqual(one.queries + types);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });

  it('runs every namer of the platform and the modules against the migrated schema', async () => {
    const { names } = ledgerLabelsOf(MODULES);
    for (const [type, namer] of Object.entries(names)) {
      expect(await namer(w.app.db, [randomUUID()]), type).toEqual(new Map());
    }
    expect((await names.enterprise(w.app.db, [firm.id, randomUUID()])).get(firm.id)).toBe('咸安达美管桩有限公司');
  });
});
