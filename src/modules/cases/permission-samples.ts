// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory, Side } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { sampleCase } from './testing.js';

export const samples: SampleFactory = async ({ w, orgOf, personOf, enterpriseOf, shared }) => {
  const penaltyCases = {
    own: (await sampleCase(w, w.orgs.county, enterpriseOf('own'))).id,
    other: (await sampleCase(w, w.orgs.siblingCounty, enterpriseOf('other'))).id,
  };
  const caseOf = (t: Side) => penaltyCases[t];
  const insp = await shared('inspections', () => permissionTargets(w));
  return {
    'GET /api/cases': { path: (t) => `/api/cases?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/cases/export.xlsx': { path: (t) => `/api/cases/export.xlsx?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/cases/review-queue': { path: () => '/api/cases/review-queue', scoped: false },
    'GET /api/cases/agenda': { path: () => '/api/cases/agenda', scoped: false },
    'GET /api/cases/:id': { path: (t) => `/api/cases/${caseOf(t)}`, scoped: true },
    // The sample case is a draft, which has its 立案审批表.
    'GET /api/cases/:id/instruments/:kind': { path: (t) => `/api/cases/${caseOf(t)}/instruments/filingApproval?format=pdf`, scoped: true },
    // The sample case is a draft: no 卷宗 yet (its state, then 422 for the files, inside the subtree).
    'GET /api/cases/:id/case-file': { path: (t) => `/api/cases/${caseOf(t)}/case-file`, scoped: true },
    'GET /api/cases/:id/case-file/pdf': { path: (t) => `/api/cases/${caseOf(t)}/case-file/pdf`, scoped: true },
    'GET /api/cases/:id/case-file/archive': { path: (t) => `/api/cases/${caseOf(t)}/case-file/archive`, scoped: true },
    // One uncredentialed investigator: refused with 422 inside the subtree, 403 outside it.
    'POST /api/cases': {
      path: () => '/api/cases',
      body: (t) => ({
        orgId: orgOf(t),
        procedure: 'general',
        partyKind: 'organisation',
        enterpriseId: enterpriseOf(t),
        violationTypeCode: 'WSL-97-1',
        violationDate: '2026-01-20',
        summary: '权限测试案件',
        investigatorIds: [personOf(t)],
      }),
      scoped: true,
    },
    // Archiving a draft is refused by the state machine (422) for every role, so nothing is written.
    // The sample hazards sit on records still in progress: allowed roles get 422, not a case.
    'GET /api/cases/from-finding/:hazardId': { path: (t) => `/api/cases/from-finding/${insp[t].hazardId}`, scoped: true },
    'POST /api/cases/from-finding': {
      path: () => '/api/cases/from-finding',
      body: (t) => ({ hazardId: insp[t].hazardId, violationTypeCode: 'WSL-97-2' }),
      scoped: true,
    },
    'POST /api/cases/:id/events': { path: (t) => `/api/cases/${caseOf(t)}/events`, body: () => ({ event: 'archive', version: 1 }), scoped: true },
    'POST /api/cases/:id/interviews': {
      path: (t) => `/api/cases/${caseOf(t)}/interviews`,
      body: () => ({
        version: 1,
        intervieweeName: '张三',
        intervieweeRole: 'witness',
        startedAt: '2026-02-11T01:00:00Z',
        endedAt: '2026-02-11T02:00:00Z',
        place: '企业会议室',
        officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
        qa: [{ q: '问', a: '答' }],
      }),
      scoped: true,
    },
    'POST /api/cases/:id/samplings': {
      path: (t) => `/api/cases/${caseOf(t)}/samplings`,
      body: () => ({
        version: 1,
        items: [{ name: '样品', quantity: 1, unit: '桶' }],
        place: '仓库',
        sampledAt: '2026-02-11T01:00:00Z',
        method: 'random',
        witnessName: '张三',
        officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
      }),
      scoped: true,
    },
    'POST /api/cases/:id/preservations': {
      path: (t) => `/api/cases/${caseOf(t)}/preservations`,
      body: () => ({
        version: 1,
        items: [{ name: '台账', quantity: 1, unit: '本', storagePlace: '证据保管室' }],
        reason: '可能被转移',
        officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
      }),
      scoped: true,
    },
    'POST /api/cases/:id/preservations/:index/approval': {
      path: (t) => `/api/cases/${caseOf(t)}/preservations/0/approval`,
      body: () => ({ version: 1, approve: true }),
      scoped: true,
    },
    'POST /api/cases/:id/preservations/:index/decision': {
      path: (t) => `/api/cases/${caseOf(t)}/preservations/0/decision`,
      body: () => ({ version: 1, kind: 'release', details: '解除先行登记保存' }),
      scoped: true,
    },
    'POST /api/cases/:id/reviews': {
      path: (t) => `/api/cases/${caseOf(t)}/reviews`,
      body: () => ({
        checklist: Object.fromEntries(
          ['competence', 'facts', 'evidence', 'lawApplied', 'procedure', 'discretion', 'instrumentWording'].map((k) => [k, { ok: true }]),
        ),
        outcome: 'pass',
        version: 1,
      }),
      scoped: true,
    },
  };
};
