import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { addUser, createWorld, type TestWorld } from '../../testing/fixture.js';
import { addCredential } from '../people/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { sampleAnnouncement, sampleMatter } from './fixture.js';
import { forgetHeld } from './held.js';
import { createMatter } from './matters.js';
import { drawBundle, verifyPublished } from './public.js';
import { runDraw } from './rules.js';
import { announceDraw, makeDraw } from './service.js';
import { loadSnapshot } from './snapshot-store.js';

// The draw uses the snapshot its announcement held in memory; a process that holds none (a
// restart, another server) reads the stored copy. Both must give the published replay's result.

let w: TestWorld;
let chief: Actor;
let matterId: string;

beforeAll(async () => {
  w = await createWorld();
  const u = await addUser(w, 'held.chief', w.orgs.city.id, ['sectionChief']);
  chief = { userId: u.id, username: 'held.chief', orgId: w.orgs.city.id, orgPath: w.orgs.city.path, roles: ['sectionChief'] };
  for (let i = 0; i < 4; i++) {
    const o = await addUser(w, `held.officer${i}`, w.orgs.city.id, ['officer']);
    await addCredential(w.app, systemActor, o.id, {
      number: `HELD-${i}`,
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
    });
  }
  for (let i = 0; i < 8; i++) await createEnterprise(w.app, systemActor, sampleEnterprise(300 + i, i < 5 ? '421202' : '421221'));
  matterId = (await createMatter(w.app, chief, { ...sampleMatter(w.orgs.city.id, 'HELD-01'), ratioPermille: 500 })).id;
}, 120_000);
afterAll(() => w.close());

describe('the snapshot a draw uses', () => {
  it.each([
    ['held since the announcement', false],
    ['read back from the stored copy', true],
  ])('%s gives the result the public replay gives', async (_, restart) => {
    w.clock.set(new Date('2026-03-02T02:00:00Z'));
    const a = await announceDraw(w.app, chief, sampleAnnouncement(matterId, '2026-03-02'));
    if (restart) forgetHeld();
    w.clock.set(new Date('2026-03-02T14:00:00Z'));
    const d = await makeDraw(w.app, chief, a.id, { beacon: '03 07 12 19 25 31+09', version: a.version });
    expect(d.enterprises.length).toBe(4);
    const bundle = await drawBundle(w.app, a.id);
    const seedMaterial = { secret: bundle.secret!, commitment: bundle.commitment, beacon: bundle.beacon! };
    expect(runDraw({ snapshot: await loadSnapshot(w.app.db, a.id), params: bundle.params, seedMaterial })).toEqual(bundle.result);
    expect((await verifyPublished(w.app, a.id)).checks.filter((c) => !c.ok)).toEqual([]);
  });
});
