// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { creditListing } from './schema.js';

export const samples: SampleFactory = async ({ w, shared }) => {
  const insp = await shared('inspections', () => permissionTargets(w));
  const proposer = insp.own.officerIds[0];
  // A proposed listing on each side, written directly: the walk is about who is let in, not about proposing.
  const make = async (t: 'own' | 'other') => {
    const [row] = await w.app.db
      .insert(creditListing)
      .values({
        caseId: crypto.randomUUID(),
        penaltyDecisionNumber: `（权限）应急罚〔2026〕${t === 'own' ? 1 : 2}号`,
        penaltyDecidedOn: '2026-03-02',
        orgId: t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id,
        enterpriseId: insp[t].enterpriseId,
        criterion: 'otherSerious',
        facts: '权限测试：拒不整改重大事故隐患',
        proposedBy: proposer,
        proposedOn: '2026-03-02',
        createdAt: new Date('2026-03-02T02:00:00Z'),
      })
      .returning({ id: creditListing.id });
    return row.id;
  };
  const ids = { own: await make('own'), other: await make('other') };
  // Steps meet a stale version (409): the walk is about who is let in.
  const step = (path: string, body: object) => ({
    path: (t: 'own' | 'other') => `/api/credit/listings/${ids[t]}/${path}`,
    body: () => ({ version: 99, ...body }),
    scoped: true,
  });
  return {
    'GET /api/credit/listings': { path: () => '/api/credit/listings', scoped: false },
    'GET /api/credit/listings/export.xlsx': { path: () => '/api/credit/listings/export.xlsx', scoped: false },
    // No such case: let in, then a 404 naming caseId.
    'POST /api/credit/listings': {
      path: () => '/api/credit/listings',
      body: () => ({ caseId: crypto.randomUUID(), criterion: 'otherSerious', facts: '权限测试：拒不整改重大事故隐患' }),
      scoped: false,
    },
    'GET /api/credit/listings/:id': { path: (t) => `/api/credit/listings/${ids[t]}`, scoped: true },
    // Nothing served yet: let in, then a 422.
    'GET /api/credit/listings/:id/instruments/:kind': { path: (t) => `/api/credit/listings/${ids[t]}/instruments/notice?format=docx`, scoped: true },
    'POST /api/credit/listings/:id/notice': step('notice', { servedOn: '2026-03-02' }),
    'POST /api/credit/listings/:id/statement': step('statement', { statement: '权限测试陈述', receivedOn: '2026-03-02' }),
    'POST /api/credit/listings/:id/decide': step('decide', { outcome: 'list', reason: '权限测试决定理由' }),
    'POST /api/credit/listings/:id/serve': step('serve', { servedOn: '2026-03-02' }),
  };
};
