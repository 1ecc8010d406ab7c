// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from './fixture.js';
import { systemActor } from '../../platform/context.js';
import { createCampaign } from './campaigns/service.js';

export const samples: SampleFactory = async ({ w, orgOf, shared }) => {
  const insp = await shared('inspections', () => permissionTargets(w));
  // A campaign of each side's county: the own city's leaders see and close theirs, never the other's.
  const campaigns = await shared('campaigns', async () => {
    const launch = (orgId: string) =>
      createCampaign(w.app, systemActor, { orgId, name: '权限测试专项整治', basis: '权限测试文件', startsOn: '2026-01-01', endsOn: '2026-12-31' });
    return { own: (await launch(w.orgs.county.id)).id, other: (await launch(w.orgs.siblingCounty.id)).id };
  });
  return {
    'GET /api/inspections/tasks': { path: (t) => `/api/inspections/tasks?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/inspections/tasks/export.xlsx': { path: (t) => `/api/inspections/tasks/export.xlsx?orgId=${orgOf(t)}`, scoped: true },
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
    // Only the enterprise user (of the own side's enterprise) reports; naming the other's is refused.
    'POST /api/inspections/hazards/self-reports': {
      path: () => '/api/inspections/hazards/self-reports',
      body: (t) => ({
        enterpriseId: insp[t].enterpriseId,
        description: '权限测试自查隐患',
        location: '仓库',
        grade: 'general',
        measures: '立即整改',
        deadline: '2026-12-31',
        responsiblePerson: '张三',
      }),
      scoped: true,
    },
    'GET /api/inspections/hazards': { path: (t) => `/api/inspections/hazards?orgId=${orgOf(t)}`, scoped: true },
    'GET /api/inspections/hazards/export.xlsx': { path: (t) => `/api/inspections/hazards/export.xlsx?orgId=${orgOf(t)}`, scoped: true },
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
    'GET /api/inspections/campaigns': { path: (t) => `/api/inspections/campaigns?orgId=${orgOf(t)}`, scoped: true },
    'POST /api/inspections/campaigns': {
      path: () => '/api/inspections/campaigns',
      body: (t) => ({ orgId: orgOf(t), name: '权限测试专项整治', basis: '权限测试文件', startsOn: '2026-03-01', endsOn: '2026-12-31' }),
      scoped: true,
    },
    'GET /api/inspections/campaigns/:id': { path: (t) => `/api/inspections/campaigns/${campaigns[t]}`, scoped: true },
    'GET /api/inspections/campaigns/:id/figures': { path: (t) => `/api/inspections/campaigns/${campaigns[t]}/figures`, scoped: true },
    'GET /api/inspections/campaigns/:id/tasks': { path: (t) => `/api/inspections/campaigns/${campaigns[t]}/tasks`, scoped: true },
    // The first leader closes it; later callers get 422.
    'POST /api/inspections/campaigns/:id/close': {
      path: (t) => `/api/inspections/campaigns/${campaigns[t]}/close`,
      body: () => ({ version: 1, note: '权限测试总结' }),
      scoped: true,
    },
    'GET /api/inspections/figures': { path: (t) => `/api/inspections/figures?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
  };
};
