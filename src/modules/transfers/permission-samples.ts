// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { systemActor } from '../../platform/context.js';
import { draftCase, staff } from '../cases/testing.js';
import { criminalTransfer } from './schema.js';

export const samples: SampleFactory = async ({ w, enterpriseOf }) => {
  // A transfer on each side written directly against a case of each side: the walk is about who is let in.
  const make = async (t: 'own' | 'other') => {
    const orgRef = t === 'own' ? w.orgs.county : w.orgs.siblingCounty;
    const orgId = orgRef.id;
    const officers = [await staff(w, `ct.perm.${t}.a`, orgRef, ['officer']), await staff(w, `ct.perm.${t}.b`, orgRef, ['officer'])];
    const caseId = (await draftCase(w, systemActor, orgRef, enterpriseOf(t), officers)).id;
    const now = new Date('2026-03-02T02:00:00Z');
    const [row] = await w.app.db
      .insert(criminalTransfer)
      .values({
        caseId,
        orgId,
        partyName: '权限测试企业',
        caseSummary: '权限测试',
        suspectedCrime: '权限测试',
        approvedOn: '2026-03-02',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: criminalTransfer.id });
    return row.id;
  };
  const ids = { own: await make('own'), other: await make('other') };
  // Steps meet a stale version (409): the walk is about who is let in.
  const step = (path: string, body: object) => ({
    path: (t: 'own' | 'other') => `/api/transfers/${ids[t]}/${path}`,
    body: () => ({ version: 99, ...body }),
    scoped: true,
  });
  const day = '2026-03-03';
  return {
    'GET /api/transfers': { path: () => '/api/transfers', scoped: false },
    'GET /api/transfers/export.xlsx': { path: () => '/api/transfers/export.xlsx', scoped: false },
    'GET /api/transfers/agenda': { path: () => '/api/transfers/agenda', scoped: false },
    'GET /api/transfers/joint-meetings': { path: () => '/api/transfers/joint-meetings', scoped: false },
    // One participant only: let in, then a 400 naming participants.
    'POST /api/transfers/joint-meetings': {
      path: () => '/api/transfers/joint-meetings',
      body: () => ({ orgId: w.orgs.county.id, heldOn: day, participants: ['权限测试局'], topics: '权限测试议题', conclusions: '权限测试议定事项' }),
      scoped: false,
    },
    'GET /api/transfers/:id': { path: (t) => `/api/transfers/${ids[t]}`, scoped: true },
    'POST /api/transfers/:id/package': step('package', {
      persons: [{ name: '张三', role: '主要负责人' }],
      procuratorate: '权限测试检察院',
      copiedToProcuratorateOn: day,
    }),
    'POST /api/transfers/:id/receipt': step('receipt', { receivedOn: day, policeAuthority: '权限测试公安局', receivedByName: '李四' }),
    'POST /api/transfers/:id/police-decision': step('police-decision', { decision: 'filed', decidedOn: day, noticeReceivedOn: day }),
    'POST /api/transfers/:id/supervision': step('supervision', { requestedOn: day, procuratorate: '权限测试检察院', reasons: '权限测试：提请立案监督的理由' }),
    'POST /api/transfers/:id/supervision-result': step('supervision-result', { result: 'upheld', resultOn: day, resultText: '权限测试结果说明' }),
    'POST /api/transfers/:id/return': step('return', { returnKind: 'notFiled', returnedOn: day, opinion: '权限测试：移回行政处罚的意见' }),
    'POST /api/transfers/:id/conclude': step('conclude', { concludedOn: day, outcome: '权限测试刑事程序结果' }),
  };
};
