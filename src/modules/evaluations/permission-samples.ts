// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { evaluationRound } from './schema.js';

export const samples: SampleFactory = async ({ w }) => {
  // An announced round on each side, written directly: the walk is about who is let in, not about running one.
  const make = async (t: 'own' | 'other') => {
    const [row] = await w.app.db
      .insert(evaluationRound)
      .values({
        orgId: t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id,
        name: '权限测试评查',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        orgIds: [t === 'own' ? w.orgs.township.id : w.orgs.siblingCounty.id],
        perOrg: 1,
        alg: 'sm3',
        beacon: { source: '权限测试随机源', format: '原样', expectedAt: '2026-07-01T21:15:00+08:00' },
        pool: { orgs: [] },
        poolDigest: '0'.repeat(64),
        paramsDigest: '0'.repeat(64),
        commitment: '0'.repeat(64),
        secret: '0'.repeat(64),
        createdAt: new Date('2026-07-01T02:00:00Z'),
      })
      .returning({ id: evaluationRound.id });
    return row.id;
  };
  const ids = { own: await make('own'), other: await make('other') };
  const round = (path: string, body?: object) => ({
    path: (t: 'own' | 'other') => `/api/evaluations/${ids[t]}${path}`,
    ...(body ? { body: () => body } : {}),
    scoped: true,
  });
  const file = (path: string, body?: object) => round(`/files/${crypto.randomUUID()}${path}`, body);
  return {
    'GET /api/evaluations': { path: () => '/api/evaluations', scoped: false },
    'GET /api/evaluations/standard': { path: () => '/api/evaluations/standard', scoped: false },
    'GET /api/evaluations/files': { path: () => '/api/evaluations/files', scoped: false },
    'GET /api/evaluations/files/export.xlsx': { path: () => '/api/evaluations/files/export.xlsx', scoped: false },
    // The township is no subordinate of the county's round org when posted from elsewhere: let in, then a 4xx naming orgIds.
    'POST /api/evaluations': {
      path: () => '/api/evaluations',
      body: () => ({
        orgId: w.orgs.county.id,
        name: '权限测试评查',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        orgIds: [w.orgs.county.id],
        perOrg: 1,
        beacon: { source: '权限测试随机源', format: '原样', expectedAt: '2099-07-01T21:15:00+08:00' },
      }),
      scoped: false,
    },
    'GET /api/evaluations/:id': round(''),
    'GET /api/evaluations/:id/bundle': round('/bundle'),
    // Stale versions and unknown files: let in, then a 409, 404 or 422.
    'POST /api/evaluations/:id/draw': round('/draw', { version: 99, beacon: '01 02 03 04 05 06+07' }),
    'POST /api/evaluations/:id/close': round('/close', { version: 99, excellentFileIds: [], summary: '权限测试评查总结内容' }),
    'POST /api/evaluations/:id/files/:fileId/score': file('/score', { version: 99, deductions: [] }),
    'POST /api/evaluations/:id/files/:fileId/notify': file('/notify', { version: 99 }),
    'POST /api/evaluations/:id/files/:fileId/answer': file('/answer', { version: 99, answer: '权限测试整改说明内容' }),
    'GET /api/evaluations/:id/files/:fileId/notice': file('/notice?format=docx'),
  };
};
