// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import { systemActor } from '../../platform/context.js';
import type { SampleFactory, Side } from '../../platform/testing/world.js';
import { sampleAnnouncement, sampleMatter } from './fixture.js';
import { createMatter } from './matters.js';
import { announceDraw } from './service.js';

export const samples: SampleFactory = async ({ w, orgOf, enterpriseOf, next }) => {
  const matterFor = (o: { id: string }) => createMatter(w.app, systemActor, sampleMatter(o.id, 'SC-PERM'));
  const matters = { own: (await matterFor(w.orgs.city)).id, other: (await matterFor(w.orgs.siblingCity)).id };
  const drawFor = (matterId: string) => announceDraw(w.app, systemActor, sampleAnnouncement(matterId, '2026-03-02'));
  const draws = { own: (await drawFor(matters.own)).id, other: (await drawFor(matters.other)).id };
  const matterOf = (t: Side) => matters[t];
  const drawOf = (t: Side) => draws[t];
  return {
    'GET /api/draws/matters': { path: (t) => `/api/draws/matters?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/draws/matters/:id': { path: (t) => `/api/draws/matters/${matterOf(t)}`, scoped: true },
    'POST /api/draws/matters': { path: () => '/api/draws/matters', body: (t) => sampleMatter(orgOf(t), `SC-${next()}`), scoped: true },
    'PUT /api/draws/matters/:id': {
      path: (t) => `/api/draws/matters/${matterOf(t)}`,
      body: (t) => {
        const { orgId: _o, code: _c, ...rest } = sampleMatter(orgOf(t), 'SC-PERM');
        return { ...rest, version: 1 };
      },
      scoped: true,
    },
    'GET /api/draws': { path: (t) => `/api/draws?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/draws/:id': { path: (t) => `/api/draws/${drawOf(t)}`, scoped: true },
    'POST /api/draws': { path: () => '/api/draws', body: (t) => sampleAnnouncement(matterOf(t), '2026-03-02'), scoped: true },
    // The first operator draws; the others then hold a stale version (409).
    'POST /api/draws/:id/draw': { path: (t) => `/api/draws/${drawOf(t)}/draw`, body: () => ({ beacon: '01 02 03 04 05 06+07', version: 1 }), scoped: true },
    'POST /api/draws/:id/withdrawals': {
      path: (t) => `/api/draws/${drawOf(t)}/withdrawals`,
      body: (t) => ({ kind: 'enterprise', enterpriseId: enterpriseOf(t), reason: '企业已注销，权限测试', version: 2 }),
      scoped: true,
    },
  };
};
