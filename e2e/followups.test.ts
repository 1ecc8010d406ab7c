import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSignIn, launchChromium, startServer } from './server.js';

// 执法回访 as the demo leaves it: qy.demo answers its own follow-up online, unhappy with an
// officer's manner; xn.officer1 records a visit to another enterprise; the legal office (xn.reviewer)
// finds the unhappy answer among the problems to handle and closes it with its handling.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const pages = {} as Record<'qy.demo' | 'xn.officer1' | 'xn.reviewer', Page>;
let answeredId = '';

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  for (const u of ['qy.demo', 'xn.officer1', 'xn.reviewer'] as const) {
    pages[u] = await newPage();
    await firstSignIn(pages[u], server.url, u);
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Picks `rating` for the question labelled `question` in the form on the page. */
async function rate(page: Page, question: string, rating: string) {
  await page.locator('.ant-form-item').filter({ hasText: question }).getByRole('radio', { name: rating, exact: true }).check();
}

/** Clicks 确定 in the confirmation and waits for the success message. */
async function confirm(page: Page, done: string) {
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click();
  await page.locator('.ant-message').getByText(done).waitFor();
}

describe('执法回访', () => {
  it('the enterprise answers its follow-up online, unhappy with an officer: routed to the legal office', async () => {
    const page = pages['qy.demo'];
    await page.goto(`${server.url}/followups?state=due`);
    await page.getByText('以下是执法机关对贵单位的执法回访').waitFor();
    await page.getByTestId('followup-table').getByRole('link').first().click();
    await page.getByText('填写回访答复').waitFor();
    answeredId = page.url().split('/followups/')[1];
    await rate(page, '执法公正', '满意');
    await rate(page, '执法人员文明规范', '不满意');
    await rate(page, '总体满意度', '基本满意');
    await page.getByLabel('反映的问题').fill('检查时个别执法人员态度生硬，未说明检查依据。');
    await page.getByRole('button', { name: '提交回访答复' }).click();
    await confirm(page, '已提交，感谢您的评价');
    await page.getByText('企业在本次回访中表示不满意或反映了问题').waitFor();
    expect(await page.getByTestId('followup-answers').innerText()).toContain('网上回访');
  }, 60_000);

  it('an officer records a visit to another enterprise, asked once more before it is sent', async () => {
    const page = pages['xn.officer1'];
    await page.goto(`${server.url}/followups?state=due`);
    await page.getByTestId('followup-table').getByRole('link').first().click();
    await page.getByText('登记上门、电话回访').waitFor();
    await page.getByLabel('受访人').fill('李四（安全科长）');
    for (const q of ['执法公正', '执法人员文明规范', '总体满意度']) await rate(page, q, '满意');
    await page.getByRole('button', { name: '登记回访' }).click();
    await confirm(page, '已登记回访');
    const answers = page.getByTestId('followup-answers');
    await answers.getByText('李四（安全科长）').waitFor();
    expect(await answers.innerText()).toContain('上门回访');
    expect(await page.getByRole('button', { name: '登记回访' }).count()).toBe(0);
  }, 60_000);

  it('the legal office finds the unhappy answer on its workbench and among the problems, and closes it', async () => {
    const page = pages['xn.reviewer'];
    await page.goto(`${server.url}/`);
    await page.getByTestId('followup-problems-card').locator(`a[href="/followups/${answeredId}"]`).waitFor();
    await page.goto(`${server.url}/followups?state=attention`);
    const link = page.getByTestId('followup-table').locator(`a[href="/followups/${answeredId}"]`);
    await link.click();
    await page.getByText('检查时个别执法人员态度生硬').waitFor();
    await page.getByLabel('问题处理结果').fill('经调阅执法记录仪视频，已对当事执法人员批评教育，并向企业说明检查依据。');
    await page.getByRole('button', { name: '办结问题' }).click();
    await confirm(page, '已办结');
    await page.getByText('问题已办结').first().waitFor();
    expect(await page.getByTestId('followup-answers').innerText()).toContain('已对当事执法人员批评教育');
  }, 60_000);
});
