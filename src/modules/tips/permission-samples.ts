// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { systemActor } from '../../platform/context.js';
import { samplePng } from '../inspections/instruments/samples.js';
import { addStaffMaterial } from './attachments.js';
import { permissionTips, sampleTip } from './fixture.js';

const NO_REWARD = '00000000-0000-4000-8000-00000000abcd';

export const samples: SampleFactory = async ({ w, regionOf, enterpriseOf, personOf }) => {
  const tips = await permissionTips(w, { own: regionOf('own'), other: regionOf('other') });
  const file = async (id: string) => (await addStaffMaterial(w.app, systemActor, id, { fileName: '权限测试.png', bytes: Buffer.from(samplePng()) })).id;
  const material = { own: await file(tips.own), other: await file(tips.other) };
  return {
    'GET /api/tips': { path: () => '/api/tips', scoped: false },
    'GET /api/tips/agenda': { path: () => '/api/tips/agenda', scoped: false },
    'POST /api/tips': {
      path: () => '/api/tips',
      body: (t) => ({ ...sampleTip(regionOf(t)), channel: 'letter', receivedAt: '2026-01-05T02:00:00Z' }),
      scoped: true,
    },
    'GET /api/tips/:id': { path: (t) => `/api/tips/${tips[t]}`, scoped: true },
    // An upload without a file body is let in and meets a 400: the walk is about who may add material.
    'POST /api/tips/:id/material': { path: (t) => `/api/tips/${tips[t]}/material?fileName=a.png`, body: () => ({}), scoped: true },
    'GET /api/tips/:id/material': { path: (t) => `/api/tips/${tips[t]}/material`, scoped: true },
    'GET /api/tips/material/:id': { path: (t) => `/api/tips/material/${material[t]}`, scoped: true },
    // The first decider accepts; the others meet a decided tip or a stale version (409).
    'POST /api/tips/:id/accept': { path: (t) => `/api/tips/${tips[t]}/accept`, body: () => ({ version: 1 }), scoped: true },
    'POST /api/tips/:id/decline': { path: (t) => `/api/tips/${tips[t]}/decline`, body: () => ({ version: 1, reason: '权限测试理由' }), scoped: true },
    'POST /api/tips/:id/reveal': { path: (t) => `/api/tips/${tips[t]}/reveal`, body: () => ({ reason: '权限测试理由' }), scoped: true },
    // Handling and rewards meet a tip in the wrong state, a stale version or no such reward (409,
    // 422, 404): the walk is about who is let in, which is decided before any of those.
    'POST /api/tips/:id/assign': {
      path: (t) => `/api/tips/${tips[t]}/assign`,
      body: (t) => ({ version: 1, enterpriseId: enterpriseOf(t), officerIds: [personOf(t)], plannedOn: '2026-12-31' }),
      scoped: true,
    },
    'POST /api/tips/:id/verify': {
      path: (t) => `/api/tips/${tips[t]}/verify`,
      body: () => ({ version: 1, result: 'confirmed', note: '权限测试核查情况', caseIds: [] }),
      scoped: true,
    },
    // The samples are tips, not complaints: a concluder is let in and meets a 422.
    'POST /api/tips/:id/conclude': {
      path: (t) => `/api/tips/${tips[t]}/conclude`,
      body: () => ({ version: 1, outcome: 'partly', reply: '权限测试答复内容', correctiveAct: '权限测试纠正措施' }),
      scoped: true,
    },
    'POST /api/tips/:id/rewards': {
      path: (t) => `/api/tips/${tips[t]}/rewards`,
      body: () => ({ version: 1, outcome: { kind: 'hazardOrIllegal' } }),
      scoped: true,
    },
    'POST /api/tips/:id/rewards/:rewardId/approve': {
      path: (t) => `/api/tips/${tips[t]}/rewards/${NO_REWARD}/approve`,
      body: () => ({ version: 1 }),
      scoped: true,
    },
    'POST /api/tips/:id/rewards/:rewardId/reject': {
      path: (t) => `/api/tips/${tips[t]}/rewards/${NO_REWARD}/reject`,
      body: () => ({ version: 1, reason: '权限测试理由' }),
      scoped: true,
    },
    'GET /api/tips/:id/rewards/:rewardId/claimant': { path: (t) => `/api/tips/${tips[t]}/rewards/${NO_REWARD}/claimant`, scoped: true },
    'POST /api/tips/:id/rewards/:rewardId/pay': {
      path: (t) => `/api/tips/${tips[t]}/rewards/${NO_REWARD}/pay`,
      body: () => ({ version: 1, identityChecked: true, paidOn: '2026-01-05', voucher: 'QX-0001' }),
      scoped: true,
    },
  };
};
