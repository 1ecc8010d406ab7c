import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, chinaDay, fillDate, firstSignIn, launchChromium, PNG, startServer } from './server.js';
import { drawSignature } from './steps.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  // A tablet-sized window: the on-site page is used on site.
  page = await (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 800, height: 1100 } })).newPage();
  await firstSignIn(page, server.url, 'xn.chief');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('现场检查 on a tablet: record, evidence, hazard, signature, instruments', () => {
  let taskId = '';
  let total = 0;
  const confirmIn = () => page.locator('.ant-modal-confirm');

  it('opens an ad hoc task for the chief and the head', async () => {
    const me = await call<{ user: { id: string; orgId: string } }>(page, 'GET', '/api/auth/me');
    const people = await call<{ items: { id: string; username: string }[] }>(page, 'GET', '/api/people?q=xn.head&pageSize=50');
    const head = people.json.items.find((p) => p.username === 'xn.head');
    const firms = await call<{ items: { id: string }[] }>(page, 'GET', `/api/enterprises?orgId=${me.json.user.orgId}&pageSize=1`);
    expect(head).toBeDefined();
    expect(firms.json.items.length).toBe(1);
    const task = await call<{ id: string }>(page, 'POST', '/api/inspections/tasks', {
      orgId: me.json.user.orgId,
      enterpriseId: firms.json.items[0].id,
      officerIds: [me.json.user.id, head!.id],
      reason: '群众反映存在安全隐患，临时检查',
      plannedOn: chinaDay(0),
    });
    expect(task.status).toBe(201);
    taskId = task.json.id;
  }, 60_000);

  it('starts the record from the task list with a checklist', async () => {
    await page.goto(`${server.url}/inspections/tasks`);
    await page.getByTestId(`start-${taskId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('检查表', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.getByLabel('检查地点').fill('二号仓库');
    await dialog.getByRole('button', { name: '开始现场检查' }).click();
    await page.waitForURL(/\/inspections\/records\//);
    await page.getByText('符合').first().waitFor();
    // Nothing is answered until the officer answers it: no button looks chosen, every item says so.
    total = await page.locator('[data-testid^="item-"]').count();
    expect(total).toBeGreaterThan(2);
    expect(await page.locator('[data-testid^="item-"] .ant-radio-button-wrapper-checked').count()).toBe(0);
    expect(await page.locator('[data-testid^="item-"]').getByText('未作答', { exact: true }).count()).toBe(total);
    expect(await page.getByTestId('checklist-tally').innerText()).toContain(`已答 0 / 共 ${total} 项`);
  }, 60_000);

  it('marks the first item as a hazard and registers the hazard', async () => {
    const item = page.locator('[data-testid^="item-"]').first();
    await item.getByText('存在隐患', { exact: true }).click();
    await item.getByRole('button', { name: '登记隐患' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('隐患描述').fill('储罐区可燃气体报警器失效');
    await dialog.getByLabel('部位').fill('储罐区');
    await dialog.getByLabel('整改措施').fill('立即维修并校验报警器');
    await fillDate(dialog.getByLabel('整改期限'), chinaDay(10));
    await dialog.getByLabel('整改责任人').fill('王安全');
    await dialog.getByRole('button', { name: '登记隐患' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('record-hazards').getByText('储罐区可燃气体报警器失效').waitFor();
  }, 60_000);

  it('refuses to complete while items are open, then answers 未检查 with its reason and the rest 符合', async () => {
    await page.getByTestId('complete-record').click();
    await confirmIn().getByRole('button', { name: '确认完成' }).click();
    const refused = page.getByTestId('items-error');
    await refused.waitFor();
    expect(await refused.innerText()).toContain(`检查表尚有 ${total - 1} 项未作答（`);
    expect(await page.getByTestId('record-number').count()).toBe(0);

    const second = page.locator('[data-testid^="item-"]').nth(1);
    await second.getByText('未检查', { exact: true }).click();
    await second.getByText('选择“未检查”时须在此注明原因').waitFor();
    await second.getByPlaceholder('未检查的原因（必填）').fill('配电房钥匙由外包单位保管，当日未能进入');

    await page.getByTestId('fill-rest-compliant').click();
    const confirm = confirmIn();
    await confirm
      .locator('.ant-modal-confirm-title')
      .getByText(`将其余 ${total - 2} 个未答项设为“符合”？`)
      .waitFor();
    await confirm.getByRole('button', { name: '设为符合' }).click();
    await confirm.waitFor({ state: 'hidden' });
    const tally = await page.getByTestId('checklist-tally').innerText();
    expect(tally).toContain(`已答 ${total} / 共 ${total} 项`);
    expect(tally).toContain(`符合 ${total - 2}，存在隐患 1，不适用 0，未检查 1`);
    // The hazard and the 未检查 stay as answered.
    expect(await page.locator('[data-testid^="item-"]').first().locator('.ant-radio-button-wrapper-checked').innerText()).toBe('存在隐患');
    expect(await second.locator('.ant-radio-button-wrapper-checked').innerText()).toBe('未检查');
    expect(await page.getByTestId('fill-rest-compliant').isDisabled()).toBe(true);
  }, 60_000);

  it('uploads a photo and shows its SM3 digest', async () => {
    await page.getByTestId('evidence-input').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG });
    const list = page.getByTestId('evidence-list');
    await list.getByText('scene.png').waitFor();
    expect(await list.innerText()).toMatch(/SM3 摘要 [0-9a-f]{64}/);
  }, 60_000);

  it('takes the signature drawn with the mouse, completes, and serves the instruments', async () => {
    await page.getByLabel('检查情况').fill('储罐区可燃气体报警器失效，其余符合要求。');
    await page.getByLabel('签名人').fill('李经理');
    await drawSignature(page);
    await page.getByTestId('save-signature').click();
    await page.getByText('已签名').waitFor();

    await page.getByTestId('complete-record').click();
    const confirm = confirmIn();
    await confirm.locator('.ant-modal-confirm-title').getByText('确认完成检查？').waitFor();
    expect(await confirm.innerText()).toContain(`已答 ${total} / 共 ${total} 项`);
    await confirm.getByRole('button', { name: '确认完成' }).click();
    await page
      .locator('.ant-message')
      .getByText(/检查已完成，记录编号：\S+/)
      .waitFor();
    const number = page.getByTestId('record-number');
    await number.waitFor();
    expect(await number.innerText()).toMatch(/记录编号：\S+/);
    await page.getByTestId('order-pdf').waitFor();
    // The completed record states exactly what was answered.
    const tally = await page.getByTestId('checklist-tally').innerText();
    expect(tally).toContain(`已答 ${total} / 共 ${total} 项`);
    expect(tally).toContain(`符合 ${total - 2}，存在隐患 1，不适用 0，未检查 1`);
    expect(await page.getByTestId('fill-rest-compliant').count()).toBe(0);
    const answers = page.getByTestId('item-answer');
    expect(await answers.count()).toBe(total);
    expect(await answers.nth(0).innerText()).toContain('存在隐患');
    expect(await answers.nth(1).innerText()).toBe('未检查未检查原因：配电房钥匙由外包单位保管，当日未能进入');

    const id = /records\/([0-9a-f-]+)/.exec(page.url())![1];
    for (const doc of ['instrument.pdf', 'rectification-order.pdf']) {
      const res = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return { status: r.status, type: r.headers.get('content-type') };
      }, `/api/inspections/records/${id}/${doc}`);
      expect(res).toEqual({ status: 200, type: 'application/pdf' });
    }
  }, 90_000);

  it('closes the hazard from the hazard list after re-inspection', async () => {
    await page.goto(`${server.url}/inspections/hazards`);
    const row = page.getByTestId('hazard-table').getByRole('row').filter({ hasText: '储罐区可燃气体报警器失效' });
    await row.getByText('整改中').waitFor();
    await row.getByRole('button', { name: '复查通过' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('意见或理由').fill('报警器已更换并校验合格');
    await dialog.getByRole('button', { name: '复查通过' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('已销号').waitFor();
  }, 60_000);
});
