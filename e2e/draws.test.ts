import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, firstSignIn, launchChromium, root, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
// The beacon is an instant after the announcement (draws/beacon.ts): the test announces one due
// in ten minutes, then moves the server's clock twenty minutes on to draw (ZHIFA_TEST_CLOCK_FILE).
let clockFile: string;
const BEACON_LEAD_MINUTES = 10;
/** `YYYY-MM-DD HH:mm` in Beijing time, as the date-time picker takes it. */
const beijingMinute = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
let browser: Browser;
let page: Page;

const BEACON = '03 07 12 19 25 31+09';
const DRAWN = 4;
/** The matter's directory as the matter list counts it. */
let pool = 0;

/** The real `zhifa draw verify`, as a citizen would run it: a child process that trusts only the published bytes. */
function runCli(url: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, [path.join(root, 'bin', 'zhifa.mjs'), 'draw', 'verify', url], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '' },
    });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-clock-')), 'offset');
  fs.writeFileSync(clockFile, '0');
  server = await startServer({ ZHIFA_TEST_CLOCK_FILE: clockFile });
  browser = await launchChromium();
  // The server judges "today" in Beijing time; the date pickers should agree whatever the machine's zone.
  page = await (await browser.newContext({ timezoneId: 'Asia/Shanghai' })).newPage();
  await firstSignIn(page, server.url, 'xn.chief');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('双随机 draw in a real browser, verified by the public page and by the CLI', () => {
  let publicUrl = '';

  it('creates a spot-check matter through the form', async () => {
    await page.goto(`${server.url}/draws/matters`);
    await page.getByRole('button', { name: '新增抽查事项' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('事项编码').fill('SC-E2E-01');
    await dialog.getByLabel('抽查事项', { exact: true }).fill('危险化学品经营企业专项抽查');
    await dialog.getByLabel('检查依据').fill('《中华人民共和国安全生产法》第六十五条');
    await choose(page, '检查表', 'CL-GEN');
    await dialog.getByLabel('抽查比例').fill('5');
    await choose(page, '重点监管类别', '危险化学品', true);
    await page.keyboard.press('Escape');
    await choose(page, '分层抽样', '按县级行政区划');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('matter-table').getByRole('row').filter({ hasText: 'SC-E2E-01' });
    await row.waitFor();
    expect(await row.innerText()).toContain('5%');
    expect(await row.innerText()).toContain('按县级行政区划');
    // The pool size is the registry's count under the filter; the demo city has hazardous-chemicals firms.
    pool = Number((await row.locator('td').nth(9).innerText()).replace(/[^\d]/g, ''));
    expect(pool).toBeGreaterThan(DRAWN);
  }, 60_000);

  it('announces a draw, then draws with the beacon value: every enterprise gets two officers', async () => {
    await page.goto(`${server.url}/draws`);
    await page.getByRole('button', { name: '公告抽取' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('记入执法全过程记录').waitFor();
    await choose(page, '抽查事项', 'SC-E2E-01');
    await dialog.getByLabel('抽取名称').fill('2026 年第四季度危险化学品双随机抽查');
    await dialog.getByLabel('抽取户数').fill(String(DRAWN));
    // 差异化抽查 (issue 20): listed enterprises three times as likely, announced and verifiable.
    await dialog.getByLabel('差异化抽查：严重失信主体权重').fill('3');
    await dialog.getByLabel('公开随机源', { exact: true }).fill('中国福利彩票双色球当日开奖号码');
    await dialog.getByLabel('随机源书写格式').fill('红球升序以空格分隔+蓝球');
    const beaconAt = dialog.getByTestId('beacon-expected-at');
    await beaconAt.click();
    await beaconAt.fill(beijingMinute(new Date(Date.now() + BEACON_LEAD_MINUTES * 60_000)));
    await beaconAt.press('Enter');
    await dialog.getByRole('button', { name: '公告抽取' }).click();
    await page.waitForURL(/\/draws\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('已公告，待抽取').first().waitFor();

    // Drawing before the beacon is published is refused; twenty minutes on, it is out.
    fs.writeFileSync(clockFile, String(2 * BEACON_LEAD_MINUTES * 60_000));
    await page.reload();
    await page.getByText('已公告，待抽取').first().waitFor();
    await page.getByTestId('beacon-input').fill(BEACON);
    await page.getByTestId('draw-submit').click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    const result = page.getByTestId('draw-result');
    await result.waitFor();
    const rows = result.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(DRAWN);
    for (let i = 0; i < DRAWN; i++) {
      expect(await rows.nth(i).getByTestId('officers').locator('.ant-tag').count()).toBe(2);
      expect(await rows.nth(i).innerText()).toMatch(/[0-9A-Z]{18}/);
    }
    expect(await page.getByTestId('tasks-created').innerText()).toContain(`已生成 ${DRAWN} 项检查任务`);
    expect(await page.getByTestId('public-link').getAttribute('href')).toBe(`/portal/draws/${id}`);
    publicUrl = `${server.url}/portal/draws/${id}`;
  }, 90_000);

  it('replaces a recused officer by a recorded re-draw, never a manual swap', async () => {
    const first = page.getByTestId('draw-result').locator('tbody tr.ant-table-row').first();
    const before = await first.getByTestId('officers').locator('.ant-tag').allInnerTexts();
    await first.getByRole('button', { name: /回避/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(`执法人员回避：${before[0]}`).check();
    await dialog.getByLabel('原因').fill('与该企业负责人系近亲属');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const redraws = page.getByTestId('redraws');
    await redraws.getByText('与该企业负责人系近亲属').waitFor();
    expect(await redraws.innerText()).toContain('人员回避');
    const after = await first.getByTestId('officers').locator('.ant-tag').allInnerTexts();
    expect(after).toHaveLength(2);
    expect(after).toContain(before[1]);
  }, 60_000);

  it('links a draw to an annual plan, and says plainly when fewer enterprises are eligible than asked for', async () => {
    const asked = pool + 3;
    await page.goto(`${server.url}/draws`);
    await page.getByRole('button', { name: '公告抽取' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '抽查事项', 'SC-E2E-01');
    await choose(page, '所属检查计划', '年度安全生产监督检查计划');
    const planTitle = await dialog.locator('.ant-form-item').filter({ hasText: '所属检查计划' }).locator('.ant-select-content').innerText();
    await dialog.getByLabel('抽取名称').fill('2026 年第四季度危险化学品全覆盖抽查');
    await dialog.getByLabel('抽取户数').fill(String(asked));
    await dialog.getByLabel('公开随机源', { exact: true }).fill('中国福利彩票双色球当日开奖号码');
    await dialog.getByLabel('随机源书写格式').fill('红球升序以空格分隔+蓝球');
    // The server's clock already runs 20 minutes ahead: the beacon comes 30 minutes from now, and is out at 40.
    const beaconAt = dialog.getByTestId('beacon-expected-at');
    await beaconAt.click();
    await beaconAt.fill(beijingMinute(new Date(Date.now() + 3 * BEACON_LEAD_MINUTES * 60_000)));
    await beaconAt.press('Enter');
    await dialog.getByRole('button', { name: '公告抽取' }).click();
    await page.waitForURL(/\/draws\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const plans = (await (await page.request.get(`${server.url}/api/plans`)).json()) as { id: string; title: string }[];
    const announced = (await (await page.request.get(`${server.url}/api/draws/${id}`)).json()) as { planId: string | null };
    expect(plans.find((p) => p.id === announced.planId)?.title).toBe(planTitle);

    fs.writeFileSync(clockFile, String(4 * BEACON_LEAD_MINUTES * 60_000));
    await page.reload();
    await page.getByTestId('beacon-input').fill('01 02 03 04 05 06+07');
    await page.getByTestId('draw-submit').click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    const shortfall = page.getByTestId('draw-shortfall');
    await shortfall.waitFor({ timeout: 60_000 });
    expect(await shortfall.innerText()).toMatch(new RegExp(`抽取 ${asked} 家，实际派发检查任务 \\d+ 项：符合条件的仅 \\d+ 家`));
    await page.screenshot({ path: path.join(os.tmpdir(), 'draw-shortfall.png'), fullPage: true });
  }, 120_000);

  it('opens the public page without a session and verifies the draw there', async () => {
    const anonymous = await browser.newContext();
    const pub = await anonymous.newPage();
    await pub.goto(publicUrl);
    await pub.getByRole('heading', { level: 1, name: /危险化学品双随机抽查/ }).waitFor();
    expect(pub.url()).toBe(publicUrl); // not sent to sign-in
    await expect.poll(() => pub.getByTestId('public-list').locator('tbody tr.ant-table-row').count()).toBe(DRAWN);
    await pub.getByText(BEACON).first().waitFor();
    await pub.getByText('严重失信主体 × 3').waitFor();
    await pub.getByText(`npx zhifa draw verify ${publicUrl}`).waitFor();
    await pub.getByRole('button', { name: '验证' }).click();
    await expect.poll(() => pub.getByTestId('verify-result').innerText(), { timeout: 30_000 }).toBe('验证通过');
    const checks = await pub.getByTestId('verify-checks').innerText();
    expect(checks).toContain('重新计算结果与公布结果一致');
    expect(checks).not.toContain('✗');
    await anonymous.close();
  }, 60_000);

  it('passes the independent CLI check on the same URL', async () => {
    const { code, out } = await runCli(publicUrl);
    expect(out).toContain('验证通过');
    expect(code).toBe(0);
  }, 120_000);
});
