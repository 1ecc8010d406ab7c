import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from '../src/testing/sheets.js';
import { call, firstSignIn, launchChromium, startServer } from './server.js';

// 统计分析 as a leader sees it: the monthly trend and the ranking drawn by ECharts, the figures
// exported as XLSX with the texts the page prints, and the key figures charted on the workbench.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1440, height: 1000 } });
  await firstSignIn(page, server.url, 'xn.head');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** An ECharts canvas drawn at a real size inside the chart's box. */
async function drawn(testId: string) {
  const canvas = page.getByTestId(testId).locator('canvas').first();
  await canvas.waitFor();
  await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(200);
}

describe('统计分析 dashboard', () => {
  it('draws the monthly trend and the orgs below, and exports the figures as XLSX', async () => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const api = await call<{ orgName: string; sections: { figures: { code: string; name: string; text: string }[] }[] }>(
      page,
      'GET',
      `/api/report/figures?from=${year}-01-01&to=${year}-12-31`,
    );
    expect(api.status).toBe(200);
    const figures = api.json.sections.flatMap((s) => s.figures);

    await page.goto(`${server.url}/report`);
    await drawn('trend-chart');
    await drawn('ranking-chart');
    await expect.poll(() => page.getByTestId('trend-summary').innerText()).toMatch(/年 1—\d+ 月累计 \d+ 次，上年同期 \d+ 次；(同比 [+-]\d+\.\d%|上年同期为零)/);

    const download = page.waitForEvent('download');
    await page.getByTestId('figures-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${api.json.orgName}统计数据（${year}-01-01至${year}-12-31）.xlsx`);
    const rows = await readSheet(fs.readFileSync(await file.path()));
    expect(rows[0]).toEqual(['编号', '统计项', '数值', '单位', '统计口径']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(figures.map((f) => [f.code, f.name, f.text]));
  }, 90_000);

  it('shows the key figures as a chart on the workbench', async () => {
    await page.goto(`${server.url}/`);
    const card = page.getByTestId('key-figures');
    await card.getByText('行政处罚', { exact: true }).first().waitFor();
    await expect.poll(async () => (await card.locator('canvas').first().boundingBox())?.width ?? 0).toBeGreaterThan(200);
  }, 60_000);
});
