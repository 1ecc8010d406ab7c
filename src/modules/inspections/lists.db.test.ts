import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { staff } from '../cases/testing.js';
import { inspectionScene } from './fixture.js';
import { openTask } from './tasks/open.js';

// The task and hazard lists: search by enterprise name or 统一社会信用代码, state and date
// filters, sort, paging with the total, the org subtree, and the export of the same filter.
let w: TestWorld;
let head: Client, outsider: Client;
let scenes: Awaited<ReturnType<typeof inspectionScene>>[];

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  await staff(w, 'il.head', w.orgs.county, ['head']);
  await staff(w, 'il.outsider', w.orgs.siblingCity, ['head']);
  scenes = [];
  for (const _ of [1, 2]) scenes.push(await inspectionScene(w, w.orgs.county, '421202', { record: true }));
  // A third task, planned later and not started, for the date and state filters.
  await openTask(w.app, scenes[0].officer, {
    orgId: w.orgs.county.id,
    enterpriseId: scenes[1].e.id,
    officerIds: scenes[0].officerIds,
    reason: '复查整改落实情况',
    plannedOn: '2026-03-20',
    source: 'routine',
  });
  [head, outsider] = await Promise.all(['il.head', 'il.outsider'].map((u) => signIn(w, u)));
}, 90_000);
afterAll(() => w.close());

const xlsx = async (client: Client, url: string) => {
  const res = await w.http.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  return { rows: await readSheet(res.rawPayload), disposition: String(res.headers['content-disposition']) };
};
const names = (body: { items: { enterpriseName: string }[] }) => body.items.map((i) => i.enterpriseName);

describe('GET /api/inspections/tasks', () => {
  it('searches by enterprise name and USCC, filters by state and planned day, sorts and pages', async () => {
    const [a, b] = scenes.map((s) => s.e);
    expect((await head.get('/api/inspections/tasks')).body.total).toBe(3);
    expect(names((await head.get(`/api/inspections/tasks?q=${encodeURIComponent(a.name)}`)).body)).toEqual([a.name]);
    expect(names((await head.get(`/api/inspections/tasks?q=${b.uscc}`)).body)).toEqual([b.name, b.name]);
    expect((await head.get('/api/inspections/tasks?status=assigned')).body.total).toBe(1);
    expect((await head.get('/api/inspections/tasks?status=inProgress')).body.total).toBe(2);
    expect((await head.get('/api/inspections/tasks?from=2026-03-10&to=2026-03-31')).body).toMatchObject({ total: 1, items: [{ plannedOn: '2026-03-20' }] });
    const byPlanned = (await head.get('/api/inspections/tasks?sort=plannedOn&order=asc&pageSize=2&page=2')).body;
    expect(byPlanned).toMatchObject({ total: 3, items: [{ plannedOn: '2026-03-20' }] });
    expect(names((await head.get('/api/inspections/tasks?sort=enterpriseName&order=desc')).body)).toEqual([b.name, b.name, a.name].sort().reverse());
  });

  it('narrows to one enterprise, for the tabs of its page', async () => {
    const [a, b] = scenes.map((s) => s.e);
    expect(names((await head.get(`/api/inspections/tasks?enterpriseId=${a.id}`)).body)).toEqual([a.name]);
    expect(names((await head.get(`/api/inspections/tasks?enterpriseId=${b.id}`)).body)).toEqual([b.name, b.name]);
    expect(names((await head.get(`/api/inspections/hazards?enterpriseId=${b.id}`)).body)).toEqual([b.name]);
    expect((await outsider.get(`/api/inspections/hazards?enterpriseId=${b.id}`)).body).toEqual({ items: [], total: 0 });
  });

  it('shows nothing outside the org subtree', async () => {
    expect((await outsider.get('/api/inspections/tasks')).body).toEqual({ items: [], total: 0 });
    expect((await outsider.get(`/api/inspections/tasks?orgId=${w.orgs.county.id}`)).status).toBe(403);
    expect((await xlsx(outsider, '/api/inspections/tasks/export.xlsx')).rows).toHaveLength(1);
  });

  it('exports the filter with Chinese headers and labels, a row per task of the total', async () => {
    const { rows, disposition } = await xlsx(head, '/api/inspections/tasks/export.xlsx?sort=plannedOn&order=asc');
    expect(disposition).toContain(encodeURIComponent('检查任务-2026-03-02.xlsx'));
    expect(rows[0]).toEqual(['企业名称', '统一社会信用代码', '任务来源', '检查事由', '计划检查日期', '执法人员', '任务状态', '完成日期', '检查机构']);
    expect(rows.length - 1).toBe(3);
    expect(column(rows, '任务状态')).toEqual(['检查中', '检查中', '待检查']);
    expect(column(rows, '任务来源')).toEqual(['日常检查', '日常检查', '日常检查']);
    expect(column(rows, '计划检查日期')).toEqual(['2026-03-02', '2026-03-02', '2026-03-20']);
    expect(column(rows, '统一社会信用代码').sort()).toEqual([scenes[0].e.uscc, scenes[1].e.uscc, scenes[1].e.uscc].sort());
  });
});

describe('GET /api/inspections/hazards', () => {
  it('searches by enterprise name and USCC, filters by state and the day found, sorts and pages', async () => {
    const [a, b] = scenes.map((s) => s.e);
    expect((await head.get('/api/inspections/hazards')).body.total).toBe(2);
    expect(names((await head.get(`/api/inspections/hazards?q=${encodeURIComponent(b.name)}`)).body)).toEqual([b.name]);
    expect(names((await head.get(`/api/inspections/hazards?q=${a.uscc}`)).body)).toEqual([a.name]);
    expect((await head.get('/api/inspections/hazards?status=open')).body.total).toBe(2);
    expect((await head.get('/api/inspections/hazards?status=closed')).body.total).toBe(0);
    expect((await head.get('/api/inspections/hazards?from=2026-03-02&to=2026-03-02')).body.total).toBe(2);
    expect((await head.get('/api/inspections/hazards?from=2026-03-03')).body.total).toBe(0);
    expect((await head.get('/api/inspections/hazards?to=2026-03-01')).body.total).toBe(0);
    const sorted = [a.name, b.name].sort();
    expect(names((await head.get('/api/inspections/hazards?sort=enterpriseName&order=asc')).body)).toEqual(sorted);
    expect(names((await head.get('/api/inspections/hazards?sort=enterpriseName&order=desc')).body)).toEqual([...sorted].reverse());
    expect((await head.get('/api/inspections/hazards?sort=enterpriseName&pageSize=1&page=2')).body).toMatchObject({
      total: 2,
      items: [{ enterpriseName: sorted[1] }],
    });
    expect((await head.get(`/api/inspections/hazards?recordId=${scenes[0].record!.id}`)).body.total).toBe(1);
  });

  it('shows nothing outside the org subtree', async () => {
    expect((await outsider.get('/api/inspections/hazards')).body).toEqual({ items: [], total: 0 });
    expect((await xlsx(outsider, '/api/inspections/hazards/export.xlsx')).rows).toHaveLength(1);
  });

  it('exports the filter with Chinese headers and labels, a row per hazard of the total', async () => {
    const { rows, disposition } = await xlsx(head, '/api/inspections/hazards/export.xlsx?status=open&sort=enterpriseName');
    expect(disposition).toContain(encodeURIComponent('隐患-2026-03-02.xlsx'));
    expect(rows[0]).toEqual(expect.arrayContaining(['企业名称', '统一社会信用代码', '隐患描述', '隐患等级', '发现日期', '整改期限', '整改状态', '检查机构']));
    expect(rows.length - 1).toBe((await head.get('/api/inspections/hazards?status=open')).body.total);
    expect(column(rows, '整改状态')).toEqual(['整改中', '整改中']);
    expect(column(rows, '发现日期')).toEqual(['2026-03-02', '2026-03-02']);
    expect(column(rows, '企业名称')).toEqual(scenes.map((x) => x.e.name).sort());
    expect(column(rows, '隐患等级').every((g) => g === '一般隐患' || g === '重大事故隐患')).toBe(true);
    expect(column(rows, '检查机构')).toEqual(['咸安区应急管理局', '咸安区应急管理局']);
  });
});
