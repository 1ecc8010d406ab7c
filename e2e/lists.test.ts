import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from '../src/testing/sheets.js';
import { call, firstSignIn, launchChromium, startServer } from './server.js';

// The case list in a real browser: a search by the party's name narrows the rows, keeps the
// filter in the address, and the 导出 XLSX button downloads the same filter.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true });
  await firstSignIn(page, server.url, 'xn.head');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('case list', () => {
  it('searches by party name, shows the matching rows and exports them as XLSX', async () => {
    const all = await call<{ items: { partyName: string }[]; total: number }>(page, 'GET', '/api/cases?pageSize=200');
    expect(all.status).toBe(200);
    const party = all.json.items[0].partyName;
    const term = [...party].slice(0, 4).join('');
    const expected = await call<{ total: number }>(page, 'GET', `/api/cases?q=${encodeURIComponent(term)}`);
    expect(expected.json.total).toBeLessThan(all.json.total);

    await page.goto(`${server.url}/cases`);
    const table = page.getByTestId('case-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByLabel('当事人名称或统一社会信用代码').fill(term);
    await page.getByLabel('当事人名称或统一社会信用代码').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(term);
    await page.getByText(`共 ${expected.json.total} 条`).waitFor();
    const parties = await table.locator('tbody tr.ant-table-row td:first-child').allInnerTexts();
    expect(parties.length).toBeGreaterThan(0);
    for (const p of parties) expect(p).toContain(term);

    const download = page.waitForEvent('download');
    await page.getByTestId('case-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^行政处罚案件-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = fs.readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const rows = await readSheet(bytes);
    expect(rows[0][0]).toBe('当事人');
    expect(rows.length - 1).toBe(expected.json.total);
    for (const r of rows.slice(1)) expect(r[0]).toContain(term);
  }, 120_000);

  it('统计分析 shows a figure with its definition, and its drill-down lists exactly the cases it counts', async () => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const api = await call<{ sections: { figures: { code: string; count?: number; text: string }[] }[] }>(
      page,
      'GET',
      `/api/report/figures?from=${year}-01-01&to=${year}-12-31`,
    );
    expect(api.status).toBe(200);
    const penalties = api.json.sections.flatMap((s) => s.figures).find((f) => f.code === 'cases.penalties')!;
    expect(penalties.count).toBeGreaterThan(0);

    await page.goto(`${server.url}/report`);
    const figure = page.getByTestId('figure-cases.penalties');
    await expect.poll(() => figure.innerText()).toBe(`${penalties.text} 次`);
    const row = page.locator('tr').filter({ has: figure });
    expect(await row.innerText()).toContain('以行政处罚决定书作出之日');
    await row.getByRole('link', { name: '查看明细' }).click();
    await page.waitForURL(/\/cases\?.*figure=cases\.penalties/);
    await page.getByText(/统计指标「行政处罚」在 \d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2} 计入的记录/).waitFor();
    await page.getByText(`共 ${penalties.count} 条`).waitFor();

    // A figure of another module drills into that module's list: the whole subtree's tasks, not the head's own.
    const draws = api.json.sections.flatMap((s) => s.figures).find((f) => f.code === 'inspections.draw')!;
    expect(draws.count).toBeGreaterThan(0);
    await page.goto(`${server.url}/report`);
    await page
      .locator('tr')
      .filter({ has: page.getByTestId('figure-inspections.draw') })
      .getByRole('link', { name: '查看明细' })
      .click();
    await page.waitForURL(/\/inspections\/tasks\?.*figure=inspections\.draw/);
    await page.getByText(`共 ${draws.count} 条`).waitFor();
  }, 60_000);
});
