// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionReports } from './annual/fixture.js';
import { defaultOutline } from './annual/rules.js';

export const samples: SampleFactory = async ({ w, orgOf }) => {
  const reports = await permissionReports(w);
  const at = (t: 'own' | 'other', rest = '') => `/api/report/annual/${reports[t]}${rest}`;
  return {
    'GET /api/report/figures': { path: (t) => `/api/report/figures?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
    'GET /api/report/trends': { path: (t) => `/api/report/trends?orgId=${orgOf(t)}&year=2026`, scoped: true },
    'GET /api/report/ranking': { path: (t) => `/api/report/ranking?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
    'GET /api/report/figures.xlsx': { path: (t) => `/api/report/figures.xlsx?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
    'GET /api/report/annual': { path: (t) => `/api/report/annual?orgId=${orgOf(t)}`, scoped: true },
    // The first drafter creates the 2024 report; the others meet the one-per-year rule (409).
    'POST /api/report/annual': { path: () => '/api/report/annual', body: (t) => ({ orgId: orgOf(t), year: 2024 }), scoped: true },
    'GET /api/report/annual/:id': { path: (t) => at(t), scoped: true },
    // The first save succeeds; later ones and every transition meet a stale version (409) or a wrong state.
    'PUT /api/report/annual/:id/outline': { path: (t) => at(t, '/outline'), body: () => ({ outline: defaultOutline(2025), version: 1 }), scoped: true },
    'PUT /api/report/annual/:id/sections/:key': { path: (t) => at(t, '/sections/leader'), body: () => ({ text: '权限测试', baseVersion: 0 }), scoped: true },
    'GET /api/report/annual/:id/sections/:key/versions': { path: (t) => at(t, '/sections/leader/versions'), scoped: true },
    'POST /api/report/annual/:id/submit': { path: (t) => at(t, '/submit'), body: () => ({ version: 1 }), scoped: true },
    'POST /api/report/annual/:id/approve': { path: (t) => at(t, '/approve'), body: () => ({ version: 1 }), scoped: true },
    'POST /api/report/annual/:id/return': { path: (t) => at(t, '/return'), body: () => ({ version: 1, reason: '权限测试' }), scoped: true },
    'GET /api/report/annual/:id/document': { path: (t) => at(t, '/document?format=docx'), scoped: true },
  };
};
