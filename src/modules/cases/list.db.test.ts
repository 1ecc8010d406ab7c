import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { draftCase, staff, takeStep } from './testing.js';

// The case list: search by party name or 统一社会信用代码, state and date filters, sort, paging
// with the total, the org subtree, and the export of the same filter.
let w: TestWorld;
let head: Client, outsider: Client;
let uscc: string;
let enterpriseIds: string[];

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  const [a, b] = [await staff(w, 'l.inv1', w.orgs.county, ['officer']), await staff(w, 'l.inv2', w.orgs.county, ['officer'])];
  const h: Actor = await staff(w, 'l.head', w.orgs.county, ['head']);
  await staff(w, 'l.outsider', w.orgs.siblingCity, ['head']);
  const names = ['咸安明珠化工有限公司', '永安五金制造有限公司', '明珠烟花爆竹经营部'];
  const ids: string[] = [];
  enterpriseIds = [];
  for (const [i, name] of names.entries()) {
    const e = await createEnterprise(w.app, systemActor, sampleEnterprise(801 + i, '421202', { name }));
    enterpriseIds.push(e.id);
    if (i === 1) uscc = e.uscc;
    // One day apart (China dates 02-10, 02-11, 02-12), so the date range can pick them.
    w.clock.set(new Date(Date.UTC(2026, 1, 10 + i, 2)));
    ids.push((await draftCase(w, a, w.orgs.county, e.id, [a, b])).id);
  }
  await takeStep(w, a, ids[2], 'submitFiling');
  await takeStep(w, h, ids[2], 'approveFiling');
  [head, outsider] = await Promise.all(['l.head', 'l.outsider'].map((u) => signIn(w, u)));
}, 60_000);
afterAll(() => w.close());

const parties = (body: { items: { partyName: string }[] }) => body.items.map((c) => c.partyName);

describe('GET /api/cases', () => {
  it('searches by part of the party name and by the start of its USCC', async () => {
    expect(parties((await head.get('/api/cases?q=明珠')).body).sort()).toEqual(['咸安明珠化工有限公司', '明珠烟花爆竹经营部']);
    expect((await head.get(`/api/cases?q=${uscc.toLowerCase()}`)).body).toMatchObject({ total: 1, items: [{ partyName: '永安五金制造有限公司' }] });
    expect((await head.get('/api/cases?q=不存在的企业')).body).toEqual({ items: [], total: 0 });
    // One enterprise's cases, for the tab of its page.
    expect(parties((await head.get(`/api/cases?enterpriseId=${enterpriseIds[2]}`)).body)).toEqual(['明珠烟花爆竹经营部']);
    // A LIKE wildcard is searched for literally.
    expect((await head.get('/api/cases?q=%25')).body.total).toBe(0);
  });

  it('filters by state and by the day the case was registered', async () => {
    expect(parties((await head.get('/api/cases?state=investigating')).body)).toEqual(['明珠烟花爆竹经营部']);
    expect((await head.get('/api/cases?state=draft')).body.total).toBe(2);
    expect(parties((await head.get('/api/cases?from=2026-02-11&to=2026-02-11')).body)).toEqual(['永安五金制造有限公司']);
    expect((await head.get('/api/cases?from=2026-02-11')).body.total).toBe(2);
    expect((await head.get('/api/cases?from=2026-02-13')).body.total).toBe(0);
    expect((await head.get('/api/cases?from=2026-02-30')).status).toBe(400);
  });

  it('sorts by the chosen column and pages with the total', async () => {
    expect(parties((await head.get('/api/cases?sort=partyName&order=asc')).body)).toEqual(
      ['咸安明珠化工有限公司', '明珠烟花爆竹经营部', '永安五金制造有限公司'].sort(),
    );
    expect(parties((await head.get('/api/cases?sort=createdAt&order=desc')).body)).toEqual([
      '明珠烟花爆竹经营部',
      '永安五金制造有限公司',
      '咸安明珠化工有限公司',
    ]);
    const page2 = (await head.get('/api/cases?sort=createdAt&order=asc&page=2&pageSize=2')).body;
    expect(page2).toMatchObject({ total: 3, items: [{ partyName: '明珠烟花爆竹经营部' }] });
    expect((await head.get('/api/cases?sort=nope')).status).toBe(400);
  });

  it('shows nothing outside the org subtree, in the list or the export', async () => {
    expect((await outsider.get('/api/cases?q=明珠')).body).toEqual({ items: [], total: 0 });
    expect((await outsider.get(`/api/cases?orgId=${w.orgs.county.id}`)).status).toBe(403);
    const rows = await readSheet((await outsider.get('/api/cases/export.xlsx')).body);
    expect(rows).toHaveLength(1);
  });

  it('exports the filter as a workbook: Chinese headers and labels, a row per case of the total', async () => {
    const url = `/api/cases/export.xlsx?q=${encodeURIComponent('明珠')}&sort=partyName`;
    const res = await w.http.inject({ method: 'GET', url, headers: { cookie: head.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('行政处罚案件-2026-02-12.xlsx'));
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['当事人', '统一社会信用代码', '违法行为', '程序', '办理状态', '立案日期', '办案机构', '登记日期']));
    expect(rows.length - 1).toBe((await head.get('/api/cases?q=明珠')).body.total);
    expect(column(rows, '当事人')).toEqual(['咸安明珠化工有限公司', '明珠烟花爆竹经营部']);
    expect(column(rows, '办理状态')).toEqual(['草稿', '调查取证']);
    expect(column(rows, '程序')).toEqual(['一般程序', '一般程序']);
    expect(column(rows, '立案日期')).toEqual(['', '2026-02-12']);
    expect(column(rows, '登记日期')).toEqual(['2026-02-10', '2026-02-12']);
    expect(column(rows, '办案机构')).toEqual(['咸安区应急管理局', '咸安区应急管理局']);
    expect(column(rows, '统一社会信用代码').every((c) => /^[0-9A-Z]{18}$/.test(c))).toBe(true);
  });
});
