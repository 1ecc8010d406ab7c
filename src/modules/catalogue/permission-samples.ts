// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { addDays } from '../../platform/dates.js';
import { defaultBenchmark } from './rules.js';
import { violationType } from './service.js';

const sampleChecklist = {
  title: '权限测试检查表',
  scope: 'general',
  items: [{ code: 'T-01', text: '是否建立安全生产责任制', basis: { lawCode: 'work-safety-law-2021', article: 22 } }],
};
const samplePowerItem = {
  kind: '行政检查',
  name: '权限测试检查事项',
  basis: '《中华人民共和国安全生产法》第六十五条',
  subject: '市级应急管理部门',
  matters: [{ code: 'M-01', name: '权限测试执法事项', level: 'city' }],
};

export const samples: SampleFactory = async ({ orgOf, regionOf, next }) => ({
  'GET /api/catalogue/laws': { path: () => '/api/catalogue/laws', scoped: false },
  'GET /api/catalogue/violation-types': { path: () => '/api/catalogue/violation-types?q=97', scoped: false },
  'GET /api/catalogue/violation-types/:code': { path: (t) => `/api/catalogue/violation-types/WSL-97-1?orgId=${orgOf(t)}`, scoped: true },
  'POST /api/catalogue/benchmarks': {
    path: () => '/api/catalogue/benchmarks',
    body: (t) => ({
      violationTypeCode: 'WSL-97-1',
      orgId: orgOf(t),
      effectiveFrom: addDays('2025-01-01', next()),
      grades: defaultBenchmark(violationType('WSL-97-1'), '2025-01-01').grades,
      basisDocument: '测试基准文件',
    }),
    scoped: true,
  },
  'POST /api/catalogue/discretion': {
    path: () => '/api/catalogue/discretion',
    body: (t) => ({ violationTypeCode: 'WSL-97-1', party: 'unit', orgId: orgOf(t), violationDate: '2026-02-01', facts: { harmCaused: 'slight' } }),
    scoped: true,
  },
  'GET /api/catalogue/checklists': { path: (t) => `/api/catalogue/checklists?orgId=${orgOf(t)}&includeWithdrawn=true`, scoped: true },
  // A fresh own code each call, so every editor role's save creates an entry (version null) and succeeds.
  'PUT /api/catalogue/checklists/:code': {
    path: (t) => `/api/catalogue/checklists/${regionOf(t)}-T${next()}`,
    body: (t) => ({ orgId: orgOf(t), version: null, ...sampleChecklist }),
    scoped: true,
  },
  // The first editor withdraws CL-GEN for the city; the others get 409 (already withdrawn).
  'POST /api/catalogue/checklists/:code/withdraw': {
    path: () => '/api/catalogue/checklists/CL-GEN/withdraw',
    body: (t) => ({ orgId: orgOf(t), reason: '权限测试停用' }),
    scoped: true,
  },
  'GET /api/catalogue/checklists/:code/history': { path: (t) => `/api/catalogue/checklists/CL-GEN/history?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/catalogue/major-hazard-criteria': { path: () => '/api/catalogue/major-hazard-criteria', scoped: false },
  'GET /api/catalogue/power-items': { path: (t) => `/api/catalogue/power-items?orgId=${orgOf(t)}`, scoped: true },
  'PUT /api/catalogue/power-items/:code': {
    path: (t) => `/api/catalogue/power-items/${regionOf(t)}-P${next()}`,
    body: (t) => ({ orgId: orgOf(t), version: null, ...samplePowerItem }),
    scoped: true,
  },
  'POST /api/catalogue/power-items/:code/withdraw': {
    path: () => '/api/catalogue/power-items/XZCF-015/withdraw',
    body: (t) => ({ orgId: orgOf(t), reason: '权限测试停用' }),
    scoped: true,
  },
  'GET /api/catalogue/power-items/:code/history': { path: (t) => `/api/catalogue/power-items/XZCF-015/history?orgId=${orgOf(t)}`, scoped: true },
});
