// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from './fixture.js';

export const samples: SampleFactory = async ({ w, orgOf, shared }) => {
  const insp = await shared('inspections', () => permissionTargets(w));
  return {
    'GET /api/inspections/tasks': { path: (t) => `/api/inspections/tasks?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/inspections/tasks/:id': { path: (t) => `/api/inspections/tasks/${insp[t].taskId}`, scoped: true },
    'POST /api/inspections/tasks': {
      path: () => '/api/inspections/tasks',
      body: (t) => ({
        orgId: orgOf(t),
        enterpriseId: insp[t].enterpriseId,
        officerIds: insp[t].officerIds,
        reason: '权限测试临时检查',
        plannedOn: '2026-03-03',
      }),
      scoped: true,
    },
    // The first leader starts the fresh task; officers not on its team and later callers get 422.
    'POST /api/inspections/tasks/:id/record': {
      path: (t) => `/api/inspections/tasks/${insp[t].freshTaskId}/record`,
      body: () => ({ checklistCode: 'CL-GEN' }),
      scoped: true,
    },
    'GET /api/inspections/records/:id': { path: (t) => `/api/inspections/records/${insp[t].recordId}`, scoped: true },
    'PUT /api/inspections/records/:id': {
      path: (t) => `/api/inspections/records/${insp[t].recordId}`,
      body: () => ({ version: 1, place: '车间', present: [], items: [], findings: '' }),
      scoped: true,
    },
    'POST /api/inspections/records/:id/complete': {
      path: (t) => `/api/inspections/records/${insp[t].recordId}/complete`,
      body: () => ({ version: 1 }),
      scoped: true,
    },
    'GET /api/inspections/records/:id/instrument.pdf': { path: (t) => `/api/inspections/records/${insp[t].recordId}/instrument.pdf`, scoped: true },
    'GET /api/inspections/records/:id/instrument.docx': { path: (t) => `/api/inspections/records/${insp[t].recordId}/instrument.docx`, scoped: true },
    'GET /api/inspections/records/:id/rectification-order.pdf': {
      path: (t) => `/api/inspections/records/${insp[t].recordId}/rectification-order.pdf`,
      scoped: true,
    },
    'GET /api/inspections/records/:id/rectification-order.docx': {
      path: (t) => `/api/inspections/records/${insp[t].recordId}/rectification-order.docx`,
      scoped: true,
    },
    'POST /api/inspections/records/:id/evidence': {
      path: (t) => `/api/inspections/records/${insp[t].recordId}/evidence?fileName=a.jpg&kind=photo`,
      body: () => ({}),
      scoped: true,
    },
    'GET /api/inspections/records/:id/evidence': { path: (t) => `/api/inspections/records/${insp[t].recordId}/evidence`, scoped: true },
    'POST /api/inspections/records/:id/hazards': {
      path: (t) => `/api/inspections/records/${insp[t].recordId}/hazards`,
      body: () => ({ description: '权限测试隐患', measures: '立即整改', deadline: '2026-12-31', responsiblePerson: '张三' }),
      scoped: true,
    },
    'GET /api/inspections/hazards': { path: (t) => `/api/inspections/hazards?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/inspections/hazards/:id': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}`, scoped: true },
    'POST /api/inspections/hazards/:id/rectification': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/rectification`,
      body: () => ({ version: 1, note: '已完成整改' }),
      scoped: true,
    },
    'POST /api/inspections/hazards/:id/extension-request': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/extension-request`,
      body: () => ({ version: 1, until: '2027-01-31', reason: '设备采购周期较长' }),
      scoped: true,
    },
    'POST /api/inspections/hazards/:id/extension-decision': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/extension-decision`,
      body: () => ({ version: 1, grant: false, note: '不同意' }),
      scoped: true,
    },
    'POST /api/inspections/hazards/:id/reinspection': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/reinspection`,
      body: () => ({ version: 1, passed: false, note: '仍未整改' }),
      scoped: true,
    },
    'POST /api/inspections/hazards/:id/extension': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/extension`,
      body: () => ({ version: 1, until: '2027-02-28', reason: '企业停产检修' }),
      scoped: true,
    },
    'POST /api/inspections/hazards/:id/escalation': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/escalation`,
      body: () => ({ version: 1, reason: '重大隐患拒不整改' }),
      scoped: true,
    },
    'POST /api/inspections/hazards/:id/evidence': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/evidence?fileName=a.jpg&kind=photo`,
      body: () => ({}),
      scoped: true,
    },
    'GET /api/inspections/hazards/:id/evidence': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/evidence`, scoped: true },
    'GET /api/inspections/hazards/:id/reinspection-opinion.pdf': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/reinspection-opinion.pdf`,
      scoped: true,
    },
    'GET /api/inspections/hazards/:id/reinspection-opinion.docx': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/reinspection-opinion.docx`,
      scoped: true,
    },
    'GET /api/inspections/hazards/:id/on-site-measures.pdf': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/on-site-measures.pdf`, scoped: true },
    'GET /api/inspections/hazards/:id/on-site-measures.docx': {
      path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/on-site-measures.docx`,
      scoped: true,
    },
    'GET /api/inspections/evidence/:id': { path: (t) => `/api/inspections/evidence/${insp[t].evidenceId}`, scoped: true },
    'GET /api/inspections/figures': { path: (t) => `/api/inspections/figures?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
  };
};
