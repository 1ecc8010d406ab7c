// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTips, sampleTip } from './fixture.js';

export const samples: SampleFactory = async ({ w, regionOf }) => {
  const tips = await permissionTips(w, { own: regionOf('own'), other: regionOf('other') });
  return {
    'GET /api/tips': { path: () => '/api/tips', scoped: false },
    'POST /api/tips': {
      path: () => '/api/tips',
      body: (t) => ({ ...sampleTip(regionOf(t)), channel: 'letter', receivedAt: '2026-01-05T02:00:00Z' }),
      scoped: true,
    },
    'GET /api/tips/:id': { path: (t) => `/api/tips/${tips[t]}`, scoped: true },
    // The first decider accepts; the others meet a decided tip or a stale version (409).
    'POST /api/tips/:id/accept': { path: (t) => `/api/tips/${tips[t]}/accept`, body: () => ({ version: 1 }), scoped: true },
    'POST /api/tips/:id/decline': { path: (t) => `/api/tips/${tips[t]}/decline`, body: () => ({ version: 1, reason: '权限测试理由' }), scoped: true },
    'POST /api/tips/:id/reveal': { path: (t) => `/api/tips/${tips[t]}/reveal`, body: () => ({ reason: '权限测试理由' }), scoped: true },
  };
};
