import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, choose, fillDate, firstSignIn, launchChromium, startServer } from './server.js';

// 案卷评查 in a real browser: the city's legal office (xn.reviewer) plans a round over one county's
// case files, announced before the beacon; once the beacon is out (the server's clock moved on,
// ZHIFA_TEST_CLOCK_FILE) it draws the files and the draw verifies; it scores one file with
// deductions and notifies the result; the county (c02.officer1) answers with its corrections.

const BEACON_LEAD_MINUTES = 10;
const beijingMinute = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
let clockFile: string;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let reviewer: Page;
let county: Page;
let countyName = '';
let roundUrl = '';

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();
const confirm = (page: Page) => page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click();

beforeAll(async () => {
  clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-clock-')), 'offset');
  fs.writeFileSync(clockFile, '0');
  server = await startServer({ ZHIFA_TEST_CLOCK_FILE: clockFile });
  browser = await launchChromium();
  reviewer = await newPage();
  await firstSignIn(reviewer, server.url, 'xn.reviewer');
  county = await newPage();
  await firstSignIn(county, server.url, 'c02.officer1');
  countyName = (await call<{ user: { orgName: string } }>(county, 'GET', '/api/auth/me')).json.user.orgName;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('案卷评查', () => {
  it('the demo year holds one closed round, and its files are listed', async () => {
    await reviewer.goto(`${server.url}/evaluations`);
    const table = reviewer.getByTestId('evaluation-rounds');
    await table.locator('.ant-table-row').first().waitFor();
    expect(await table.innerText()).toContain('已结束');
    await reviewer.goto(`${server.url}/evaluations/files?excellent=true`);
    await reviewer.getByTestId('evaluation-files-table').locator('.ant-table-row').first().waitFor();
    expect(await reviewer.getByTestId('evaluation-files-table').innerText()).toContain('优秀');
  }, 60_000);

  it('plans a round over a county, announced before the beacon', async () => {
    await reviewer.goto(`${server.url}/evaluations`);
    await reviewer.getByTestId('evaluation-create').click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByLabel('评查活动名称').fill('浏览器测试专项案卷评查');
    await choose(reviewer, '被评查机关', countyName, true);
    await reviewer.keyboard.press('Escape');
    const today = beijingMinute(new Date()).slice(0, 10);
    await fillDate(dialog.getByLabel('开始日期'), `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`);
    await fillDate(dialog.getByLabel('结束日期'), today);
    await dialog.getByLabel('每个机关抽取案卷数').fill('1');
    const at = dialog.getByTestId('evaluation-beacon-at');
    await at.click();
    await at.fill(beijingMinute(new Date(Date.now() + BEACON_LEAD_MINUTES * 60_000)));
    await at.press('Enter');
    await dialog.getByRole('button', { name: '保存' }).click();
    await confirm(reviewer);
    await reviewer.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
    roundUrl = reviewer.url();
    expect(await reviewer.getByTestId('evaluation-summary').innerText()).toContain(countyName);
    expect(await reviewer.getByRole('heading').first().innerText()).toContain('已公告待抽取');
  }, 90_000);

  it('draws once the beacon is out, and the draw verifies', async () => {
    // Before the beacon: refused, with the time it comes out.
    await reviewer.getByTestId('evaluation-draw').click();
    let dialog = reviewer.getByRole('dialog');
    await dialog.getByTestId('evaluation-beacon-value').fill('03 08 14 21 27 32+11');
    await dialog.getByRole('button', { name: '抽取案卷' }).click();
    await confirm(reviewer);
    await reviewer.getByText('公布后才能抽取').first().waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    fs.writeFileSync(clockFile, String(2 * BEACON_LEAD_MINUTES * 60_000));
    await reviewer.reload();
    await reviewer.getByTestId('evaluation-draw').click();
    dialog = reviewer.getByRole('dialog');
    await dialog.getByTestId('evaluation-beacon-value').fill('03 08 14 21 27 32+11');
    await dialog.getByRole('button', { name: '抽取案卷' }).click();
    await confirm(reviewer);
    const files = reviewer.getByTestId('evaluation-files');
    await files.locator('.ant-table-row').first().waitFor();
    expect(await files.locator('.ant-table-row').count()).toBe(1);
    expect(await files.innerText()).toContain(countyName);
    await reviewer.getByTestId('evaluation-verify').click();
    await reviewer.getByTestId('evaluation-verdict').waitFor();
    expect(await reviewer.getByTestId('evaluation-verdict').innerText()).toContain('验证通过');
  }, 90_000);

  it('scores the file with deductions and notifies the county', async () => {
    await reviewer.getByTestId('evaluation-score').click();
    const dialog = reviewer.getByRole('dialog').filter({ has: reviewer.getByTestId('evaluation-add-deduction') });
    const rows = dialog.getByTestId('evaluation-deduction');
    /** Picks the rule in the n-th deduction row, retried as choose() does. */
    const pickRule = async (n: number, text: string) => {
      const row = rows.nth(n);
      const option = reviewer.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
      for (let attempt = 0; !(await row.locator('.ant-select-content').first().innerText()).includes(text); attempt++) {
        if (attempt === 10) throw new Error(`扣分项未能选中「${text}」`);
        if ((await reviewer.locator('.ant-select-dropdown:visible').count()) === 0) {
          await row.getByLabel('扣分项', { exact: true }).click();
          await reviewer.keyboard.type(text);
        }
        await option.click({ timeout: 5_000 }).catch(() => undefined);
      }
    };
    await dialog.getByTestId('evaluation-add-deduction').click();
    await pickRule(0, '证据形式不规范');
    await rows.nth(0).getByLabel('次数').fill('2');
    await rows.nth(0).getByTestId('evaluation-note').fill('现场照片未注明拍摄时间、地点和拍摄人');
    await dialog.getByTestId('evaluation-add-deduction').click();
    await pickRule(1, '裁量理由未说明');
    await rows.nth(1).getByTestId('evaluation-note').fill('罚款数额未说明适用裁量基准的理由');
    // 证据确凿 −4, 裁量适当 −3: 93, 优秀.
    await expect.poll(() => dialog.getByTestId('evaluation-preview').innerText()).toContain('93');
    await dialog.getByRole('button', { name: '保存' }).click();
    await confirm(reviewer);
    await dialog.waitFor({ state: 'hidden' });
    const files = reviewer.getByTestId('evaluation-files');
    await expect.poll(() => files.innerText()).toContain('已评分');
    expect(await files.innerText()).toContain('93');
    await reviewer.getByTestId('evaluation-notify').click();
    await confirm(reviewer);
    await expect.poll(() => files.innerText()).toContain('已通知待整改');
    await reviewer.getByTestId('evaluation-notice-pdf').waitFor();
  }, 90_000);

  it('the county answers with its corrections', async () => {
    await county.goto(roundUrl);
    const files = county.getByTestId('evaluation-files');
    await files.locator('.ant-table-row').first().waitFor();
    await county.getByTestId('evaluation-answer').click();
    const dialog = county.getByRole('dialog').filter({ has: county.getByTestId('evaluation-answer-text') });
    expect(await dialog.innerText()).toContain('证据形式不规范');
    await dialog.getByTestId('evaluation-answer-text').fill('已组织办案人员补注现场照片的拍摄信息，并在决定书中补充裁量说理，今后统一执行。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await confirm(county);
    await expect.poll(() => files.innerText()).toContain('已反馈整改');
    await reviewer.reload();
    await expect.poll(() => reviewer.getByTestId('evaluation-files').innerText()).toContain('已反馈整改');
  }, 90_000);
});
