// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import { systemActor } from '../../platform/context.js';
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { scheduleFollowUp } from './service.js';

export const samples: SampleFactory = async ({ w, shared }) => {
  // The inspections targets' enterprises: `u.enterpriseUser` belongs to the own side's.
  const insp = await shared('inspections', () => permissionTargets(w));
  const [own, other] = await w.app.db.transaction(async (tx) => {
    const make = (t: 'own' | 'other', orgId: string) =>
      scheduleFollowUp({ tx, actor: systemActor }, w.app, {
        kind: 'hazard',
        of: 'major',
        subjectId: insp[t].hazardId,
        title: '权限测试隐患',
        orgId,
        enterpriseId: insp[t].enterpriseId,
        on: '2026-03-02',
        handlerIds: insp[t].officerIds,
      });
    return [await make('own', w.orgs.county.id), await make('other', w.orgs.siblingCounty.id)];
  });
  const ids = { own: own as string, other: other as string };
  // Steps meet a stale version or the wrong state (409): the walk is about who is let in.
  const step = (path: string, body: object) => ({
    path: (t: 'own' | 'other') => `/api/followups/${ids[t]}/${path}`,
    body: () => ({ version: 99, ...body }),
    scoped: true,
  });
  const answers = { fairness: 'satisfied', conduct: 'satisfied', satisfaction: 'satisfied' };
  return {
    'GET /api/followups': { path: () => '/api/followups', scoped: false },
    'GET /api/followups/export.xlsx': { path: () => '/api/followups/export.xlsx', scoped: false },
    'GET /api/followups/agenda': { path: () => '/api/followups/agenda', scoped: false },
    'GET /api/followups/:id': { path: (t) => `/api/followups/${ids[t]}`, scoped: true },
    // Still due: 422 for those let in (no record yet), 403 outside the subtree or the enterprise.
    'GET /api/followups/:id/instrument': { path: (t) => `/api/followups/${ids[t]}/instrument?format=docx`, scoped: true },
    'POST /api/followups/:id/record': step('record', { outcome: 'answered', channel: 'visit', respondent: '权限测试', ...answers }),
    'POST /api/followups/:id/answer': step('answer', answers),
    'POST /api/followups/:id/resolve': step('resolve', { resolution: '权限测试处理结果' }),
  };
};
