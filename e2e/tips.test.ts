import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, choose, firstSignIn, launchChromium, startServer } from './server.js';

// 举报 as the public and the bureau meet it: a visitor tips anonymously on the portal and keeps the
// receipt code and secret; the section chief finds it and accepts it; the visitor reads the answer
// by code and secret. A named tipster stays sealed until the head reveals them with a reason.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let visitor: Page;
let chief: Page;
let head: Page;
/** A 1×1 PNG, the visitor's 举报材料. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  visitor = await browser.newPage();
  chief = await browser.newPage();
  head = await browser.newPage();
  await firstSignIn(chief, server.url, 'xn.chief');
  await firstSignIn(head, server.url, 'xn.head');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

async function tip(page: Page, subject: string, named: { name: string; phone: string } | null) {
  await page.goto(`${server.url}/portal/tips`);
  const form = page.locator('form');
  await choose(page, '类别', '重大事故隐患', false, form);
  await choose(page, '所在地区（受理机构）', '咸宁市应急管理局', false, form);
  await form.getByLabel('被举报单位（对象）').fill(subject);
  await form.getByLabel('举报内容').fill('该公司甲类仓库内违规存放液氯钢瓶，安全出口被货物堵塞，夜间仍在生产。');
  if (named) {
    await form.getByLabel('举报人姓名').fill(named.name);
    await form.getByLabel('联系电话').fill(named.phone);
  } else await form.getByLabel('匿名举报').click();
  await form.getByRole('button', { name: '提交举报' }).click();
  await page.getByText('举报已提交').waitFor();
  return { receipt: await page.getByTestId('tip-receipt').innerText(), secret: await page.getByTestId('tip-secret').innerText() };
}

describe('举报投诉', () => {
  let anonymous: { receipt: string; secret: string };

  it('a visitor tips anonymously on the portal and keeps the receipt code and secret', async () => {
    anonymous = await tip(visitor, '咸宁某某危化品仓储有限公司', null);
    expect(anonymous.receipt).toMatch(/^JB\d{8}[2-9A-Z]{6}$/);
    expect(anonymous.secret).toMatch(/^[2-9A-Z]{16}$/);
    // A photo added right after submitting, with the receipt code and secret the page holds.
    await visitor.getByTestId('material-input').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PIXEL });
    await visitor.getByTestId('portal-material').getByText('现场照片.png').waitFor();
  }, 60_000);

  it('the section chief finds it and accepts it; the visitor reads the answer', async () => {
    await chief.goto(`${server.url}/tips`);
    await chief.getByLabel('受理编号或被举报单位').fill(anonymous.receipt);
    await chief.getByLabel('受理编号或被举报单位').press('Enter');
    await chief.getByRole('link', { name: anonymous.receipt }).click();
    await chief.getByText('咸宁某某危化品仓储有限公司').waitFor();
    const material = chief.getByTestId('tip-material');
    await material.getByText('举报人提供').waitFor();
    const href = await material.getByRole('link', { name: '现场照片.png' }).getAttribute('href');
    const file = await chief.request.get(`${server.url}${href}`);
    expect(file.status()).toBe(200);
    expect(Buffer.compare(await file.body(), PIXEL)).toBe(0);
    await chief.getByRole('button', { name: '受理', exact: true }).click();
    await chief.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await chief.locator('.ant-message').getByText('已受理').waitFor();
    // The section chief cannot see who tipped: no such button.
    expect(await chief.getByRole('button', { name: '查看举报人身份' }).count()).toBe(0);

    await visitor.goto(`${server.url}/portal/tips/follow`);
    await visitor.getByLabel('受理编号').fill(anonymous.receipt);
    await visitor.getByLabel('查询密码').fill(anonymous.secret);
    await visitor.getByRole('button', { name: '查询' }).click();
    await visitor.getByText('您的举报已受理，正在核查。').waitFor();
    await visitor.getByTestId('portal-material').getByText('现场照片.png').waitFor();
  }, 60_000);

  it('a named tipster stays sealed until the head reveals them with a reason', async () => {
    const named = await tip(visitor, '咸宁某某冶金有限公司', { name: '李秀英', phone: '13912345678' });
    await head.goto(`${server.url}/tips`);
    await head.getByLabel('受理编号或被举报单位').fill(named.receipt);
    await head.getByLabel('受理编号或被举报单位').press('Enter');
    await head.getByRole('link', { name: named.receipt }).click();
    await head.getByText('举报人身份已加密保存').waitFor();
    expect(await head.locator('main').innerText()).not.toContain('李秀英');
    await head.getByRole('button', { name: '查看举报人身份' }).click();
    await head.getByLabel('查看理由（记入安全审计）').fill('核实举报情况，准备发放奖励');
    await head
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await head.getByText('举报人：李秀英，电话：13912345678').waitFor();
  }, 60_000);

  it('a complaint about an officer is concluded by the legal reviewer as partly upheld, and officers never see it', async () => {
    // Taken at the window by the section chief and accepted by him; the legal office concludes it.
    const complaint = {
      kind: 'complaintConduct',
      regionCode: '421200',
      subjectName: '市执法支队执法人员',
      content: '执法人员检查时未出示执法证件，当场要求停产，态度粗暴。',
      identity: null,
      channel: 'visit',
      receivedAt: new Date().toISOString(),
    };
    const made = await call<{ id: string; receipt: string }>(chief, 'POST', '/api/tips', complaint);
    expect(made.status).toBe(201);
    expect((await call(chief, 'POST', `/api/tips/${made.json.id}/accept`, { version: 1 })).status).toBe(200);

    const reviewer = await browser.newPage();
    await firstSignIn(reviewer, server.url, 'xn.reviewer');
    await reviewer.goto(`${server.url}/tips/${made.json.id}`);
    await reviewer.getByRole('button', { name: '办结投诉' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByText('部分成立', { exact: true }).click();
    await dialog.getByLabel('纠正措施').fill('对该执法人员批评教育，责令书面检查；重新规范亮证执法。');
    await dialog.getByLabel('答复投诉人').fill('经调查，执法人员未主动出示执法证件属实，已责令改正。感谢您的监督。');
    await dialog.getByRole('button', { name: '办结投诉' }).click();
    await reviewer
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await reviewer.locator('.ant-message').getByText('投诉已办结').waitFor();
    await reviewer.getByTestId('complaint-outcome').getByText('部分成立').waitFor();
    await reviewer.getByText('对该执法人员批评教育').waitFor();
    expect(await reviewer.locator('h1').filter({ hasText: made.json.receipt }).innerText()).toContain('已办结');

    const officer = await browser.newPage();
    await firstSignIn(officer, server.url, 'xn.officer1');
    await officer.goto(`${server.url}/tips`);
    await officer.getByLabel('受理编号或被举报单位').fill(made.json.receipt);
    await officer.getByLabel('受理编号或被举报单位').press('Enter');
    await officer.getByText('暂无举报投诉').waitFor();
    expect((await call(officer, 'GET', `/api/tips/${made.json.id}`)).status).toBe(403);
  }, 90_000);
});
