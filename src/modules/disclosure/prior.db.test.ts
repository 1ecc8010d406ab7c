import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { addUser, createWorld, type TestWorld } from '../../testing/fixture.js';
import { createMatter } from '../draws/matters.js';
import { sampleMatter } from '../draws/fixture.js';
import { addCredential } from '../people/service.js';
import { reconsiderationBody } from './prior-data.js';

let w: TestWorld;
const get = async (url: string) => {
  const r = await w.http.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json() };
};

beforeAll(async () => {
  w = await createWorld();
  const cred = (userId: string, number: string, validTo: string) =>
    addCredential(w.app, systemActor, userId, { number, issuer: '湖北省人民政府', scope: '安全生产', validFrom: '2024-01-01', validTo });
  const valid = await addUser(w, 'pub.valid', w.orgs.city.id, ['officer']);
  await cred(valid.id, 'PUB-001', '2028-12-31');
  const expired = await addUser(w, 'pub.expired', w.orgs.city.id, ['officer']);
  await cred(expired.id, 'PUB-002', '2026-01-31');
  const county = await addUser(w, 'pub.county', w.orgs.county.id, ['officer']);
  await cred(county.id, 'PUB-003', '2028-12-31');
  await addUser(w, 'pub.nocred', w.orgs.city.id, ['legalReviewer']);
  await createMatter(w.app, systemActor, sampleMatter(w.orgs.city.id, 'SC-PUB'));
  await createMatter(w.app, systemActor, { ...sampleMatter(w.orgs.city.id, 'SC-OFF'), active: false });
}, 60_000);
afterAll(() => w.close());

describe('事前公开, without a session', () => {
  it('lists every org as an enforcement subject, parents first', async () => {
    const r = await get('/api/public/subjects');
    expect(r.status).toBe(200);
    const names = r.body.map((s: { name: string }) => s.name);
    expect(names.indexOf('湖北省应急管理厅')).toBeLessThan(names.indexOf('咸宁市应急管理局'));
    expect(r.body.find((s: { name: string }) => s.name === '咸安区应急管理局').parentName).toBe('咸宁市应急管理局');
  });

  it("shows an org's power list with legal bases, its active spot-check matters, remedies and channels", async () => {
    const r = await get(`/api/public/subjects/${w.orgs.city.id}`);
    expect(r.status).toBe(200);
    expect(r.body.powers.length).toBeGreaterThan(10);
    for (const p of r.body.powers) expect(p.basis).toMatch(/《.+》/);
    expect(r.body.enforcementMatters.length).toBeGreaterThan(0);
    expect(new Set(r.body.enforcementMatters.map((m: { level: string }) => m.level))).toEqual(new Set(['city']));
    expect(r.body.spotCheckMatters.map((m: { code: string }) => m.code)).toEqual(['SC-PUB']);
    expect(r.body.remedies[0]).toMatchObject({ kind: 'reconsideration', body: '咸宁市人民政府' });
    expect(r.body.remedies[1].period).toMatch(/六个月/);
    expect(r.body.channels.map((c: { contact: string }) => c.contact)).toContain('12350');
  });

  it('lists officers by name and credential number only, those in force, of that org alone', async () => {
    const r = await get(`/api/public/subjects/${w.orgs.city.id}/officers`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ items: [{ name: 'pub.valid', credentialNumber: 'PUB-001' }], total: 1 });
    const county = await get(`/api/public/subjects/${w.orgs.county.id}/officers?pageSize=1&page=2`);
    expect(county.body).toEqual({ items: [], total: 1 });
  });

  it('publishes both penalty procedures with an article on every step', async () => {
    const r = await get('/api/public/procedures');
    expect(r.body.map((p: { key: string }) => p.key).sort()).toEqual(['general', 'summary']);
    for (const p of r.body) for (const s of p.steps) expect(s.basis.article).toMatch(/^第.+条/);
  });

  it('answers an unknown org with 404 and a malformed id with 400, never 500', async () => {
    expect((await get('/api/public/subjects/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/public/subjects/00000000-0000-4000-8000-000000000000/officers')).status).toBe(404);
    expect((await get('/api/public/subjects/nope')).status).toBe(400);
  });
});

describe('复议机关', () => {
  it('is the government at the same level, or the ministry itself', () => {
    expect(reconsiderationBody({ name: '咸安区应急管理局', level: 'county' })).toBe('咸安区人民政府');
    expect(reconsiderationBody({ name: '湖北省应急管理厅', level: 'province' })).toBe('湖北省人民政府');
    expect(reconsiderationBody({ name: '应急管理部', level: 'ministry' })).toBe('应急管理部');
    expect(reconsiderationBody({ name: '温泉街道', level: 'township' })).toBe('温泉街道所在地的县级以上地方人民政府');
  });
});
