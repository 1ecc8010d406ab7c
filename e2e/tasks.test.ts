// Tasks of every kind and 专项整治 in real Chromium: the head launches a campaign; the section
// chief (an officer too) opens a 联合执法 task and a 专项检查 task under it through the form, each
// confirmed, and sees them in the task list and on the campaign with their Chinese labels.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, chinaDay, choose, fillDate, firstSignIn, launchChromium, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let head: Page; // xn.head
let chief: Page; // xn.chief: sectionChief and officer

const CAMPAIGN = '城镇燃气和有限空间作业专项整治';
let campaignPath = '';
let firms: string[] = [];
const team: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const context = () => browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 1000 } });
  head = await (await context()).newPage();
  chief = await (await context()).newPage();
  await firstSignIn(head, server.url, 'xn.head');
  await firstSignIn(chief, server.url, 'xn.chief');
  const me = await call<{ user: { orgId: string } }>(chief, 'GET', '/api/auth/me');
  const page = await call<{ items: { name: string }[] }>(chief, 'GET', `/api/enterprises?orgId=${me.json.user.orgId}&status=operating&page=3&pageSize=2`);
  firms = page.json.items.map((e) => e.name);
  for (const username of ['xn.chief', 'xn.officer1']) {
    const people = await call<{ items: { username: string; displayName: string }[] }>(chief, 'GET', `/api/people?q=${username}&pageSize=50`);
    team.push(people.json.items.find((p) => p.username === username)!.displayName);
  }
  expect(firms.length).toBe(2);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Opens 新建检查任务 and fills what every kind needs. */
async function fillCommon(kind: string, firm: string) {
  await chief.goto(`${server.url}/inspections/tasks`);
  await chief.getByTestId('new-task').click();
  const dialog = chief.getByRole('dialog');
  await choose(chief, '任务类型', kind);
  await choose(chief, '检查企业', firm);
  for (const name of team) await choose(chief, '执法人员', name, true);
  await closeLists();
  return dialog;
}

/** Closes an open drop-down list by clicking the dialog's title (Escape would close the dialog). */
const closeLists = () => chief.getByRole('dialog').locator('.ant-modal-title').click();

async function confirmCreate(firm: string) {
  await chief
    .getByRole('dialog')
    .getByRole('button', { name: /^新\s?建$/ })
    .click();
  const confirm = chief.locator('.ant-modal-confirm');
  await confirm.locator('.ant-modal-confirm-title', { hasText: '确认新建检查任务' }).waitFor();
  await confirm.getByRole('button', { name: /^新\s?建$/ }).click();
  await chief.getByText(`已新建检查任务：${firm}`).waitFor();
  await expect.poll(() => chief.getByRole('dialog').count()).toBe(0);
}

describe('检查任务 of every kind and 专项整治', () => {
  it('lets the head launch a campaign, shown with its status and figures', async () => {
    await head.goto(`${server.url}/inspections/campaigns`);
    await head.getByRole('heading', { name: '专项整治' }).waitFor();
    await head.getByTestId('new-campaign').click();
    const dialog = head.getByRole('dialog');
    await dialog.getByLabel('整治名称').fill(CAMPAIGN);
    await dialog.getByLabel('依据文件').fill('咸宁市应急管理局《专项整治工作方案》');
    await fillDate(dialog.getByLabel('开始日期'), chinaDay(0));
    await fillDate(dialog.getByLabel('结束日期'), chinaDay(45));
    await dialog.getByRole('button', { name: '启动专项整治' }).click();
    await head.waitForURL(/\/inspections\/campaigns\/[0-9a-f-]{36}$/);
    campaignPath = new URL(head.url()).pathname;
    await head.getByRole('heading', { name: CAMPAIGN }).waitFor();
    await head.getByText('进行中').first().waitFor();
    await head.getByTestId('campaign-figure-enterprisesInScope').getByText('口径：').waitFor();
  }, 60_000);

  it('lets the chief open a 联合执法 task: basis shown, departments required, confirmed', async () => {
    const dialog = await fillCommon('联合执法', firms[0]);
    await dialog
      .getByTestId('kind-basis')
      .getByText(/^法律依据：安全生产法 第六十九条/)
      .waitFor();
    await fillDate(dialog.getByLabel('计划日期'), chinaDay(2));
    await dialog.getByLabel('检查事由').fill('会同市场监管部门检查燃气使用安全');
    await dialog.getByRole('button', { name: /^新\s?建$/ }).click();
    // The kind's own field is refused by name before anything is sent.
    await dialog.getByText('联合执法须填写至少一个其他部门').waitFor();
    await dialog.getByLabel('联合执法部门', { exact: true }).click();
    await chief.keyboard.type('市场监督管理局');
    await chief.keyboard.press('Enter');
    await closeLists();
    await confirmCreate(firms[0]);
  }, 90_000);

  it('lets the chief open a 专项检查 task under the campaign', async () => {
    const dialog = await fillCommon('专项检查', firms[1]);
    await dialog
      .getByTestId('kind-basis')
      .getByText(/^法律依据：.*所属专项整治/)
      .waitFor();
    await choose(chief, '所属专项整治', CAMPAIGN);
    await closeLists();
    await fillDate(dialog.getByLabel('计划日期'), chinaDay(3));
    await dialog.getByLabel('检查事由').fill('专项整治：有限空间作业检查');
    await confirmCreate(firms[1]);
  }, 90_000);

  it('lists both tasks with their Chinese kinds, and the campaign counts its task', async () => {
    const table = chief.getByTestId('task-table');
    const joint = table.locator('tr').filter({ hasText: firms[0] }).filter({ hasText: '联合执法' });
    const campaign = table.locator('tr').filter({ hasText: firms[1] }).filter({ hasText: '专项检查' });
    await joint.first().waitFor();
    await campaign.first().waitFor();
    await chief.goto(`${server.url}${campaignPath}`);
    await chief.getByTestId('campaign-tasks').getByText(firms[1]).waitFor();
    await chief.getByTestId('campaign-tasks').getByText('专项检查').waitFor();
    const tasks = await chief.getByTestId('campaign-figure-tasks').locator('.ant-statistic-content').innerText();
    expect(tasks.trim()).toBe('1');
  }, 60_000);
});
