// The route × role × org walk's samples for this module's routes (src/testing/permissions.db.test.ts).
import type { SampleFactory } from '../../platform/testing/world.js';
import { permissionTargets } from '../inspections/fixture.js';
import { creditListing, creditObjection, creditRepair } from './schema.js';

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
  const enterpriseOf = (t: 'own' | 'other') => insp[t].enterpriseId;
  const orgOf = (t: 'own' | 'other') => (t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id);
  // A repair application and an objection on each side, written directly as well.
  const repair = async (t: 'own' | 'other') => {
    const [row] = await w.app.db
      .insert(creditRepair)
      .values({
        listingId: ids[t],
        orgId: orgOf(t),
        enterpriseId: enterpriseOf(t),
        channel: 'counter',
        appliedBy: proposer,
        appliedOn: '2026-03-02',
        dueOn: '2026-03-30',
        claims: [],
        createdAt: new Date('2026-03-02T02:00:00Z'),
      })
      .returning({ id: creditRepair.id });
    return row.id;
  };
  const objection = async (t: 'own' | 'other') => {
    const [row] = await w.app.db
      .insert(creditObjection)
      .values({
        listingId: ids[t],
        orgId: orgOf(t),
        enterpriseId: enterpriseOf(t),
        channel: 'counter',
        submittedBy: proposer,
        receivedOn: '2026-03-02',
        dueOn: '2026-03-16',
        content: '权限测试：列入事实有误',
        createdAt: new Date('2026-03-02T02:00:00Z'),
      })
      .returning({ id: creditObjection.id });
    return row.id;
  };
  const repairs = { own: await repair('own'), other: await repair('other') };
  const objections = { own: await objection('own'), other: await objection('other') };
  const repairStep = (path: string, body: object) => ({
    path: (t: 'own' | 'other') => `/api/credit/repairs/${repairs[t]}/${path}`,
    body: () => ({ version: 99, ...body }),
    scoped: true,
  });
  // Steps meet a stale version (409): the walk is about who is let in.
  const step = (path: string, body: object) => ({
    path: (t: 'own' | 'other') => `/api/credit/listings/${ids[t]}/${path}`,
    body: () => ({ version: 99, ...body }),
    scoped: true,
  });
  return {
    'GET /api/credit/listings': { path: () => '/api/credit/listings', scoped: false },
    'GET /api/credit/listings/export.xlsx': { path: () => '/api/credit/listings/export.xlsx', scoped: false },
    'GET /api/credit/listings/export': { path: () => '/api/credit/listings/export?format=json', scoped: false },
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
    'GET /api/credit/enterprises/:enterpriseId': { path: (t) => `/api/credit/enterprises/${enterpriseOf(t)}`, scoped: true },
    'GET /api/credit/mine': { path: () => '/api/credit/mine', scoped: false },
    'GET /api/credit/repairs': { path: () => '/api/credit/repairs', scoped: false },
    // The listing is only proposed: let in, then a 422 (or 409, an application already open).
    'POST /api/credit/repairs': {
      path: () => '/api/credit/repairs',
      body: (t) => ({ listingId: ids[t], claims: [{ code: 'penaltyPerformed', met: true, evidence: '权限测试' }] }),
      scoped: true,
    },
    'GET /api/credit/repairs/:id': { path: (t) => `/api/credit/repairs/${repairs[t]}`, scoped: true },
    'POST /api/credit/repairs/:id/review': repairStep('review', { opinion: 'support', note: '权限测试审查意见' }),
    'POST /api/credit/repairs/:id/decide': repairStep('decide', { decision: 'approve', reason: '权限测试决定理由' }),
    'POST /api/credit/repairs/:id/revoke': repairStep('revoke', { reason: '权限测试：申请材料弄虚作假' }),
    'GET /api/credit/repairs/:id/instruments/:kind': { path: (t) => `/api/credit/repairs/${repairs[t]}/instruments/decision?format=docx`, scoped: true },
    // An objection already open on the listing: let in, then a 409 (or 422: the listing is not listed).
    'POST /api/credit/objections': {
      path: () => '/api/credit/objections',
      body: (t) => ({ listingId: ids[t], content: '权限测试：列入事实有误' }),
      scoped: true,
    },
    'POST /api/credit/objections/:id/handle': {
      path: (t) => `/api/credit/objections/${objections[t]}/handle`,
      body: () => ({ version: 99, outcome: 'uphold', reason: '权限测试处理理由' }),
      scoped: true,
    },
  };
};
