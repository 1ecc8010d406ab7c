import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../platform/db/index.js';
import { sql } from 'drizzle-orm';
import { headSeq } from '../../platform/ledger/service.js';
import { verifyLedger } from '../../platform/ledger/verify.js';
import { systemActor } from '../../platform/context.js';
import { createPerson } from '../people/service.js';
import { addUser, createWorld, signIn, TEST_PASSWORD, type Client, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from './fixture.js';
import { bigrams } from './search.js';

let w: TestWorld;
let officer: Client;
let reviewer: Client;
let siblingOfficer: Client;

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'city.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'city.reviewer', w.orgs.city.id, ['legalReviewer']);
  await addUser(w, 'wuhan.officer', w.orgs.siblingCity.id, ['officer']);
  officer = await signIn(w, 'city.officer');
  reviewer = await signIn(w, 'city.reviewer');
  siblingOfficer = await signIn(w, 'wuhan.officer');
}, 60_000);
afterAll(() => w.close());

const count = async (table: string) => (await rows<{ n: number }>(w.app.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

describe('enterprise registry', () => {
  it('registers an enterprise under the org of its region, with a revision and a ledger entry', async () => {
    const before = await headSeq(w.app.db);
    const res = await officer.send('POST', '/api/enterprises', sampleEnterprise(1, '421202001'));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.orgId).toBe(w.orgs.township.id);
    expect(res.body.version).toBe(1);
    expect(await headSeq(w.app.db)).toBe(before + 1);
    const history = await officer.get(`/api/enterprises/${res.body.id}/history`);
    expect(history.body).toHaveLength(1);
    expect(history.body[0].changes.name).toEqual({ from: null, to: '测试化工有限公司1号' });
  });

  it('refuses a bad USCC naming the field and position, and writes nothing', async () => {
    const before = { seq: await headSeq(w.app.db), n: await count('enterprise') };
    const res = await officer.send('POST', '/api/enterprises', { ...sampleEnterprise(2), uscc: '91421202MA4XXXXX1A' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('uscc');
    expect(res.body.error.message).toMatch(/字段「uscc」.*第 18 位校验码/);
    expect({ seq: await headSeq(w.app.db), n: await count('enterprise') }).toEqual(before);
  });

  it('refuses a duplicate USCC with 409 and a region outside the named org with 400', async () => {
    const dup = await officer.send('POST', '/api/enterprises', sampleEnterprise(1, '421202'));
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('uscc');
    const outside = await officer.send('POST', '/api/enterprises', { ...sampleEnterprise(3, '420102'), orgId: w.orgs.county.id });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('regionCode');
    const unknown = await officer.send('POST', '/api/enterprises', sampleEnterprise(4, '420102'));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('不在本机构辖区内');
  });

  it('keeps history on edit, refuses a stale version, and records nothing for an edit that changes nothing', async () => {
    const created = (await officer.send('POST', '/api/enterprises', sampleEnterprise(5))).body;
    const { id, uscc: _u, orgName: _o, updatedAt: _t, ...record } = created;
    const edited = await officer.send('PUT', `/api/enterprises/${id}`, {
      ...record,
      riskGrade: 'major',
      keyCategories: ['hazardousChemicals', 'confinedSpace'],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.version).toBe(2);
    const stale = await officer.send('PUT', `/api/enterprises/${id}`, { ...record, name: '另一个名字' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('version');
    const seq = await headSeq(w.app.db);
    const same = await officer.send('PUT', `/api/enterprises/${id}`, {
      ...record,
      riskGrade: 'major',
      keyCategories: ['confinedSpace', 'hazardousChemicals'],
      version: 2,
    });
    expect(same.body.version).toBe(2);
    expect(await headSeq(w.app.db)).toBe(seq);
    const history = (await officer.get(`/api/enterprises/${id}/history`)).body;
    expect(history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(history[0].changes).toEqual({
      riskGrade: { from: 'high', to: 'major' },
      keyCategories: { from: ['hazardousChemicals'], to: ['confinedSpace', 'hazardousChemicals'] },
    });
    expect(history[0].actorName).toBe('city.officer');
    expect((await verifyLedger(w.app.db)).ok).toBe(true);
  });

  it('finds by any part of the name, by USCC prefix, and by filters, only inside the subtree', async () => {
    await officer.send(
      'POST',
      '/api/enterprises',
      sampleEnterprise(6, '421202', { name: '咸宁市温泉烟花爆竹批发有限公司', industryCode: 'F5179', keyCategories: ['fireworks'], riskGrade: 'moderate' }),
    );
    const part = await officer.get(`/api/enterprises?q=${encodeURIComponent('烟花爆竹')}`);
    expect(part.body.items.map((e: { name: string }) => e.name)).toEqual(['咸宁市温泉烟花爆竹批发有限公司']);
    const byUscc = await officer.get(`/api/enterprises?q=${sampleEnterprise(6).uscc.slice(0, 17).toLowerCase()}`);
    expect(byUscc.body.total).toBe(1);
    const fireworks = await officer.get('/api/enterprises?keyCategory=fireworks&riskGrade=moderate&industry=F');
    expect(fireworks.body.total).toBe(1);
    const township = await officer.get('/api/enterprises?regionCode=421202001');
    expect(township.body.total).toBe(1);
    const all = await reviewer.get('/api/enterprises?pageSize=200');
    expect(all.body.total).toBe(await count('enterprise'));
    const wuhan = await siblingOfficer.get('/api/enterprises');
    expect(wuhan.body.total).toBe(0);
    const denied = await siblingOfficer.get(`/api/enterprises/${part.body.items[0].id}`);
    expect(denied.status).toBe(403);
    const wildcard = await officer.get(`/api/enterprises?q=${encodeURIComponent('%')}`);
    expect(wildcard.body.total).toBe(0);
  });

  it('lets a legal reviewer read but not edit', async () => {
    const res = await reviewer.send('POST', '/api/enterprises', sampleEnterprise(7));
    expect(res.status).toBe(403);
  });

  it('finds two-character and one-character fragments, and its bigrams equal the database’s', async () => {
    for (const term of ['烟花', '烟', '爆竹批发', '温泉烟花爆竹批发有限']) {
      const r = await officer.get(`/api/enterprises?q=${encodeURIComponent(term)}`);
      expect(
        r.body.items.map((e: { name: string }) => e.name),
        term,
      ).toEqual(['咸宁市温泉烟花爆竹批发有限公司']);
    }
    expect((await officer.get(`/api/enterprises?q=${encodeURIComponent('花烟')}`)).body.total).toBe(0);
    // The last: a draw result's names joined, the length that made the old quadratic function slow.
    const drawList = Array.from({ length: 3000 }, (_, i) => `咸宁市第${i}号化工贸易有限公司`).join('、');
    for (const text of ['咸宁市温泉烟花爆竹批发有限公司', 'ABC 化工（湖北）Co.', 'aa', 'x', '', '𠀀𠀁a𠀀', drawList]) {
      const [row] = await rows<{ g: string[] }>(w.app.db, sql`select zhifa_bigrams(${text}) as g`);
      expect([...(row.g ?? [])].sort(), text).toEqual(bigrams(text).sort());
    }
  });
});

describe('the enterprise user', () => {
  it('is told by the session which company they act for; staff see their org only', async () => {
    const e = (await officer.send('POST', '/api/enterprises', sampleEnterprise(77, '421202'))).body;
    await createPerson(w.app, systemActor, {
      username: 'firm.user',
      displayName: '企业联系人',
      orgId: e.orgId,
      initialPassword: TEST_PASSWORD,
      roles: ['enterpriseUser'],
      enterpriseId: e.id,
      mustChangePassword: false,
    });
    const firm = await signIn(w, 'firm.user');
    expect((await firm.get('/api/auth/session')).body.session.user.affiliation).toBe(e.name);
    expect((await firm.get('/api/auth/me')).body.user.affiliation).toBe(e.name);
    expect((await officer.get('/api/auth/me')).body.user.affiliation).toBeNull();
  });
});
