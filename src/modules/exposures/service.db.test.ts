// 警示曝光, 典型案例, 通报 and 约谈 through the routes: an officer drafts an exposure from the county's
// decided penalty; the drafter and an officer may not approve it, the county head does; the portal
// shows the redacted document (the person's name to the surname) and the ledger keeps it; a typical
// case of a citizen party hides the party's name; a circular; a withdrawal takes it off the portal.
// A summons of the enterprise is recorded, stands on the agenda, is followed up. Refusals write no
// ledger entry. The figures count what the lists drill down to.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareStatements } from '../../../bench/scenarios/report-figures-bare.js';
import { type Actor, systemActor } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { type Client, createWorld, signIn, type TestWorld } from '../../testing/fixture.js';
import { createCase, fire, getCase } from '../cases/service.js';
import { staff } from '../cases/testing.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { exposureFigures } from './figures.js';

let w: TestWorld;
let chief: Actor;
let officer: Client, head: Client, reviewer: Client, other: Client, anonymous: Client;
let entId: string;
const USERS = ['ex.officer', 'ex.head', 'ex.reviewer', 'ex.other'] as const;
async function on(date: string) {
  w.clock.set(new Date(`${date}T02:00:00Z`));
  [officer, head, reviewer, other] = await Promise.all(USERS.map((u) => signIn(w, u)));
}

/** A case decided on the spot by the county's chief; its id. */
async function decided(opts: { decide?: boolean; citizen?: string } = {}) {
  const c = await createCase(w.app, chief, {
    orgId: w.orgs.county.id,
    procedure: 'summary',
    ...(opts.citizen ? { partyKind: 'citizen' as const, citizenName: opts.citizen } : { partyKind: 'organisation' as const, enterpriseId: entId }),
    violationTypeCode: 'WSL-97-1',
    violationDate: '2026-03-02',
    summary: '现场发现未配备安全生产管理人员',
    investigatorIds: [chief.userId!],
  } as Parameters<typeof createCase>[2]);
  const { version } = await getCase(w.app, systemActor, c.id);
  if (opts.decide !== false)
    await fire(w.app, chief, c.id, {
      event: 'decideOnSite',
      version,
      payload: {
        penalty: opts.citizen ? { measures: ['warning'], fineYuan: 0, confiscationYuan: 0 } : { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 },
      },
    });
  return c.id;
}

async function refused(client: Client, url: string, body: unknown) {
  const seq = await headSeq(w.app.db);
  const r = await client.send('POST', url, body);
  expect(await headSeq(w.app.db), `${url} refused, wrote nothing`).toBe(seq);
  return r;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  chief = await staff(w, 'ex.chief', county, ['sectionChief', 'officer']);
  await staff(w, 'ex.officer', county, ['officer']);
  await staff(w, 'ex.head', county, ['head']);
  await staff(w, 'ex.reviewer', county, ['legalReviewer']);
  await staff(w, 'ex.other', siblingCounty, ['head', 'officer']);
  entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(72, '421202', { name: '咸宁市曝光测试化工有限公司' }))).id;
  await on('2026-03-02');
  anonymous = {
    csrf: '',
    cookie: '',
    get: async (u) => {
      const r = await w.http.inject({ method: 'GET', url: u });
      return { status: r.statusCode, body: r.json() };
    },
    send: async () => ({ status: 0, body: null }),
  };
}, 120_000);
afterAll(() => w.close());

const CONTENT = '该单位主要负责人张建国未履行安全生产管理职责，联系电话13912345678，现予曝光。';

describe('警示曝光', () => {
  let id: string;
  it('is drafted from a decided penalty of the subtree only', async () => {
    const caseId = await decided();
    const body = { kind: 'exposure', caseId, title: '曝光测试化工未配备安全管理人员被处罚', content: CONTENT, channels: ['website'], personNames: ['张建国'] };
    const undecided = await decided({ decide: false });
    const r1 = await refused(officer, '/api/exposures', { ...body, caseId: undecided });
    expect([r1.status, r1.body.error.field]).toEqual([422, 'caseId']);
    expect((await refused(officer, '/api/exposures', { ...body, caseId: undefined })).body.error.field).toBe('caseId');
    expect((await refused(officer, '/api/exposures', { ...body, content: '太短' })).body.error.field).toBe('content');
    const r2 = await refused(other, '/api/exposures', body);
    expect([r2.status, r2.body.error.field]).toEqual([422, 'caseId']);
    const r = await officer.send('POST', '/api/exposures', body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ state: 'draft', kind: 'exposure', enterpriseId: entId, enterpriseName: '咸宁市曝光测试化工有限公司', document: null });
    expect(r.body.penaltyDecisionNumber).toMatch(/应急简罚〔2026〕/);
    id = r.body.id;
    expect((await anonymous.get('/api/public/exposures')).body.total).toBe(0);
  });

  it('is approved by a 负责人 of the bureau who did not draft it, and published redacted', async () => {
    expect((await refused(officer, `/api/exposures/${id}/approve`, { version: 1 })).status).toBe(403);
    expect((await refused(other, `/api/exposures/${id}/approve`, { version: 1 })).status).toBe(403);
    expect((await refused(head, `/api/exposures/${id}/approve`, { version: 9 })).status).toBe(409);
    const r = await head.send('POST', `/api/exposures/${id}/approve`, { version: 1 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ state: 'published', publishedOn: '2026-03-02' });
    const pub = await anonymous.get('/api/public/exposures?kind=exposure');
    expect(pub.body.total).toBe(1);
    const doc = pub.body.items[0];
    expect(doc.text).toContain('张**');
    expect(doc.text).not.toContain('张建国');
    expect(doc.text).toContain('139****5678');
    expect(doc.fields).toContainEqual({ label: '当事人', value: '咸宁市曝光测试化工有限公司' });
    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.action, 'exposure.published'), eq(ledgerEntry.subjectId, id)));
    expect(entry.seq).toBe(r.body.publishSeq);
    expect(JSON.stringify(entry.payload)).not.toContain('张建国');
    expect((await refused(head, `/api/exposures/${id}/approve`, { version: 2 })).status).toBe(409);
  });

  it('shows on the enterprise page, and is withdrawn with a reason', async () => {
    const page = await head.get(`/api/exposures/enterprises/${entId}`);
    expect(page.body.exposures.map((e: { id: string }) => e.id)).toContain(id);
    expect((await other.get(`/api/exposures/enterprises/${entId}`)).status).toBe(403);
    expect((await refused(head, `/api/exposures/${id}/withdraw`, { version: 2, reason: '短' })).body.error.field).toBe('reason');
    const r = await head.send('POST', `/api/exposures/${id}/withdraw`, { version: 2, reason: '处罚决定经复议变更，撤回曝光' });
    expect(r.body).toMatchObject({ state: 'withdrawn', withdrawnOn: '2026-03-02' });
    expect((await anonymous.get('/api/public/exposures')).body.total).toBe(0);
  });
});

describe('典型案例 and 通报', () => {
  it('hides a citizen party and publishes a circular with its number', async () => {
    const caseId = await decided({ citizen: '王小明' });
    const t = await reviewer.send('POST', '/api/exposures', {
      kind: 'typicalCase',
      caseId,
      title: '王小明无证动火作业典型案例',
      content: '【基本案情】王小明在加油站内无证进行动火作业。【典型意义】特种作业须持证上岗。',
    });
    expect(t.status, JSON.stringify(t.body)).toBe(200);
    await head.send('POST', `/api/exposures/${t.body.id}/approve`, { version: 1 });
    const c = await officer.send('POST', '/api/exposures', {
      kind: 'circular',
      title: '关于执法检查情况的通报',
      content: '现将一季度执法检查情况通报如下，请各地举一反三。',
      scope: '各乡镇',
    });
    expect([c.status, c.body.error?.field]).toEqual([422, 'number']);
    const c2 = await officer.send('POST', '/api/exposures', {
      kind: 'circular',
      title: '关于执法检查情况的通报',
      content: '现将一季度执法检查情况通报如下，请各地举一反三。',
      number: '咸安应急通〔2026〕1号',
      scope: '各乡镇',
      enterpriseIds: [entId],
    });
    expect(c2.status, JSON.stringify(c2.body)).toBe(200);
    await head.send('POST', `/api/exposures/${c2.body.id}/approve`, { version: 1 });
    const pub = await anonymous.get('/api/public/exposures');
    expect(pub.body.total).toBe(2);
    const typical = pub.body.items.find((d: { kind: string }) => d.kind === 'typicalCase');
    expect(typical.title).toBe('王**无证动火作业典型案例');
    expect(typical.text).not.toContain('王小明');
    expect(typical.fields).toContainEqual({ label: '当事人', value: '王**' });
    const circ = pub.body.items.find((d: { kind: string }) => d.kind === 'circular');
    expect(circ.fields).toContainEqual({ label: '通报文号', value: '咸安应急通〔2026〕1号' });
    expect(circ.fields).toContainEqual({ label: '通报涉及单位', value: '咸宁市曝光测试化工有限公司' });
  });
});

describe('约谈', () => {
  it('records a summons of the enterprise, puts its follow-up on the agenda, and takes the follow-up', async () => {
    const body = {
      targetKind: 'enterprise',
      enterpriseId: entId,
      heldOn: '2026-03-02',
      place: '县应急管理局会议室',
      summoners: '县应急管理局局长',
      summoned: '企业主要负责人',
      matters: '重大事故隐患整改迟缓，约谈督促限期整改。',
      commitments: '一个月内完成整改',
      followUpOn: '2026-03-06',
    };
    expect((await refused(officer, '/api/summons', { ...body, followUpOn: '2026-03-01' })).body.error.field).toBe('followUpOn');
    expect((await refused(officer, '/api/summons', { ...body, heldOn: '2026-03-03' })).body.error.field).toBe('heldOn');
    expect((await refused(reviewer, '/api/summons', body)).status).toBe(403);
    expect((await refused(other, '/api/summons', body)).status).toBe(403);
    const r = await officer.send('POST', '/api/summons', body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ targetName: '咸宁市曝光测试化工有限公司', state: 'recorded' });
    const agenda = await head.get('/api/summons/agenda');
    expect(agenda.body.items).toHaveLength(1);
    expect(agenda.body.items[0]).toMatchObject({ id: r.body.id, daysLeft: 4, late: false });
    const l = await officer.send('POST', '/api/summons', {
      ...body,
      targetKind: 'locality',
      enterpriseId: null,
      targetName: '横沟桥镇人民政府',
      followUpOn: '2026-04-30',
    });
    expect(l.status, JSON.stringify(l.body)).toBe(200);
    expect((await head.get('/api/summons/agenda')).body.items).toHaveLength(1);
    await on('2026-03-09');
    expect((await head.get('/api/summons/agenda')).body.items[0]).toMatchObject({ daysLeft: -3, late: true });
    expect(
      (await refused(officer, `/api/summons/${r.body.id}/follow-up`, { version: 1, followedUpOn: '2026-03-10', result: '已完成整改' })).body.error.field,
    ).toBe('followedUpOn');
    const f = await officer.send('POST', `/api/summons/${r.body.id}/follow-up`, { version: 1, followedUpOn: '2026-03-09', result: '现场复查，已完成整改' });
    expect(f.body).toMatchObject({ state: 'followedUp', followedUpOn: '2026-03-09' });
    expect((await head.get('/api/summons/agenda')).body.items).toHaveLength(0);
    expect((await head.get(`/api/exposures/enterprises/${entId}`)).body.summons).toHaveLength(1);
    const list = await head.get('/api/summons?targetKind=locality');
    expect(list.body.items.map((s: { targetName: string }) => s.targetName)).toEqual(['横沟桥镇人民政府']);
  });
});

describe('figures', () => {
  it('count publications by the day published and summonses by the day held, as the bare SQL does and the drill-down lists', async () => {
    const scope = { orgId: w.orgs.county.id, orgPath: w.orgs.county.path, from: '2026-01-01', to: '2026-12-31' };
    const m = await exposureFigures.measure(w.app.db, scope);
    expect(m).toEqual({
      'exposures.exposures': { count: 1 },
      'exposures.typicalCases': { count: 1 },
      'exposures.circulars': { count: 1 },
      'exposures.summonsEnterprises': { count: 1 },
      'exposures.summonsLocalities': { count: 1 },
    });
    const bare = bareStatements(scope.orgPath, scope.from, scope.to).find((b) => b.module === 'exposures')!;
    const [row] = await rows<Record<string, unknown>>(w.app.db, bare.query);
    expect(bare.read(row)).toEqual(m);
    const sibling = await exposureFigures.measure(w.app.db, { ...scope, orgId: w.orgs.siblingCounty.id, orgPath: w.orgs.siblingCounty.path });
    expect(Object.values(sibling).every((x) => 'count' in x && x.count === 0)).toBe(true);
    const q = `orgId=${scope.orgId}&from=${scope.from}&to=${scope.to}`;
    expect((await head.get(`/api/exposures?figure=exposures.exposures&${q}`)).body.total).toBe(1);
    expect((await head.get(`/api/summons?figure=exposures.summonsLocalities&${q}`)).body.total).toBe(1);
    const x = await w.http.inject({ method: 'GET', url: '/api/exposures/export.xlsx', headers: { cookie: head.cookie } });
    expect(x.statusCode).toBe(200);
  });
});
