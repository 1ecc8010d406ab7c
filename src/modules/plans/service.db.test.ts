import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';
import { headSeq } from '../../platform/ledger/service.js';
import { verifyLedger } from '../../platform/ledger/verify.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { addMatter, addTasks, type TaskSpec } from './fixture.js';
import { progressOf } from './service.js';

let w: TestWorld;
let officer: Client;
let chief: Client;
let deputy: Client;
let head: Client;
let countyHead: Client;
let wuhanHead: Client;
let anonymous: Pick<Client, 'get'>;
const ent: string[] = [];
let wuhanEnterprise: string;

const months = (n: number) => Array.from({ length: 12 }, () => n);

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'city.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'city.chief', w.orgs.city.id, ['sectionChief']);
  await addUser(w, 'city.deputy', w.orgs.city.id, ['deputyHead']);
  await addUser(w, 'city.head', w.orgs.city.id, ['head']);
  await addUser(w, 'county.head', w.orgs.county.id, ['head']);
  await addUser(w, 'wuhan.head', w.orgs.siblingCity.id, ['head']);
  [officer, chief, deputy, head, countyHead, wuhanHead] = await Promise.all(
    ['city.officer', 'city.chief', 'city.deputy', 'city.head', 'county.head', 'wuhan.head'].map((u) => signIn(w, u)),
  );
  for (let n = 1; n <= 4; n++) ent.push((await createEnterprise(w.app, systemActor, sampleEnterprise(n, '421202'))).id);
  wuhanEnterprise = (await createEnterprise(w.app, systemActor, sampleEnterprise(9, '420102'))).id;
  // One matter of the city's own, one inherited from the province.
  await addMatter(w.app.db, w.orgs.city.id, '421200-CC-01', w.clock.now());
  await addMatter(w.app.db, w.orgs.province.id, '420000-CC-02', w.clock.now());
  await addMatter(w.app.db, w.orgs.siblingCity.id, '420100-CC-09', w.clock.now());
  anonymous = {
    get: async (url) => {
      const r = await w.http.inject({ method: 'GET', url });
      return { status: r.statusCode, body: r.json() };
    },
  };
}, 60_000);
afterAll(() => w.close());

const planBody = (year: number, over: Record<string, unknown> = {}) => ({
  orgId: w.orgs.city.id,
  year,
  title: `咸宁市应急管理局${year}年度监督检查计划`,
  items: [
    { kind: 'key', name: '重大危险源企业', enterpriseIds: [ent[0], ent[1]], targets: months(1) },
    { kind: 'random', name: '危化品经营双随机抽查', matterCode: '421200-CC-01', cadence: 'quarter', targets: [3, 4, 5, 0] },
    { kind: 'random', name: '工贸行业双随机抽查', matterCode: '420000-CC-02', targets: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1] },
  ],
  ...over,
});

const move = (c: Client, id: string, action: string, version: number, reason?: string) => c.send('POST', `/api/plans/${id}/${action}`, { version, reason });

describe('annual plan lifecycle', () => {
  it('drafts, edits, submits, approves and publishes, one ledger entry per step, then shows it in public', async () => {
    let seq = await headSeq(w.app.db);
    const created = await officer.send('POST', '/api/plans', planBody(2026));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, orgName: '咸宁市应急管理局' });
    expect(created.body.items[1]).toMatchObject({ cadence: 'quarter', targets: [1, 1, 1, 1, 1, 2, 1, 2, 2, 0, 0, 0], matterName: '抽查事项421200-CC-01' });
    expect(created.body.items[2].matterName).toBe('抽查事项420000-CC-02');
    expect(created.body.items[0].enterpriseNames).toEqual(['测试化工有限公司1号', '测试化工有限公司2号']);
    expect(await headSeq(w.app.db)).toBe(++seq);
    const id = created.body.id;

    const edited = await chief.send('PUT', `/api/plans/${id}`, { ...planBody(2026), version: 1, title: '咸宁市2026年度监督检查计划（修订）' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(await headSeq(w.app.db)).toBe(++seq);

    const steps: [Client, string, string][] = [
      [officer, 'submit', 'submitted'],
      [deputy, 'approve', 'approved'],
      [head, 'publish', 'published'],
    ];
    for (const [c, action, status] of steps) {
      const r = await move(c, id, action, (await officer.get(`/api/plans/${id}`)).body.version);
      expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
      expect(r.body.status).toBe(status);
      expect(await headSeq(w.app.db)).toBe(++seq);
    }
    const [{ actions }] = await rows<{ actions: string[] }>(
      w.app.db,
      sql`select array_agg(action order by seq) as actions from ledger_entry where subject_id = ${id}`,
    );
    expect(actions).toEqual(['annualPlan.created', 'annualPlan.updated', 'annualPlan.submitted', 'annualPlan.approved', 'annualPlan.published']);
    expect((await verifyLedger(w.app.db)).ok).toBe(true);

    const pub = await anonymous.get(`/api/public/plans?orgId=${w.orgs.city.id}&year=2026`);
    expect(pub.status).toBe(200);
    expect(pub.body).toHaveLength(1);
    expect(pub.body[0]).toMatchObject({ id, title: '咸宁市2026年度监督检查计划（修订）' });
    expect(pub.body[0].items[0]).toEqual({ kind: 'key', name: '重大危险源企业', matterCode: null, matterName: null, enterpriseCount: 2, targets: months(1) });
    expect(JSON.stringify(pub.body)).not.toContain(ent[0]);
    // Published is final: no edit, no further step.
    expect((await officer.send('PUT', `/api/plans/${id}`, { ...planBody(2026), version: 5 })).status).toBe(409);
    expect((await move(head, id, 'return', 5, '再议')).status).toBe(409);
  });

  it('shows drafts to nobody in public and allows one plan per org and year', async () => {
    const draft = await officer.send('POST', '/api/plans', planBody(2027));
    expect(draft.status).toBe(201);
    expect((await anonymous.get('/api/public/plans?year=2027')).body).toEqual([]);
    const again = await chief.send('POST', '/api/plans', planBody(2027));
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('year');
    // The county may have its own plan for the same year.
    expect((await countyHead.send('POST', '/api/plans', planBody(2027, { orgId: w.orgs.county.id, items: [] }))).status).toBe(201);
  });

  it('refuses a stale version and edits outside draft with 409, and returns a plan with its reason to draft', async () => {
    const { id } = (await officer.send('POST', '/api/plans', planBody(2028))).body;
    const stale = await officer.send('PUT', `/api/plans/${id}`, { ...planBody(2028), version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('version');
    const staleMove = await move(officer, id, 'submit', 9);
    expect(staleMove.status).toBe(409);
    expect(staleMove.body.error.field).toBe('version');
    expect((await move(officer, id, 'submit', 1)).body.status).toBe('submitted');
    const locked = await officer.send('PUT', `/api/plans/${id}`, { ...planBody(2028), version: 2 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.field).toBe('status');
    const noReason = await move(deputy, id, 'return', 2);
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    const returned = await move(deputy, id, 'return', 2, '重点企业名单不全');
    expect(returned.body).toMatchObject({ status: 'draft', returnReason: '重点企业名单不全', submittedBy: null, version: 3 });
    expect((await officer.send('PUT', `/api/plans/${id}`, { ...planBody(2028), version: 3 })).status).toBe(200);
    // Publishing skips no step.
    expect((await move(head, id, 'publish', 4)).status).toBe(409);
  });

  it('keeps the drafters and the submitter from approving, and approval to leaders of the org or above', async () => {
    const { id } = (await deputy.send('POST', '/api/plans', planBody(2029))).body;
    await chief.send('PUT', `/api/plans/${id}`, { ...planBody(2029), version: 1 });
    const before = await headSeq(w.app.db);
    expect((await move(officer, id, 'submit', 2)).status).toBe(200);
    const own = await move(deputy, id, 'approve', 3);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toContain('职责分离');
    expect((await move(officer, id, 'approve', 3)).status).toBe(403);
    expect((await move(chief, id, 'approve', 3)).status).toBe(403);
    // A county head leads below the city; a Wuhan head leads elsewhere.
    expect((await move(countyHead, id, 'approve', 3)).status).toBe(403);
    expect((await move(wuhanHead, id, 'approve', 3)).status).toBe(403);
    expect((await wuhanHead.get(`/api/plans/${id}`)).status).toBe(403);
    expect(await headSeq(w.app.db)).toBe(before + 1);
    expect((await move(head, id, 'approve', 3)).body).toMatchObject({ status: 'approved', approvedBy: expect.any(String) });
    // The submitter is kept out too, even as a leader.
    const second = (
      await countyHead.send(
        'POST',
        '/api/plans',
        planBody(2029, { orgId: w.orgs.county.id, items: [{ kind: 'key', name: '县重点', enterpriseIds: [ent[3]], targets: months(0) }] }),
      )
    ).body;
    await officer.send('PUT', `/api/plans/${second.id}`, {
      title: second.title,
      items: [{ kind: 'key', name: '县重点', enterpriseIds: [ent[3]], targets: months(1) }],
      version: 1,
    });
    expect((await move(head, second.id, 'submit', 2)).status).toBe(200);
    expect((await move(head, second.id, 'approve', 3)).status).toBe(403);
    expect((await move(deputy, second.id, 'approve', 3)).status).toBe(200);
    // A leader who only edited someone else's draft is a drafter too.
    const third = (await officer.send('POST', '/api/plans', planBody(2033))).body;
    expect((await head.send('PUT', `/api/plans/${third.id}`, { ...planBody(2033), title: '经主要负责人修改的计划', version: 1 })).status).toBe(200);
    expect((await move(officer, third.id, 'submit', 2)).status).toBe(200);
    const edited = await move(head, third.id, 'approve', 3);
    expect(edited.status).toBe(403);
    expect(edited.body.error.message).toContain('职责分离');
    expect((await move(deputy, third.id, 'approve', 3)).body.status).toBe('approved');
  });

  it.each([
    ['a year out of range', () => ({ year: 1999 }), 'year'],
    [
      'a quarterly item with 12 targets',
      () => ({ items: [{ kind: 'random', name: '抽查', matterCode: '421200-CC-01', cadence: 'quarter', targets: months(1) }] }),
      'items.0.targets',
    ],
    [
      'a negative target',
      () => ({ items: [{ kind: 'random', name: '抽查', matterCode: '421200-CC-01', targets: [-1, ...months(1).slice(1)] }] }),
      'items.0.targets.0',
    ],
    ['a matter of another city', () => ({ items: [{ kind: 'random', name: '抽查', matterCode: '420100-CC-09', targets: months(1) }] }), 'items.0.matterCode'],
    ['an unknown matter', () => ({ items: [{ kind: 'random', name: '抽查', matterCode: 'NOPE', targets: months(1) }] }), 'items.0.matterCode'],
    [
      'an enterprise outside the org',
      () => ({ items: [{ kind: 'key', name: '重点', enterpriseIds: [ent[0], wuhanEnterprise], targets: months(1) }] }),
      'items.0.enterpriseIds',
    ],
    [
      'a random item naming enterprises',
      () => ({ items: [{ kind: 'random', name: '抽查', matterCode: '421200-CC-01', enterpriseIds: [ent[0]], targets: months(1) }] }),
      'items.0.enterpriseIds',
    ],
  ] as const)('refuses %s with 400 naming the field, and writes nothing', async (_label, over, field) => {
    const before = await headSeq(w.app.db);
    const res = await officer.send('POST', '/api/plans', planBody(2030, over()));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await headSeq(w.app.db)).toBe(before);
  });

  it('refuses a submit of an empty plan and a legal reviewer drafting', async () => {
    await addUser(w, 'city.reviewer', w.orgs.city.id, ['legalReviewer']);
    const reviewer = await signIn(w, 'city.reviewer');
    expect((await reviewer.send('POST', '/api/plans', planBody(2031))).status).toBe(403);
    const { id } = (await officer.send('POST', '/api/plans', planBody(2031, { items: [] }))).body;
    const empty = await move(officer, id, 'submit', 1);
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('items');
    expect((await reviewer.get('/api/plans?year=2031')).body.map((p: { id: string }) => p.id)).toEqual([id]);
  });
});

describe('progress', () => {
  it('equals a direct SQL count per item and month, and warns when behind by China time', async () => {
    const [plan] = (await officer.get('/api/plans?year=2026')).body;
    const other = (await officer.get('/api/plans?year=2027')).body.find((p: { orgId: string }) => p.orgId === w.orgs.city.id);
    // Spread over statuses, months (and the year before), matters and a second plan; only the
    // completed tasks of this plan in 2026 count.
    const specs: TaskSpec[] = [];
    const statuses = ['completed', 'completed', 'assigned', 'inProgress', 'cancelled'] as const;
    const matters = [null, '421200-CC-01', '420000-CC-02', 'OTHER'];
    let n = 0;
    for (const e of ent)
      for (const m of matters)
        for (const month of [1, 2, 3, 5, 12])
          specs.push({
            enterpriseId: e,
            matterCode: m,
            planId: n % 7 === 0 ? other.id : plan.id,
            status: statuses[n++ % statuses.length],
            completedOn: `${n % 11 === 0 ? 2025 : 2026}-${String(month).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
          });
    await addTasks(w.app.db, w.orgs.city.id, specs, w.clock.now());

    const progress = await officer.get(`/api/plans/${plan.id}/progress`);
    expect(progress.status, JSON.stringify(progress.body)).toBe(200);
    // The world's clock is 2026-03-02 10:00 in China.
    expect(progress.body.throughMonth).toBe(3);
    const direct = async (where: ReturnType<typeof sql>) =>
      rows<{ month: number; n: number }>(
        w.app.db,
        sql`select substr(completed_on, 6, 2)::int as month, count(*)::int as n from inspection_task
            where plan_id = ${plan.id} and status = 'completed' and completed_on like '2026-%' and ${where} group by 1`,
      );
    const detail = (await officer.get(`/api/plans/${plan.id}`)).body;
    let checked = 0;
    for (const [i, item] of detail.items.entries()) {
      const counted = await direct(
        item.kind === 'random'
          ? sql`matter_code = ${item.matterCode}`
          : sql`enterprise_id in (${sql.join(
              item.enterpriseIds.map((id: string) => sql`${id}::uuid`),
              sql`, `,
            )})`,
      );
      const want = Array.from({ length: 12 }, (_, m) => counted.find((c) => c.month === m + 1)?.n ?? 0);
      expect(
        progress.body.items[i].months.map((m: { done: number }) => m.done),
        item.name,
      ).toEqual(want);
      expect(progress.body.items[i].months.map((m: { target: number }) => m.target)).toEqual(item.targets);
      checked += want.reduce((a, b) => a + b, 0);
      const dueDone = want.slice(0, 3).reduce((a, b) => a + b, 0);
      const dueTarget = item.targets.slice(0, 3).reduce((a: number, b: number) => a + b, 0);
      expect(progress.body.items[i]).toMatchObject({ dueDone, dueTarget, shortfall: Math.max(0, dueTarget - dueDone), behind: dueTarget > dueDone });
    }
    expect(checked).toBeGreaterThan(0);
    expect(progress.body.behindCount).toBe(progress.body.items.filter((i: { behind: boolean }) => i.behind).length);

    // 16:30 UTC on 31 March is already 1 April in China: April's target falls due. (The service
    // is called directly: moving the clock a month would end the sessions.)
    try {
      w.clock.set(new Date('2026-03-31T16:30:00Z'));
      expect((await progressOf(w.app, systemActor, plan.id)).throughMonth).toBe(4);
      w.clock.set(new Date('2026-03-31T15:59:00Z'));
      expect((await progressOf(w.app, systemActor, plan.id)).throughMonth).toBe(3);
      w.clock.set(new Date('2027-01-01T00:00:00Z'));
      expect((await progressOf(w.app, systemActor, plan.id)).throughMonth).toBe(12);
    } finally {
      w.clock.set(new Date('2026-03-02T02:00:00Z'));
    }
  });

  it('warns with the shortfall for an item with nothing done', async () => {
    const { id } = (await officer.send('POST', '/api/plans', planBody(2026, { orgId: w.orgs.township.id, items: [] }))).body;
    const body = {
      title: '温泉街道计划',
      version: 1,
      items: [{ kind: 'random', name: '抽查', matterCode: '421200-CC-01', targets: [2, 1, 1, ...months(0).slice(3)] }],
    };
    expect((await officer.send('PUT', `/api/plans/${id}`, body)).status).toBe(200);
    const p = (await officer.get(`/api/plans/${id}/progress`)).body;
    expect(p.items[0]).toMatchObject({ dueTarget: 4, dueDone: 0, shortfall: 4, behind: true });
  });
});
