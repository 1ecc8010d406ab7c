// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { permissionPlans } from './fixture.js';

export const samples: SampleFactory = async ({ w, orgOf, shared }) => {
  const plans = await shared('plans', () => permissionPlans(w));
  const insp = await shared('inspections', () => permissionTargets(w));
  return {
    'POST /api/inspections/tasks/from-plan': {
      path: () => '/api/inspections/tasks/from-plan',
      body: (t) => ({ planId: plans[t], month: 3, officerIds: insp[t].officerIds, plannedOn: '2026-03-20' }),
      scoped: true,
    },
    'GET /api/plans': { path: (t) => `/api/plans?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/plans/:id': { path: (t) => `/api/plans/${plans[t]}`, scoped: true },
    'GET /api/plans/:id/progress': { path: (t) => `/api/plans/${plans[t]}/progress`, scoped: true },
    // The first editor creates the 2040 plan; the others meet the one-per-year rule (409), not a refusal.
    'POST /api/plans': { path: () => '/api/plans', body: (t) => ({ orgId: orgOf(t), year: 2040, title: '权限测试年度计划', items: [] }), scoped: true },
    // The first editor's save succeeds; later ones and every transition meet a stale version (409).
    'PUT /api/plans/:id': { path: (t) => `/api/plans/${plans[t]}`, body: () => ({ title: '权限测试年度计划（改）', items: [], version: 1 }), scoped: true },
    'POST /api/plans/:id/submit': { path: (t) => `/api/plans/${plans[t]}/submit`, body: () => ({ version: 1 }), scoped: true },
    'POST /api/plans/:id/approve': { path: (t) => `/api/plans/${plans[t]}/approve`, body: () => ({ version: 1 }), scoped: true },
    'POST /api/plans/:id/return': { path: (t) => `/api/plans/${plans[t]}/return`, body: () => ({ version: 1, reason: '权限测试' }), scoped: true },
    'POST /api/plans/:id/publish': { path: (t) => `/api/plans/${plans[t]}/publish`, body: () => ({ version: 1 }), scoped: true },
  };
};
