import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../platform/db/index.js';
import { headSeq } from '../../platform/ledger/service.js';
import { verifyLedger } from '../../platform/ledger/verify.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from './fixture.js';
import { COLUMNS } from './import/columns.js';

let w: TestWorld;
let officer: Client;
let other: Client;

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'imp.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'imp.other', w.orgs.siblingCity.id, ['officer']);
  officer = await signIn(w, 'imp.officer');
  other = await signIn(w, 'imp.other');
}, 60_000);
afterAll(() => w.close());

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
function csv(records: Record<string, string>[]): Buffer {
  const lines = [COLUMNS.map((c) => c.header).join(','), ...records.map((r) => COLUMNS.map((c) => csvCell(r[c.header] ?? '')).join(','))];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
const row = (n: number, region = '421202', over: Record<string, string> = {}) => {
  const e = sampleEnterprise(n, region);
  return { ...Object.fromEntries(COLUMNS.map((c) => [c.header, c.write(e)])), ...over };
};

async function upload(c: Client, fileName: string, body: Buffer) {
  const res = await w.http.inject({
    method: 'POST',
    url: `/api/enterprises/imports?fileName=${encodeURIComponent(fileName)}`,
    payload: body,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' },
  });
  return { status: res.statusCode, body: res.json() };
}
async function settle(c: Client, id: string, until: string[]) {
  for (let i = 0; i < 400; i++) {
    const r = await c.get(`/api/enterprises/imports/${id}`);
    if (until.includes(r.body.status)) return r.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} did not reach ${until.join('/')}`);
}
const count = async () => (await rows<{ n: number }>(w.app.db, sql`select count(*)::int as n from enterprise`))[0].n;

describe('enterprise import', () => {
  const good = [row(1), row(2, '421202001'), row(3)];
  const bad = [
    row(4, '421202', { 统一社会信用代码: `${sampleEnterprise(4).uscc.slice(0, 17)}Z` }),
    row(5, '420102'),
    row(1),
    row(6, '421202', { 企业规模: '超大型' }),
  ];
  const file = csv([...good, ...bad]);

  it('checks every row first, reporting row-level errors in Chinese, and writes no enterprise', async () => {
    const staged = await upload(officer, '企业.csv', file);
    expect(staged.status, JSON.stringify(staged.body)).toBe(202);
    const checked = await settle(officer, staged.body.id, ['validated', 'failed']);
    expect(checked).toMatchObject({ status: 'validated', totalRows: 7, validRows: 3, errorCount: 4 });
    expect(checked.errors.map((e: { rowNumber: number; column: string }) => [e.rowNumber, e.column])).toEqual([
      [5, '统一社会信用代码'],
      [6, '行政区划代码'],
      [7, '统一社会信用代码'],
      [8, '企业规模'],
    ]);
    expect(checked.errors[0].message).toContain('第 18 位');
    expect(checked.errors[2].message).toContain('与第 2 行');
    expect(await count()).toBe(0);

    const errors = await w.http.inject({ method: 'GET', url: `/api/enterprises/imports/${staged.body.id}/errors.xlsx`, headers: { cookie: officer.cookie } });
    expect(errors.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(errors.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(5);
    expect(String(sheet.getRow(2).getCell(1).value)).toBe('5');

    expect((await other.get(`/api/enterprises/imports/${staged.body.id}`)).status).toBe(403);
    expect((await other.send('POST', `/api/enterprises/imports/${staged.body.id}/commit`)).status).toBe(403);
  });

  it('commits the valid rows in one go on confirmation, once, and re-importing the same file changes nothing', async () => {
    const staged = await upload(officer, '企业.csv', file);
    await settle(officer, staged.body.id, ['validated']);
    const seq = await headSeq(w.app.db);
    const started = await officer.send('POST', `/api/enterprises/imports/${staged.body.id}/commit`);
    expect(started.status).toBe(202);
    const done = await settle(officer, staged.body.id, ['committed']);
    expect(done.result).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(await count()).toBe(3);
    expect(await headSeq(w.app.db)).toBe(seq + 1);
    expect((await officer.send('POST', `/api/enterprises/imports/${staged.body.id}/commit`)).status).toBe(409);

    const again = await upload(officer, '企业-再次.csv', file);
    await settle(officer, again.body.id, ['validated']);
    await officer.send('POST', `/api/enterprises/imports/${again.body.id}/commit`);
    expect((await settle(officer, again.body.id, ['committed'])).result).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await count()).toBe(3);

    const changed = await upload(officer, '企业-变更.csv', csv([row(1, '421202', { 安全风险等级: '重大风险' }), row(2, '421202001'), row(7)]));
    await settle(officer, changed.body.id, ['validated']);
    await officer.send('POST', `/api/enterprises/imports/${changed.body.id}/commit`);
    expect((await settle(officer, changed.body.id, ['committed'])).result).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const first = (await officer.get(`/api/enterprises?q=${sampleEnterprise(1).uscc}`)).body.items[0];
    expect(first).toMatchObject({ riskGrade: 'major', version: 2 });
    const history = (await officer.get(`/api/enterprises/${first.id}/history`)).body;
    expect(history[0]).toMatchObject({ version: 2, source: `import:${changed.body.id}`, changes: { riskGrade: { from: 'high', to: 'major' } } });
    expect((await verifyLedger(w.app.db)).ok).toBe(true);
  });

  it('exports the filtered list as a workbook that re-imports unchanged', async () => {
    const exported = await w.http.inject({ method: 'GET', url: '/api/enterprises/export.xlsx?regionCode=421202', headers: { cookie: officer.cookie } });
    expect(exported.statusCode).toBe(200);
    const staged = await upload(officer, '导出.xlsx', exported.rawPayload);
    const checked = await settle(officer, staged.body.id, ['validated', 'failed']);
    expect(checked).toMatchObject({ status: 'validated', totalRows: 4, validRows: 4, errorCount: 0 });
    await officer.send('POST', `/api/enterprises/imports/${staged.body.id}/commit`);
    expect((await settle(officer, staged.body.id, ['committed'])).result).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });

  it('refuses other file types and unreadable files with a clear message', async () => {
    const pdf = await upload(officer, '企业.pdf', Buffer.from('%PDF-1.4'));
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.field).toBe('fileName');
    const broken = await upload(officer, '坏文件.xlsx', Buffer.from('not a zip at all'));
    const failed = await settle(officer, broken.body.id, ['failed', 'validated']);
    expect(failed.status).toBe('failed');
    expect(failed.failure).toContain('文件无法读取');
  });
});
