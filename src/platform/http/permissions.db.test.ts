import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../auth/roles.js';
import { createCheckpoint, headSeq } from '../ledger/service.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../testing/fixture.js';
import type { Access } from './access.js';
import { systemActor } from '../context.js';
import { sampleEnterprise } from '../../modules/registry/fixture.js';
import { createEnterprise } from '../../modules/registry/service.js';
import { stageImport } from '../../modules/registry/imports.js';
import { defaultBenchmark } from '../../modules/catalogue/rules.js';
import { violationType } from '../../modules/catalogue/service.js';
import { addDays } from '../dates.js';
import { sampleCase } from '../../modules/cases/testing.js';
import { createMatter } from '../../modules/draws/matters.js';
import { announceDraw } from '../../modules/draws/service.js';
import { sampleMatter, sampleAnnouncement } from '../../modules/draws/fixture.js';
import { createPlan } from '../../modules/plans/service.js';
import { permissionTargets } from '../../modules/inspections/fixture.js';
import { pendingDisclosure } from '../../modules/disclosure/fixture.js';

// Walks every declared route × every role × in-subtree and out-of-subtree targets. A route
// added without a sample here fails the first test, so nothing escapes the walk.
let w: TestWorld;
const clients = new Map<Role, Client>();
let target: { own: string; other: string; ownPerson: string; otherPerson: string; ownEnterprise: string; otherEnterprise: string; ownImport: string; otherImport: string; seq: number };

let plans: { own: string; other: string };
let insp: Awaited<ReturnType<typeof permissionTargets>>;
let disclosures: { own: string; other: string };
let drawTargets: { ownMatter: string; otherMatter: string; ownDraw: string; otherDraw: string };
const matterOf = (t: 'own' | 'other') => (t === 'own' ? drawTargets.ownMatter : drawTargets.otherMatter);
const drawOf = (t: 'own' | 'other') => (t === 'own' ? drawTargets.ownDraw : drawTargets.otherDraw);

type Sample = { path: (t: 'own' | 'other') => string; body?: (t: 'own' | 'other') => unknown; scoped: boolean };

beforeAll(async () => {
  w = await createWorld();
  for (const role of ROLES) await addUser(w, `u.${role}`, w.orgs.city.id, [role]);
  const own = await addUser(w, 'target.own', w.orgs.county.id, ['officer']);
  const other = await addUser(w, 'target.other', w.orgs.siblingCounty.id, ['officer']);
  const ownEnterprise = await createEnterprise(w.app, systemActor, sampleEnterprise(1, '421202'));
  const otherEnterprise = await createEnterprise(w.app, systemActor, sampleEnterprise(2, '420102'));
  const importBy = (o: { id: string; path: string }) => stageImport(w.app, { userId: null, username: 'system', orgId: o.id, orgPath: o.path, roles: [] }, 'empty.csv', Buffer.from('统一社会信用代码\r\n'));
  const [ownImport, otherImport] = [await importBy(w.orgs.city), await importBy(w.orgs.siblingCity)];
  const planFor = (orgId: string) => createPlan(w.app, systemActor, { orgId, year: 2026, title: '权限测试年度计划', items: [] });
  plans = { own: (await planFor(w.orgs.city.id)).id, other: (await planFor(w.orgs.siblingCity.id)).id };
  const matterOf = (o: { id: string }) => createMatter(w.app, systemActor, sampleMatter(o.id, 'SC-PERM'));
  const [ownMatter, otherMatter] = [await matterOf(w.orgs.city), await matterOf(w.orgs.siblingCity)];
  const [ownDraw, otherDraw] = [await announceDraw(w.app, systemActor, sampleAnnouncement(ownMatter.id, '2026-03-02')), await announceDraw(w.app, systemActor, sampleAnnouncement(otherMatter.id, '2026-03-02'))];
  drawTargets = { ownMatter: ownMatter.id, otherMatter: otherMatter.id, ownDraw: ownDraw.id, otherDraw: otherDraw.id };
  await createCheckpoint(w.app);
  penaltyCases = { own: (await sampleCase(w, w.orgs.county, ownEnterprise.id)).id, other: (await sampleCase(w, w.orgs.siblingCounty, otherEnterprise.id)).id };
  insp = await permissionTargets(w);
  disclosures = { own: (await pendingDisclosure(w, w.orgs.county.id)).id, other: (await pendingDisclosure(w, w.orgs.siblingCounty.id)).id };
  target = { ownImport: ownImport.id, otherImport: otherImport.id, own: w.orgs.city.id, other: w.orgs.siblingCity.id, ownPerson: own.id, otherPerson: other.id, ownEnterprise: ownEnterprise.id, otherEnterprise: otherEnterprise.id, seq: 3 };
  for (const role of ROLES) clients.set(role, await signIn(w, `u.${role}`));
}, 120_000);
afterAll(() => w.close());

const orgOf = (t: 'own' | 'other') => (t === 'own' ? target.own : target.other);
const personOf = (t: 'own' | 'other') => (t === 'own' ? target.ownPerson : target.otherPerson);
const importOf = (t: 'own' | 'other') => (t === 'own' ? target.ownImport : target.otherImport);
let penaltyCases: { own: string; other: string };
const caseOf = (t: 'own' | 'other') => penaltyCases[t];
const enterpriseOf = (t: 'own' | 'other') => (t === 'own' ? target.ownEnterprise : target.otherEnterprise);
// Re-sending the stored record is a valid edit that changes nothing, so it can run for every role.
const unchangedEnterprise = (t: 'own' | 'other') => {
  const { uscc: _uscc, ...rest } = sampleEnterprise(t === 'own' ? 1 : 2, t === 'own' ? '421202' : '420102');
  return { ...rest, version: 1 };
};
let serial = 0;
const regionOf = (t: 'own' | 'other') => (t === 'own' ? '421200' : '420100');
const sampleChecklist = { title: '权限测试检查表', scope: 'general', items: [{ code: 'T-01', text: '是否建立安全生产责任制', basis: { lawCode: 'work-safety-law-2021', article: 22 } }] };
const samplePowerItem = { kind: '行政检查', name: '权限测试检查事项', basis: '《中华人民共和国安全生产法》第六十五条', subject: '市级应急管理部门', matters: [{ code: 'M-01', name: '权限测试执法事项', level: 'city' }] };

const SAMPLES: Record<string, Sample> = {
  'GET /api/auth/me': { path: () => '/api/auth/me', scoped: false },
  'GET /api/disclosures': { path: (t) => `/api/disclosures?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/disclosures/dashboard': { path: (t) => `/api/disclosures/dashboard?orgId=${orgOf(t)}&from=2026-03-01&to=2026-03-31`, scoped: true },
  'GET /api/disclosures/overdue': { path: (t) => `/api/disclosures/overdue?orgId=${orgOf(t)}`, scoped: true },
  'POST /api/disclosures/:id/publish': { path: (t) => `/api/disclosures/${disclosures[t]}/publish`, body: () => ({}), scoped: true },
  'POST /api/disclosures/:id/withdraw': { path: (t) => `/api/disclosures/${disclosures[t]}/withdraw`, body: () => ({ reason: 'decisionRevoked', note: '处罚决定已被撤销' }), scoped: true },
  'POST /api/auth/password': { path: () => '/api/auth/password', body: () => ({ currentPassword: 'wrong-one', newPassword: 'Another#Pass2' }), scoped: false },
  'POST /api/auth/sign-out': { path: () => '/api/auth/sign-out', scoped: false },
  'GET /api/security-events': { path: () => '/api/security-events', scoped: false },
  'GET /api/orgs/tree': { path: () => '/api/orgs/tree', scoped: false },
  'GET /api/orgs/:id': { path: (t) => `/api/orgs/${orgOf(t)}`, scoped: true },
  'POST /api/orgs': { path: () => '/api/orgs', body: (t) => ({ parentId: orgOf(t), level: 'county', name: `测试县${++serial}`, shortName: '测', regionCode: t === 'own' ? `4212${String(30 + (serial % 60)).padStart(2, '0')}` : `4201${String(30 + (serial % 60)).padStart(2, '0')}` }), scoped: true },
  'POST /api/orgs/:id/delegations': { path: (t) => `/api/orgs/${t === 'own' ? w.orgs.county.id : w.orgs.siblingCounty.id}/delegations`, body: () => ({ delegateOrgId: w.orgs.township.id, fineCeiling: 10000, validFrom: '2026-01-01', legalBasis: '行政处罚法第二十条' }), scoped: true },
  'GET /api/people': { path: (t) => `/api/people?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/people/figures': { path: (t) => `/api/people/figures?orgId=${orgOf(t)}`, scoped: true },
  'POST /api/people': { path: () => '/api/people', body: (t) => ({ username: `new.${++serial}`, displayName: '新人员', orgId: orgOf(t), initialPassword: 'Initial#Pass9' }), scoped: true },
  'PUT /api/people/:id/roles': { path: (t) => `/api/people/${personOf(t)}/roles`, body: () => ({ roles: ['officer', 'sectionChief'] }), scoped: true },
  'POST /api/people/:id/unlock': { path: (t) => `/api/people/${personOf(t)}/unlock`, scoped: true },
  'POST /api/people/:id/credentials': { path: (t) => `/api/people/${personOf(t)}/credentials`, body: () => ({ number: `CRED-${++serial}`, issuer: '湖北省人民政府', scope: '安全生产', validFrom: '2025-01-01', validTo: '2029-12-31' }), scoped: true },
  'GET /api/enterprises': { path: (t) => `/api/enterprises?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/enterprises/:id': { path: (t) => `/api/enterprises/${enterpriseOf(t)}`, scoped: true },
  'GET /api/enterprises/:id/history': { path: (t) => `/api/enterprises/${enterpriseOf(t)}/history`, scoped: true },
  'POST /api/enterprises': { path: () => '/api/enterprises', body: (t) => ({ ...sampleEnterprise(1000 + ++serial, '421202'), orgId: orgOf(t) }), scoped: true },
  'PUT /api/enterprises/:id': { path: (t) => `/api/enterprises/${enterpriseOf(t)}`, body: unchangedEnterprise, scoped: true },
  'GET /api/enterprises/export.xlsx': { path: (t) => `/api/enterprises/export.xlsx?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/enterprises/import-template.xlsx': { path: () => '/api/enterprises/import-template.xlsx', scoped: false },
  'GET /api/enterprises/imports': { path: () => '/api/enterprises/imports', scoped: false },
  'POST /api/enterprises/imports': { path: () => '/api/enterprises/imports?fileName=a.csv', body: () => ({ not: 'a file' }), scoped: false },
  'GET /api/enterprises/imports/:id': { path: (t) => `/api/enterprises/imports/${importOf(t)}`, scoped: true },
  'GET /api/enterprises/imports/:id/errors.xlsx': { path: (t) => `/api/enterprises/imports/${importOf(t)}/errors.xlsx`, scoped: true },
  'POST /api/enterprises/imports/:id/commit': { path: (t) => `/api/enterprises/imports/${importOf(t)}/commit`, scoped: true },
  'GET /api/catalogue/laws': { path: () => '/api/catalogue/laws', scoped: false },
  'GET /api/catalogue/violation-types': { path: () => '/api/catalogue/violation-types?q=97', scoped: false },
  'GET /api/catalogue/violation-types/:code': { path: (t) => `/api/catalogue/violation-types/WSL-97-1?orgId=${orgOf(t)}`, scoped: true },
  'POST /api/catalogue/benchmarks': {
    path: () => '/api/catalogue/benchmarks',
    body: (t) => ({ violationTypeCode: 'WSL-97-1', orgId: orgOf(t), effectiveFrom: addDays('2025-01-01', ++serial), grades: defaultBenchmark(violationType('WSL-97-1'), '2025-01-01').grades, basisDocument: '测试基准文件' }),
    scoped: true,
  },
  'POST /api/catalogue/discretion': { path: () => '/api/catalogue/discretion', body: (t) => ({ violationTypeCode: 'WSL-97-1', party: 'unit', orgId: orgOf(t), violationDate: '2026-02-01', facts: { harmCaused: 'slight' } }), scoped: true },
  'GET /api/catalogue/checklists': { path: (t) => `/api/catalogue/checklists?orgId=${orgOf(t)}&includeWithdrawn=true`, scoped: true },
  // A fresh own code each call, so every editor role's save creates an entry (version null) and succeeds.
  'PUT /api/catalogue/checklists/:code': { path: (t) => `/api/catalogue/checklists/${regionOf(t)}-T${++serial}`, body: (t) => ({ orgId: orgOf(t), version: null, ...sampleChecklist }), scoped: true },
  // The first editor withdraws CL-GEN for the city; the others get 409 (already withdrawn).
  'POST /api/catalogue/checklists/:code/withdraw': { path: () => '/api/catalogue/checklists/CL-GEN/withdraw', body: (t) => ({ orgId: orgOf(t), reason: '权限测试停用' }), scoped: true },
  'GET /api/catalogue/checklists/:code/history': { path: (t) => `/api/catalogue/checklists/CL-GEN/history?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/catalogue/major-hazard-criteria': { path: () => '/api/catalogue/major-hazard-criteria', scoped: false },
  'GET /api/catalogue/power-items': { path: (t) => `/api/catalogue/power-items?orgId=${orgOf(t)}`, scoped: true },
  'PUT /api/catalogue/power-items/:code': { path: (t) => `/api/catalogue/power-items/${regionOf(t)}-P${++serial}`, body: (t) => ({ orgId: orgOf(t), version: null, ...samplePowerItem }), scoped: true },
  'POST /api/catalogue/power-items/:code/withdraw': { path: () => '/api/catalogue/power-items/XZCF-015/withdraw', body: (t) => ({ orgId: orgOf(t), reason: '权限测试停用' }), scoped: true },
  'GET /api/catalogue/power-items/:code/history': { path: (t) => `/api/catalogue/power-items/XZCF-015/history?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/draws/matters': { path: (t) => `/api/draws/matters?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/draws/matters/:id': { path: (t) => `/api/draws/matters/${matterOf(t)}`, scoped: true },
  'POST /api/draws/matters': { path: () => '/api/draws/matters', body: (t) => sampleMatter(orgOf(t), `SC-${++serial}`), scoped: true },
  'PUT /api/draws/matters/:id': { path: (t) => `/api/draws/matters/${matterOf(t)}`, body: (t) => { const { orgId: _o, code: _c, ...rest } = sampleMatter(orgOf(t), 'SC-PERM'); return { ...rest, version: 1 }; }, scoped: true },
  'GET /api/draws': { path: (t) => `/api/draws?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/draws/:id': { path: (t) => `/api/draws/${drawOf(t)}`, scoped: true },
  'POST /api/draws': { path: () => '/api/draws', body: (t) => sampleAnnouncement(matterOf(t), '2026-03-02'), scoped: true },
  // The first operator draws; the others then hold a stale version (409).
  'POST /api/draws/:id/draw': { path: (t) => `/api/draws/${drawOf(t)}/draw`, body: () => ({ beacon: '01 02 03 04 05 06+07', version: 1 }), scoped: true },
  'POST /api/draws/:id/withdrawals': { path: (t) => `/api/draws/${drawOf(t)}/withdrawals`, body: (t) => ({ kind: 'enterprise', enterpriseId: enterpriseOf(t), reason: '企业已注销，权限测试', version: 2 }), scoped: true },
  'GET /api/ledger/entries': { path: () => '/api/ledger/entries', scoped: false },
  'GET /api/ledger/entries/:seq': { path: () => `/api/ledger/entries/${target.seq}`, scoped: false },
  'GET /api/ledger/entries/:seq/proof': { path: () => `/api/ledger/entries/${target.seq}/proof`, scoped: false },
  'POST /api/ledger/verify': { path: () => '/api/ledger/verify', scoped: false },
  'GET /api/ledger/checkpoints': { path: () => '/api/ledger/checkpoints', scoped: false },
  'GET /api/cases': { path: (t) => `/api/cases?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/cases/review-queue': { path: () => '/api/cases/review-queue', scoped: false },
  'GET /api/cases/agenda': { path: () => '/api/cases/agenda', scoped: false },
  'GET /api/cases/:id': { path: (t) => `/api/cases/${caseOf(t)}`, scoped: true },
  // The sample case is a draft, which has its 立案审批表.
  'GET /api/cases/:id/instruments/:kind': { path: (t) => `/api/cases/${caseOf(t)}/instruments/filingApproval?format=pdf`, scoped: true },
  // One uncredentialed investigator: refused with 422 inside the subtree, 403 outside it.
  'POST /api/cases': { path: () => '/api/cases', body: (t) => ({ orgId: orgOf(t), procedure: 'general', partyKind: 'organisation', enterpriseId: enterpriseOf(t), violationTypeCode: 'WSL-97-1', violationDate: '2026-01-20', summary: '权限测试案件', investigatorIds: [personOf(t)] }), scoped: true },
  // Archiving a draft is refused by the state machine (422) for every role, so nothing is written.
  // The sample hazards sit on records still in progress: allowed roles get 422, not a case.
  'GET /api/cases/from-finding/:hazardId': { path: (t) => `/api/cases/from-finding/${insp[t].hazardId}`, scoped: true },
  'POST /api/cases/from-finding': { path: () => '/api/cases/from-finding', body: (t) => ({ hazardId: insp[t].hazardId, violationTypeCode: 'WSL-97-2' }), scoped: true },
  'POST /api/cases/:id/events': { path: (t) => `/api/cases/${caseOf(t)}/events`, body: () => ({ event: 'archive', version: 1 }), scoped: true },
  'POST /api/cases/:id/interviews': { path: (t) => `/api/cases/${caseOf(t)}/interviews`, body: () => ({ version: 1, intervieweeName: '张三', intervieweeRole: 'witness', startedAt: '2026-02-11T01:00:00Z', endedAt: '2026-02-11T02:00:00Z', place: '企业会议室', officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'], qa: [{ q: '问', a: '答' }] }), scoped: true },
  'POST /api/cases/:id/samplings': { path: (t) => `/api/cases/${caseOf(t)}/samplings`, body: () => ({ version: 1, items: [{ name: '样品', quantity: 1, unit: '桶' }], place: '仓库', sampledAt: '2026-02-11T01:00:00Z', method: 'random', witnessName: '张三', officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] }), scoped: true },
  'POST /api/cases/:id/preservations': { path: (t) => `/api/cases/${caseOf(t)}/preservations`, body: () => ({ version: 1, items: [{ name: '台账', quantity: 1, unit: '本', storagePlace: '证据保管室' }], reason: '可能被转移', officerIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] }), scoped: true },
  'POST /api/cases/:id/preservations/:index/approval': { path: (t) => `/api/cases/${caseOf(t)}/preservations/0/approval`, body: () => ({ version: 1, approve: true }), scoped: true },
  'POST /api/cases/:id/preservations/:index/decision': { path: (t) => `/api/cases/${caseOf(t)}/preservations/0/decision`, body: () => ({ version: 1, kind: 'release', details: '解除先行登记保存' }), scoped: true },
  'POST /api/cases/:id/reviews': { path: (t) => `/api/cases/${caseOf(t)}/reviews`, body: () => ({ checklist: Object.fromEntries(['competence', 'facts', 'evidence', 'lawApplied', 'procedure', 'discretion', 'instrumentWording'].map((k) => [k, { ok: true }])), outcome: 'pass', version: 1 }), scoped: true },
  'GET /api/plans': { path: (t) => `/api/plans?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/plans/:id': { path: (t) => `/api/plans/${plans[t]}`, scoped: true },
  'GET /api/plans/:id/progress': { path: (t) => `/api/plans/${plans[t]}/progress`, scoped: true },
  // The first editor creates the 2040 plan; the others meet the one-per-year rule (409), not a refusal.
  'POST /api/plans': { path: () => '/api/plans', body: (t) => ({ orgId: orgOf(t), year: 2040, title: '权限测试年度计划', items: [] }), scoped: true },
  // The first editor's save succeeds; later ones and every transition meet a stale version (409).
  'PUT /api/plans/:id': { path: (t) => `/api/plans/${plans[t]}`, body: () => ({ title: '权限测试年度计划（改）', items: [], version: 1 }), scoped: true },
  'POST /api/plans/:id/submit': { path: (t) => `/api/plans/${plans[t]}/submit`, body: () => ({ version: 1 }), scoped: true },
  'POST /api/plans/:id/approve': { path: (t) => `/api/plans/${plans[t]}/approve`, body: () => ({ version: 1 }), scoped: true },
  'POST /api/plans/:id/return': { path: (t) => `/api/plans/${plans[t]}/return`, body: () => ({ version: 1, reason: '权限测试' }), scoped: true },
  'POST /api/plans/:id/publish': { path: (t) => `/api/plans/${plans[t]}/publish`, body: () => ({ version: 1 }), scoped: true },
  'GET /api/inspections/tasks': { path: (t) => `/api/inspections/tasks?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/inspections/tasks/:id': { path: (t) => `/api/inspections/tasks/${insp[t].taskId}`, scoped: true },
  'POST /api/inspections/tasks': { path: () => '/api/inspections/tasks', body: (t) => ({ orgId: orgOf(t), enterpriseId: insp[t].enterpriseId, officerIds: insp[t].officerIds, reason: '权限测试临时检查', plannedOn: '2026-03-03' }), scoped: true },
  // The first leader starts the fresh task; officers not on its team and later callers get 422.
  'POST /api/inspections/tasks/from-plan': { path: () => '/api/inspections/tasks/from-plan', body: (t) => ({ planId: plans[t], month: 3, officerIds: insp[t].officerIds, plannedOn: '2026-03-20' }), scoped: true },
  'POST /api/inspections/tasks/:id/record': { path: (t) => `/api/inspections/tasks/${insp[t].freshTaskId}/record`, body: () => ({ checklistCode: 'CL-GEN' }), scoped: true },
  'GET /api/inspections/records/:id': { path: (t) => `/api/inspections/records/${insp[t].recordId}`, scoped: true },
  'PUT /api/inspections/records/:id': { path: (t) => `/api/inspections/records/${insp[t].recordId}`, body: () => ({ version: 1, place: '车间', present: [], items: [], findings: '' }), scoped: true },
  'POST /api/inspections/records/:id/complete': { path: (t) => `/api/inspections/records/${insp[t].recordId}/complete`, body: () => ({ version: 1 }), scoped: true },
  'GET /api/inspections/records/:id/instrument.pdf': { path: (t) => `/api/inspections/records/${insp[t].recordId}/instrument.pdf`, scoped: true },
  'GET /api/inspections/records/:id/instrument.docx': { path: (t) => `/api/inspections/records/${insp[t].recordId}/instrument.docx`, scoped: true },
  'GET /api/inspections/records/:id/rectification-order.pdf': { path: (t) => `/api/inspections/records/${insp[t].recordId}/rectification-order.pdf`, scoped: true },
  'GET /api/inspections/records/:id/rectification-order.docx': { path: (t) => `/api/inspections/records/${insp[t].recordId}/rectification-order.docx`, scoped: true },
  'POST /api/inspections/records/:id/evidence': { path: (t) => `/api/inspections/records/${insp[t].recordId}/evidence?fileName=a.jpg&kind=photo`, body: () => ({}), scoped: true },
  'GET /api/inspections/records/:id/evidence': { path: (t) => `/api/inspections/records/${insp[t].recordId}/evidence`, scoped: true },
  'POST /api/inspections/records/:id/hazards': { path: (t) => `/api/inspections/records/${insp[t].recordId}/hazards`, body: () => ({ description: '权限测试隐患', measures: '立即整改', deadline: '2026-12-31', responsiblePerson: '张三' }), scoped: true },
  'GET /api/inspections/hazards': { path: (t) => `/api/inspections/hazards?orgId=${orgOf(t)}`, scoped: true },
  'GET /api/inspections/hazards/:id': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}`, scoped: true },
  'POST /api/inspections/hazards/:id/rectification': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/rectification`, body: () => ({ version: 1, note: '已完成整改' }), scoped: true },
  'POST /api/inspections/hazards/:id/extension-request': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/extension-request`, body: () => ({ version: 1, until: '2027-01-31', reason: '设备采购周期较长' }), scoped: true },
  'POST /api/inspections/hazards/:id/extension-decision': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/extension-decision`, body: () => ({ version: 1, grant: false, note: '不同意' }), scoped: true },
  'POST /api/inspections/hazards/:id/reinspection': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/reinspection`, body: () => ({ version: 1, passed: false, note: '仍未整改' }), scoped: true },
  'POST /api/inspections/hazards/:id/extension': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/extension`, body: () => ({ version: 1, until: '2027-02-28', reason: '企业停产检修' }), scoped: true },
  'POST /api/inspections/hazards/:id/escalation': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/escalation`, body: () => ({ version: 1, reason: '重大隐患拒不整改' }), scoped: true },
  'POST /api/inspections/hazards/:id/evidence': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/evidence?fileName=a.jpg&kind=photo`, body: () => ({}), scoped: true },
  'GET /api/inspections/hazards/:id/evidence': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/evidence`, scoped: true },
  'GET /api/inspections/hazards/:id/reinspection-opinion.pdf': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/reinspection-opinion.pdf`, scoped: true },
  'GET /api/inspections/hazards/:id/reinspection-opinion.docx': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/reinspection-opinion.docx`, scoped: true },
  'GET /api/inspections/hazards/:id/on-site-measures.pdf': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/on-site-measures.pdf`, scoped: true },
  'GET /api/inspections/hazards/:id/on-site-measures.docx': { path: (t) => `/api/inspections/hazards/${insp[t].hazardId}/on-site-measures.docx`, scoped: true },
  'GET /api/inspections/evidence/:id': { path: (t) => `/api/inspections/evidence/${insp[t].evidenceId}`, scoped: true },
  'GET /api/inspections/figures': { path: (t) => `/api/inspections/figures?orgId=${orgOf(t)}&from=2026-01-01&to=2026-12-31`, scoped: true },
};

const guarded = () => w.http.declaredRoutes.filter((r) => r.url.startsWith('/api') && !('public' in r.access) && !r.url.startsWith('/api/docs'));
const allows = (access: Access, role: Role) => !('roles' in access) || access.roles.includes(role);
const call = (c: Client, method: string, path: string, body?: unknown) => (method === 'GET' ? c.get(path) : c.send(method as 'POST', path, body));

describe('route × role × org', () => {
  it('has a sample for every guarded route', () => {
    expect(guarded().map((r) => `${r.method} ${r.url}`).filter((k) => !SAMPLES[k])).toEqual([]);
  });

  it('refuses every guarded route without a session', async () => {
    for (const r of guarded()) {
      const s = SAMPLES[`${r.method} ${r.url}`];
      const res = await w.http.inject({ method: r.method as 'GET', url: s.path('own'), payload: s.body?.('own') as object });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('lets each role do exactly what its route declares, only inside its subtree, and writes nothing when refused', async () => {
    const routes = guarded().filter((r) => r.url !== '/api/auth/sign-out');
    for (const role of ROLES) {
      const c = clients.get(role)!;
      for (const r of routes) {
        const s = SAMPLES[`${r.method} ${r.url}`];
        const label = `${role} ${r.method} ${r.url}`;
        const before = await headSeq(w.app.db);
        const own = await call(c, r.method, s.path('own'), s.body?.('own'));
        if (!allows(r.access, role)) {
          expect(own.status, label).toBe(403);
          expect(await headSeq(w.app.db), `${label} wrote to the ledger`).toBe(before);
          continue;
        }
        expect([401, 403, 500], `${label}: ${JSON.stringify(own.body)}`).not.toContain(own.status);
        if (s.scoped) {
          const mid = await headSeq(w.app.db);
          const other = await call(c, r.method, s.path('other'), s.body?.('other'));
          expect(other.status, `${label} outside the subtree`).toBe(403);
          expect(await headSeq(w.app.db), `${label} outside the subtree wrote`).toBe(mid);
        }
      }
    }
  }, 120_000);

  it('signs out, after which the session is dead', async () => {
    const c = clients.get('officer')!;
    expect((await c.send('POST', '/api/auth/sign-out')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});
