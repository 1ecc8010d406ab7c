// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { deliberationMeeting } from './schema.js';

export const samples: SampleFactory = async ({ w, shared }) => {
  const insp = await shared('inspections', () => permissionTargets(w));
  // An open meeting on each side, written directly: the walk is about who is let in, not about arranging one.
  const make = async (t: 'own' | 'other') => {
    const person = insp[t].officerIds[0];
    const [row] = await w.app.db
      .insert(deliberationMeeting)
      .values({
        orgId: t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id,
        heldOn: '2026-03-02',
        place: '权限测试会议室',
        chairId: person,
        recorderId: person,
        members: [{ userId: person, name: '权限测试', kind: 'chair', present: true, absenceReason: null }],
        createdBy: person,
        createdAt: new Date('2026-03-02T02:00:00Z'),
      })
      .returning({ id: deliberationMeeting.id });
    return row.id;
  };
  const ids = { own: await make('own'), other: await make('other') };
  // Steps meet a stale version (409): the walk is about who is let in.
  const step = (path: string, body: object) => ({
    path: (t: 'own' | 'other') => `/api/deliberations/${ids[t]}/${path}`,
    body: () => ({ version: 99, ...body }),
    scoped: true,
  });
  const member = { userId: insp.own.officerIds[0], kind: 'chair', present: true };
  return {
    'GET /api/deliberations': { path: () => '/api/deliberations', scoped: false },
    'GET /api/deliberations/awaiting': { path: () => '/api/deliberations/awaiting', scoped: false },
    // Too few members: let in, then a 422 naming members.
    'POST /api/deliberations': {
      path: () => '/api/deliberations',
      body: () => ({ orgId: w.orgs.county.id, heldOn: '2026-03-02', place: '权限测试会议室', recorderId: insp.own.officerIds[0], members: [member] }),
      scoped: false,
    },
    'GET /api/deliberations/:id': { path: (t) => `/api/deliberations/${ids[t]}`, scoped: true },
    // Not closed: let in, then a 422.
    'GET /api/deliberations/:id/minutes': { path: (t) => `/api/deliberations/${ids[t]}/minutes?format=docx`, scoped: true },
    'POST /api/deliberations/:id/members': step('members', { members: [member] }),
    'POST /api/deliberations/:id/items': step('items', { caseId: crypto.randomUUID(), reportSummary: '权限测试：调查终结报告摘要' }),
    'POST /api/deliberations/:id/items/:itemId/conclude': {
      path: (t: 'own' | 'other') => `/api/deliberations/${ids[t]}/items/${crypto.randomUUID()}/conclude`,
      body: () => ({ version: 99, conclusion: 'penalty', conclusionText: '权限测试讨论意见', votes: [{ userId: member.userId, vote: 'agree' }] }),
      scoped: true,
    },
    'POST /api/deliberations/:id/close': step('close', {}),
  };
};
