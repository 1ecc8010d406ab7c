import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { addDays, chinaDate } from '../../platform/dates.js';
import { addCredential, assertCanEnforce, listPeople } from './service.js';
import { addUser, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';

let w: TestWorld;
let secadminId: string;
let officerId: string;
beforeAll(async () => {
  w = await createWorld();
  secadminId = (await addUser(w, 'sec', w.orgs.city.id, ['securityAdmin'])).id;
  await addUser(w, 'sys', w.orgs.city.id, ['systemAdmin']);
  officerId = (await addUser(w, 'off', w.orgs.county.id, ['officer'])).id;
});
afterAll(() => w.close());

describe('people', () => {
  it('lets the securityAdmin grant business roles, never to themselves, never admin roles', async () => {
    const sec = await signIn(w, 'sec');
    const ok = await sec.send('PUT', `/api/people/${officerId}/roles`, { roles: ['officer', 'legalReviewer'] });
    expect(ok.status).toBe(200);
    expect(ok.body.roles).toEqual(['officer', 'legalReviewer']);
    expect((await sec.send('PUT', `/api/people/${secadminId}/roles`, { roles: ['securityAdmin'] })).status).toBe(403);
    const admin = await sec.send('PUT', `/api/people/${officerId}/roles`, { roles: ['auditAdmin'] });
    expect(admin.status).toBe(422);
    expect(admin.body.error.message).toMatch(/三员/);
  });

  it('refuses a duplicate credential number and reversed validity with the field named', async () => {
    const sys = await signIn(w, 'sys');
    const body = { number: '42000000001', issuer: '湖北省人民政府', scope: '安全生产', validFrom: '2025-01-01', validTo: '2029-12-31' };
    expect((await sys.send('POST', `/api/people/${officerId}/credentials`, body)).status).toBe(201);
    const dup = await sys.send('POST', `/api/people/${officerId}/credentials`, body);
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('number');
    const reversed = await sys.send('POST', `/api/people/${officerId}/credentials`, { ...body, number: '42000000002', validTo: '2024-01-01' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.field).toBe('validTo');
  });

  it('refuses an org whose level or region code does not fit its parent, and writes nothing', async () => {
    const sys = await signIn(w, 'sys');
    const before = (await sys.get('/api/orgs/tree')).body;
    const wrongLevel = await sys.send('POST', '/api/orgs', {
      parentId: w.orgs.city.id,
      level: 'township',
      name: '某镇',
      shortName: '某',
      regionCode: '421202009',
    });
    expect(wrongLevel.body.error.field).toBe('level');
    const wrongCode = await sys.send('POST', '/api/orgs', { parentId: w.orgs.city.id, level: 'county', name: '某县', shortName: '某', regionCode: '431202' });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body.error).toMatchObject({ field: 'regionCode' });
    expect((await sys.get('/api/orgs/tree')).body).toEqual(before);
  });

  it("names an org's place in the tree by the orgs above it, not their ids", async () => {
    const sys = await signIn(w, 'sys');
    const d = (await sys.get(`/api/orgs/${w.orgs.township.id}`)).body;
    expect(d.pathNames.slice(-3)).toEqual(['咸宁市应急管理局', '咸安区应急管理局', '温泉街道']);
    expect(d.pathNames[0]).toBe('应急管理部');
  });

  it('lists people in the subtree with credential status from the injected clock', async () => {
    w.clock.set(new Date('2029-12-10T00:00:00Z'));
    const r = await listPeople(w.app, { ...systemActor, orgPath: w.orgs.county.path }, { page: 1, pageSize: 20 });
    expect(r.items.map((p) => p.username)).toEqual(['off']);
    expect(r.items[0].credentials[0].status).toBe('expiring');
  });

  it('gives live officer figures and refuses to assign an officer whose credential has expired', async () => {
    const today = chinaDate(w.clock.now());
    const a = await addUser(w, 'fig.a', w.orgs.township.id, ['officer']);
    const b = await addUser(w, 'fig.b', w.orgs.township.id, ['officer']);
    await addCredential(w.app, systemActor, a.id, {
      number: 'FIG-A',
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2024-01-01',
      validTo: addDays(today, 18),
    });
    await addCredential(w.app, systemActor, b.id, {
      number: 'FIG-B',
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2020-01-01',
      validTo: addDays(today, -1),
    });
    const head = await addUser(w, 'fig.head', w.orgs.township.id, ['head']);
    const f = await (await signIn(w, 'fig.head')).get(`/api/people/figures?orgId=${w.orgs.township.id}`);
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({ officers: 2, certified: 1, certifiedShare: 0.5, legalReviewers: 0, reviewerShareMet: false });
    expect(f.body.expiringSoon.map((c: { number: string }) => c.number)).toEqual(['FIG-A']);
    expect(f.body.expired.map((c: { number: string }) => c.number)).toEqual(['FIG-B']);
    await expect(assertCanEnforce(w.app.db, [a.id], today)).resolves.toBeUndefined();
    await expect(assertCanEnforce(w.app.db, [a.id, b.id], today)).rejects.toThrow(/fig.b 无有效行政执法证/);
    await expect(assertCanEnforce(w.app.db, [a.id], addDays(today, 19))).rejects.toThrow(/fig.a/);
    await expect(assertCanEnforce(w.app.db, [head.id], today)).rejects.toThrow(/fig.head/);
  });
});
