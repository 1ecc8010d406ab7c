import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { column, readSheet } from '../../testing/sheets.js';
import { staff } from '../cases/testing.js';
import { pendingDisclosure } from './fixture.js';
import { publish } from './service.js';

// The staff list of 公示事项: search by enterprise name or 统一社会信用代码, state and date filters,
// sort, paging with the total, the org subtree, and the export of the same filter.
let w: TestWorld;
let head: Client, outsider: Client;
const USCC = '91421202MA4F5J8L2X';

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-10T02:00:00Z'));
  const officer = await staff(w, 'dl.officer', w.orgs.county, ['officer']);
  await staff(w, 'dl.head', w.orgs.county, ['head']);
  await staff(w, 'dl.outsider', w.orgs.siblingCity, ['head']);
  await pendingDisclosure(w, w.orgs.county.id, { enterpriseName: '咸安明珠化工有限公司', uscc: USCC, decidedOn: '2026-03-02' });
  await pendingDisclosure(w, w.orgs.county.id, { enterpriseName: '永安五金制造有限公司', decidedOn: '2026-03-05', kind: 'inspectionResult' });
  const third = await pendingDisclosure(w, w.orgs.county.id, { enterpriseName: '明珠烟花爆竹经营部', decidedOn: '2026-03-09' });
  await publish(w.app, officer, third.id);
  [head, outsider] = await Promise.all(['dl.head', 'dl.outsider'].map((u) => signIn(w, u)));
}, 60_000);
afterAll(() => w.close());

const names = (body: { items: { enterpriseName: string }[] }) => body.items.map((i) => i.enterpriseName);

describe('GET /api/disclosures', () => {
  it('searches by enterprise name and USCC, filters by state, kind and the day decided', async () => {
    expect(names((await head.get(`/api/disclosures?q=${encodeURIComponent('明珠')}&sort=decidedOn`)).body)).toEqual([
      '咸安明珠化工有限公司',
      '明珠烟花爆竹经营部',
    ]);
    expect(names((await head.get(`/api/disclosures?q=${USCC.slice(0, 10)}`)).body)).toEqual(['咸安明珠化工有限公司']);
    expect(names((await head.get('/api/disclosures?status=published')).body)).toEqual(['明珠烟花爆竹经营部']);
    expect(names((await head.get('/api/disclosures?kind=inspectionResult')).body)).toEqual(['永安五金制造有限公司']);
    expect(names((await head.get('/api/disclosures?from=2026-03-03&to=2026-03-06')).body)).toEqual(['永安五金制造有限公司']);
  });

  it('sorts by the chosen column and pages with the total', async () => {
    expect(names((await head.get('/api/disclosures?sort=decidedOn&order=desc')).body)).toEqual([
      '明珠烟花爆竹经营部',
      '永安五金制造有限公司',
      '咸安明珠化工有限公司',
    ]);
    expect((await head.get('/api/disclosures?sort=decidedOn&page=2&pageSize=2')).body).toMatchObject({
      total: 3,
      items: [{ enterpriseName: '明珠烟花爆竹经营部' }],
    });
  });

  it('shows nothing outside the org subtree', async () => {
    expect((await outsider.get(`/api/disclosures?q=${encodeURIComponent('明珠')}`)).body).toEqual({ items: [], total: 0 });
    expect((await outsider.get(`/api/disclosures/export.xlsx?orgId=${w.orgs.county.id}`)).status).toBe(403);
  });

  it('exports the filter with Chinese headers and labels, a row per item of the total', async () => {
    const res = await w.http.inject({ method: 'GET', url: '/api/disclosures/export.xlsx?sort=decidedOn', headers: { cookie: head.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('行政执法公示-2026-03-10.xlsx'));
    const rows = await readSheet(res.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['公示类别', '企业（当事人）名称', '统一社会信用代码', '作出日期', '应公示日期', '公示状态', '公示日期']));
    expect(rows.length - 1).toBe((await head.get('/api/disclosures')).body.total);
    expect(column(rows, '公示类别')).toEqual(['行政处罚决定', '检查结果', '行政处罚决定']);
    expect(column(rows, '公示状态')).toEqual(['待公示', '待公示', '已公示']);
    expect(column(rows, '统一社会信用代码')).toEqual([USCC, '', '']);
    expect(column(rows, '公示日期')).toEqual(['', '', '2026-03-10']);
  });
});
