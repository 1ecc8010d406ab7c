import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, chinaDay, choose, fillDate, firstSignIn, launchChromium, startServer } from './server.js';

// 集体讨论 as the demo leaves it: a city case awaits its meeting. The legal office (xn.reviewer)
// arranges one — the head in the chair, the deputy and the section chief — puts the case on the
// agenda and records the votes; the head closes it; the minutes download, and the case page links
// the meeting with the deliberation recorded.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const pages = {} as Record<'xn.reviewer' | 'xn.head', Page>;
const names: Record<string, string> = {};
let meetingUrl = '';

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  for (const u of ['xn.reviewer', 'xn.head'] as const) {
    pages[u] = await newPage();
    await firstSignIn(pages[u], server.url, u);
  }
  for (const u of ['xn.head', 'xn.deputy', 'xn.chief', 'xn.reviewer']) {
    const r = await call<{ items: { username: string; displayName: string }[] }>(pages['xn.reviewer'], 'GET', `/api/people?q=${u}`);
    names[u] = r.json.items.find((p) => p.username === u)!.displayName;
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Picks `name` in the member row's person select, retried as choose() does. */
async function pickPerson(page: Page, row: Locator, name: string) {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first();
  for (let attempt = 0; !(await row.locator('.ant-select-content').first().innerText()).includes(name); attempt++) {
    if (attempt === 10) throw new Error(`参会人员未能选中「${name}」`);
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) {
      await row.getByLabel('人员').click();
      await page.keyboard.type(name);
    }
    await option.click({ timeout: 5_000 }).catch(() => undefined);
  }
}

async function pickKind(page: Page, row: Locator, kind: string) {
  await row.getByLabel('身份').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: kind }).first().click();
}

describe('集体讨论', () => {
  it('the legal office arranges a meeting: the head in the chair, the deputy and the section chief', async () => {
    const page = pages['xn.reviewer'];
    await page.goto(`${server.url}/deliberations`);
    await page.getByTestId('deliberation-table').locator('.ant-table-row').first().waitFor();
    expect(await page.getByTestId('deliberation-table').innerText()).toContain('已结束');
    await page.getByTestId('deliberation-create').click();
    const dialog = page.getByRole('dialog');
    await fillDate(dialog.getByLabel('会议日期'), chinaDay(0));
    await dialog.getByLabel('会议地点').fill('市应急管理局三楼会议室');
    await choose(page, '记录人', names['xn.reviewer']);
    const rows = dialog.getByTestId('deliberation-member-row');
    await pickPerson(page, rows.nth(0), names['xn.head']);
    for (const [i, u] of (['xn.deputy', 'xn.chief'] as const).entries()) {
      await dialog.getByRole('button', { name: '添加人员' }).click();
      await pickPerson(page, rows.nth(i + 1), names[u]);
      await pickKind(page, rows.nth(i + 1), '参加讨论');
    }
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/deliberations\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();
    const summary = await page.getByTestId('deliberation-summary').innerText();
    expect(summary).toContain(names['xn.head']);
    expect(summary).toContain('应到 3 人，实到 3 人');
    expect(await page.getByTestId('deliberation-members').innerText()).toContain(names['xn.chief']);
  }, 120_000);

  it('puts the case awaiting deliberation on the agenda and records the votes, asked once more', async () => {
    const page = pages['xn.reviewer'];
    await page.getByTestId('deliberation-add-item').click();
    const dialog = page.getByRole('dialog');
    const list = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    for (let attempt = 0; (await dialog.locator('.ant-select-content-has-value').count()) === 0; attempt++) {
      if (attempt === 10) throw new Error('未能选中待讨论案件');
      if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) await dialog.getByLabel('案件').click();
      await list
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    }
    await dialog.getByLabel('调查情况汇报').fill('经调查，当事人未按照规定配备专职安全生产管理人员，造成一人受伤，证据确凿，拟处以罚款。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.locator('.ant-message').getByText('已列入议题').waitFor();
    const item = page.getByTestId('deliberation-item').first();
    expect(await item.innerText()).toContain('法制审核意见');
    await item.getByTestId('deliberation-conclude').click();
    const form = page.getByRole('dialog');
    await form.getByLabel('讨论意见和理由').fill('违法事实清楚，证据确凿，同意按拟处罚意见给予罚款。');
    await form.getByRole('button', { name: '保存' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click();
    await page.locator('.ant-message').getByText('已记录讨论结论').waitFor();
    await expect.poll(() => item.innerText()).toContain('同意 3，不同意 0，弃权 0，回避 0');
  }, 120_000);

  it('the head closes it: the minutes numbered and downloaded, the case deliberated and linked', async () => {
    const page = pages['xn.head'];
    await page.goto(meetingUrl);
    await page.getByTestId('deliberation-close').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click();
    await page.locator('.ant-message').getByText('会议已结束，各案件已记录集体讨论').waitFor();
    await expect.poll(() => page.getByTestId('deliberation-summary').innerText()).toMatch(/应急集讨〔\d{4}〕\d+号/);
    const download = page.waitForEvent('download');
    await page.getByTestId('deliberation-minutes-pdf').click();
    expect(
      fs
        .readFileSync(await (await download).path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.getByTestId('deliberation-item').first().getByRole('link', { name: '查看案件' }).click();
    await page.getByTestId('case-deliberations').waitFor();
    expect(await page.getByTestId('case-deliberations').innerText()).toMatch(/应急集讨〔\d{4}〕\d+号/);
    expect(await page.getByText('待告知').count()).toBeGreaterThan(0);
  }, 120_000);
});
