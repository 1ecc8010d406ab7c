// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { pendingDisclosure } from './fixture.js';

export const samples: SampleFactory = async ({ w, orgOf }) => {
  const disclosures = { own: (await pendingDisclosure(w, w.orgs.county.id)).id, other: (await pendingDisclosure(w, w.orgs.siblingCounty.id)).id };
  return {
    'GET /api/disclosures': { path: (t) => `/api/disclosures?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/disclosures/export.xlsx': { path: (t) => `/api/disclosures/export.xlsx?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/disclosures/dashboard': { path: (t) => `/api/disclosures/dashboard?orgId=${orgOf(t)}&from=2026-03-01&to=2026-03-31`, scoped: true },
    'GET /api/disclosures/overdue': { path: (t) => `/api/disclosures/overdue?orgId=${orgOf(t)}`, scoped: true },
    'POST /api/disclosures/:id/publish': { path: (t) => `/api/disclosures/${disclosures[t]}/publish`, body: () => ({}), scoped: true },
    'POST /api/disclosures/:id/withdraw': {
      path: (t) => `/api/disclosures/${disclosures[t]}/withdraw`,
      body: () => ({ reason: 'decisionRevoked', note: '处罚决定已被撤销' }),
      scoped: true,
    },
  };
};
