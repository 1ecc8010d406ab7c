// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';

export const samples: SampleFactory = async ({ orgOf }) => ({
  'GET /api/report/figures': { path: (t) => `/api/report/figures?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
});
