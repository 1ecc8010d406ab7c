// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { exposure, summons } from './schema.js';

export const samples: SampleFactory = async ({ w, shared }) => {
  const insp = await shared('inspections', () => permissionTargets(w));
  const person = insp.own.officerIds[0];
  const orgOf = (t: 'own' | 'other') => (t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id);
  const at = new Date('2026-03-02T02:00:00Z');
  // A draft circular and a summons on each side, written directly: the walk is about who is let in.
  const make = async (t: 'own' | 'other') => {
    const [e] = await w.app.db
      .insert(exposure)
      .values({
        kind: 'circular',
        orgId: orgOf(t),
        title: '权限测试通报',
        content: '权限测试：通报内容',
        number: '权限测试〔2026〕1号',
        scope: '权限测试',
        draftedBy: person,
        draftedOn: '2026-03-02',
        createdAt: at,
      })
      .returning({ id: exposure.id });
    const [s] = await w.app.db
      .insert(summons)
      .values({
        orgId: orgOf(t),
        targetKind: 'enterprise',
        enterpriseId: insp[t].enterpriseId,
        targetName: '权限测试企业',
        heldOn: '2026-03-02',
        place: '权限测试会议室',
        summoners: '权限测试',
        summoned: '权限测试',
        matters: '权限测试：约谈事项',
        commitments: '权限测试：整改承诺',
        followUpOn: '2026-04-01',
        recordedBy: person,
        createdAt: at,
      })
      .returning({ id: summons.id });
    return { e: e.id, s: s.id };
  };
  const ids = { own: await make('own'), other: await make('other') };
  return {
    'GET /api/exposures': { path: () => '/api/exposures', scoped: false },
    'GET /api/exposures/export.xlsx': { path: () => '/api/exposures/export.xlsx', scoped: false },
    // No such case: let in, then a 422 naming caseId.
    'POST /api/exposures': {
      path: () => '/api/exposures',
      body: () => ({ kind: 'exposure', caseId: crypto.randomUUID(), title: '权限测试曝光', content: '权限测试：曝光内容不少于十个字' }),
      scoped: false,
    },
    'GET /api/exposures/enterprises/:enterpriseId': { path: (t) => `/api/exposures/enterprises/${insp[t].enterpriseId}`, scoped: true },
    'GET /api/exposures/:id': { path: (t) => `/api/exposures/${ids[t].e}`, scoped: true },
    // Stale version: let in, then a 409.
    'POST /api/exposures/:id/approve': { path: (t) => `/api/exposures/${ids[t].e}/approve`, body: () => ({ version: 99 }), scoped: true },
    'POST /api/exposures/:id/withdraw': {
      path: (t) => `/api/exposures/${ids[t].e}/withdraw`,
      body: () => ({ version: 99, reason: '权限测试撤回' }),
      scoped: true,
    },
    'GET /api/summons': { path: () => '/api/summons', scoped: false },
    'GET /api/summons/export.xlsx': { path: () => '/api/summons/export.xlsx', scoped: false },
    'GET /api/summons/agenda': { path: () => '/api/summons/agenda', scoped: false },
    // A department named by the caller's own org: let in, then recorded or refused by the rules.
    'POST /api/summons': {
      path: () => '/api/summons',
      body: () => ({
        targetKind: 'department',
        targetName: '权限测试部门',
        heldOn: '2026-03-02',
        place: '权限测试会议室',
        summoners: '权限测试',
        summoned: '权限测试',
        matters: '权限测试：约谈事项不少于十字',
        commitments: '权限测试承诺',
        followUpOn: '2026-02-01',
      }),
      scoped: false,
    },
    'GET /api/summons/:id': { path: (t) => `/api/summons/${ids[t].s}`, scoped: true },
    'POST /api/summons/:id/follow-up': {
      path: (t) => `/api/summons/${ids[t].s}/follow-up`,
      body: () => ({ version: 99, followedUpOn: '2026-03-05', result: '权限测试跟踪情况' }),
      scoped: true,
    },
  };
};
