// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';

export const samples: SampleFactory = async ({ w, orgOf, next }) => ({
  'GET /api/orgs/tree': { path: () => '/api/orgs/tree', scoped: false },
  'GET /api/orgs/:id': { path: (t) => `/api/orgs/${orgOf(t)}`, scoped: true },
  'POST /api/orgs': {
    path: () => '/api/orgs',
    body: (t) => {
      const n = next();
      return {
        parentId: orgOf(t),
        level: 'county',
        name: `测试县${n}`,
        shortName: '测',
        regionCode: t === 'own' ? `4212${String(30 + (n % 60)).padStart(2, '0')}` : `4201${String(30 + (n % 60)).padStart(2, '0')}`,
      };
    },
    scoped: true,
  },
  'POST /api/orgs/:id/delegations': {
    path: (t) => `/api/orgs/${t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id}/delegations`,
    body: () => ({ delegateOrgId: w.orgs.township.id, fineCeiling: 10000, validFrom: '2026-01-01', legalBasis: '行政处罚法第二十条' }),
    scoped: true,
  },
});
