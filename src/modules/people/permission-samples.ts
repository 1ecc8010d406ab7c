// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';

export const samples: SampleFactory = async ({ orgOf, personOf, next }) => ({
  'GET /api/people': { path: (t) => `/api/people?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/people/figures': { path: (t) => `/api/people/figures?orgId=${orgOf(t)}`, scoped: true },
  'POST /api/people': {
    path: () => '/api/people',
    body: (t) => ({ username: `new.${next()}`, displayName: '新人员', orgId: orgOf(t), initialPassword: 'Initial#Pass9' }),
    scoped: true,
  },
  'PUT /api/people/:id/roles': { path: (t) => `/api/people/${personOf(t)}/roles`, body: () => ({ roles: ['officer', 'sectionChief'] }), scoped: true },
  'POST /api/people/:id/unlock': { path: (t) => `/api/people/${personOf(t)}/unlock`, scoped: true },
  'POST /api/people/:id/credentials': {
    path: (t) => `/api/people/${personOf(t)}/credentials`,
    body: () => ({ number: `CRED-${next()}`, issuer: '湖北省人民政府', scope: '安全生产', validFrom: '2025-01-01', validTo: '2029-12-31' }),
    scoped: true,
  },
});
