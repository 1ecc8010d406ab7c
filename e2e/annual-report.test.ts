import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, firstSignIn, launchChromium, startServer } from './server.js';

// The yearly 法治政府建设情况报告 as the bureau makes it: the legal reviewer opens the demo city's
// report for the year, follows a figure to the very records it counts, writes the last section,
// downloads the files and submits; the head approves, which publishes it; a visitor reads it on
// the portal.

const OUT = path.resolve('.test-results/annual-report');
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let reviewer: Page;
let head: Page;

type Figure = { code: string; text: string; count?: number };

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  reviewer = await browser.newPage({ acceptDownloads: true });
  head = await browser.newPage();
  await firstSignIn(reviewer, server.url, 'xn.reviewer');
  await firstSignIn(head, server.url, 'xn.head');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('法治政府建设情况报告', () => {
  let reportUrl: string;

  it('opens the demo city’s report, and a figure in its text leads to exactly the records it counts', async () => {
    await reviewer.goto(`${server.url}/report/annual`);
    await reviewer.getByRole('link', { name: /咸宁市应急管理局\d{4}年法治政府建设情况报告/ }).click();
    await reviewer.waitForURL(/\/report\/annual\/[0-9a-f-]{36}$/);
    reportUrl = reviewer.url();
    await heading(reviewer).getByText('起草中').waitFor();

    const id = reportUrl.split('/').at(-1);
    const report = await call<{ figures: { sections: { figures: Figure[] }[] } }>(reviewer, 'GET', `/api/report/annual/${id}`);
    const penalties = report.json.figures.sections.flatMap((s) => s.figures).find((f) => f.code === 'cases.penalties') as Figure;
    expect(penalties.count).toBeGreaterThan(0);
    const placed = reviewer.getByTestId('annual-section-enforcement').locator('[data-figure="cases.penalties"]');
    expect(await placed.innerText()).toBe(`${penalties.text}次`);
    // The annex gives its 口径.
    const annexRow = reviewer.getByTestId('annual-annex').locator('tr').filter({ hasText: 'cases.penalties' });
    expect(await annexRow.innerText()).toContain('以行政处罚决定书作出之日');
    await placed.click();
    await reviewer.waitForURL(/\/cases\?.*figure=cases\.penalties/);
    await reviewer.getByText(`共 ${penalties.count} 条`).waitFor();
  }, 60_000);

  it('the reviewer writes the section left, downloads the files and submits', async () => {
    await reviewer.goto(reportUrl);
    const other = reviewer.getByTestId('annual-section-other');
    await other.getByRole('textbox').fill('无其他需要报告的情况。');
    await other.getByRole('button', { name: '保存本稿' }).click();
    await reviewer.locator('.ant-message').getByText('已保存第 1 稿').waitFor();
    await other.getByText(/第 1 稿 · /).waitFor();

    for (const [format, magic] of [
      ['PDF', '%PDF-'],
      ['DOCX', 'PK'],
    ] as const) {
      const [download] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('link', { name: `下载 ${format}` }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`年法治政府建设情况报告（送审稿）\\.${format.toLowerCase()}$`));
      const file = path.join(OUT, `report.${format.toLowerCase()}`);
      await download.saveAs(file);
      expect(fs.readFileSync(file).subarray(0, magic.length).toString()).toBe(magic);
    }

    await reviewer.getByRole('button', { name: '提交审定' }).click();
    await reviewer.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await heading(reviewer).getByText('待主要负责人审定').waitFor();
    // A legal reviewer has no approval to give.
    expect(await reviewer.getByRole('button', { name: '审定并公开' }).count()).toBe(0);
  }, 60_000);

  it('the head approves after a warning that approval publishes it, and the portal shows it', async () => {
    await head.goto(reportUrl);
    await heading(head).getByText('待主要负责人审定').waitFor();
    await head.getByRole('button', { name: '审定并公开' }).click();
    await head.locator('.ant-popconfirm').getByText('审定后报告即在公示网站向社会公开').waitFor();
    await head.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await heading(head).getByText('已审定并公开').waitFor();
    await head.getByText(/已于 \d{4}-\d{2}-\d{2} 公开，在期限内/).waitFor();

    const visitor = await browser.newPage();
    await visitor.goto(`${server.url}/portal/reports`);
    await visitor.getByRole('link', { name: /咸宁市应急管理局\d{4}年法治政府建设情况报告/ }).click();
    await visitor.getByText('无其他需要报告的情况。').waitFor();
    await visitor.getByText('附件：统计数据及统计口径').waitFor();
    expect(await visitor.getByRole('heading', { name: /其他需要报告的情况/ }).count()).toBe(1);
    await visitor.close();
  }, 60_000);
});
