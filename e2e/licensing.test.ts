import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_GUIDES } from '../src/modules/licensing/matters.js';
import { closed } from './steps.js';
import { firstSignIn, launchChromium, startServer } from './server.js';

// 行政许可 from the enterprise's online application to the grant: qy.demo drafts a 危险化学品经营许可
// application, attaches every required material and submits it → xn.officer1 sends one 补正 notice
// naming one material → qy.demo supplements it → xn.officer1 accepts it and holds an on-site check
// (the clock paused, 第四十五条) → xn.chief, who neither accepted nor checked it, grants it. The
// officer has no 准予许可 button (license.decide is the leaders').

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clockFile: string;
const pages = {} as Record<'qy.demo' | 'xn.officer1', Page>;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const MATTER = SERVICE_GUIDES.hazchemTrade;
const REQUIRED = MATTER.materials.filter((m) => m.required);
const FIX = MATTER.materials.find((m) => m.code === 'safetyRulesList')!;
const PROBLEM = '目录清单未加盖企业公章，请盖章后重新上传';

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();

beforeAll(async () => {
  clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-licensing-clock-')), 'offset');
  fs.writeFileSync(clockFile, '0');
  server = await startServer({ ZHIFA_TEST_CLOCK_FILE: clockFile });
  browser = await launchChromium();
  for (const u of ['qy.demo', 'xn.officer1'] as const) {
    pages[u] = await newPage();
    await firstSignIn(pages[u], server.url, u);
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

const tag = (page: Page) => page.getByRole('heading', { level: 1 }).locator('.ant-tag');
const expectState = (page: Page, state: string) => expect.poll(() => tag(page).innerText(), { timeout: 15_000 }).toBe(state);
const confirm = (page: Page) => page.locator('.ant-modal-confirm').getByRole('button', { name: '确定', exact: true }).click();

/** Opens the step's dialog, fills it, confirms it (and the confirmation, when asked), and waits for it to close. */
async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, confirmed = false) {
  await page.getByTestId('application-actions').getByRole('button', { name: button, exact: true }).click();
  // The step's own dialog: the confirmation, when asked, opens after it.
  const dialog = page.getByRole('dialog').first();
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  if (confirmed) await confirm(page);
  await closed(dialog);
}

describe('行政许可: online application, 补正, acceptance, on-site check, grant', () => {
  let url = '';
  let applicationNo = '';

  it('qy.demo drafts the application, attaches the required materials and submits it', async () => {
    const page = pages['qy.demo'];
    await page.goto(`${server.url}/licensing/apply?matter=hazchemTrade`);
    await page.getByRole('radio', { name: /^县级应急管理部门/ }).check();
    await page.getByLabel('申请许可范围').fill('汽油以外的危险化学品批发（不带储存设施）');
    await page.getByLabel('联系人').fill('李经理');
    await page.getByLabel('联系电话').fill('13807150000');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/licensing\/applications\/[0-9a-f-]{36}$/);
    url = page.url();
    await expectState(page, '草稿');
    applicationNo = (await page.getByRole('heading', { level: 1 }).innerText()).match(/XK\S+/)![0];
    for (const m of REQUIRED) {
      await page.getByTestId(`material-input-${m.code}`).setInputFiles({ name: `${m.code}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page
        .getByTestId(`material-${m.code}`)
        .getByRole('link', { name: `${m.code}.pdf` })
        .waitFor();
    }
    await page.getByTestId('application-actions').getByRole('button', { name: '提交申请' }).click();
    const summary = page.locator('.ant-modal-confirm').getByTestId('submit-summary');
    await expect.poll(() => summary.locator('li').count()).toBe(REQUIRED.length);
    await confirm(page);
    await expectState(page, '待受理');
  }, 60_000);

  it('xn.officer1 finds it in the list and sends one 补正 notice naming one material', async () => {
    const page = pages['xn.officer1'];
    await page.goto(`${server.url}/licensing`);
    await page.getByLabel('企业名称或申请编号').fill(applicationNo);
    await page.getByLabel('企业名称或申请编号').press('Enter');
    await page.getByTestId('application-table').getByRole('link', { name: applicationNo }).click();
    await expectState(page, '待受理');
    await step(
      page,
      '一次性告知补正',
      async (dialog) => {
        await dialog.getByRole('checkbox', { name: new RegExp(FIX.name) }).check();
        await dialog.getByLabel(`需补正的内容：${FIX.name}`).fill(PROBLEM);
      },
      true,
    );
    await expectState(page, '待补正');
  }, 30_000);

  it('qy.demo sees the notice, uploads the material again and submits the supplement', async () => {
    const page = pages['qy.demo'];
    await page.goto(url);
    await expect.poll(() => page.getByTestId('supplement-notice').innerText()).toContain(PROBLEM);
    await expect.poll(() => page.getByTestId(`material-${FIX.code}`).innerText()).toContain(`需补正：${PROBLEM}`);
    await page.getByTestId(`material-input-${FIX.code}`).setInputFiles({ name: '目录清单（盖章）.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId(`material-${FIX.code}`).getByRole('link', { name: '目录清单（盖章）.pdf' }).waitFor();
    await page.getByTestId('application-actions').getByRole('button', { name: '提交补正材料' }).click();
    await confirm(page);
    await expectState(page, '待受理');
  }, 30_000);

  it('xn.officer1 accepts it and holds an on-site check, which pauses the clock; the decision is not his', async () => {
    const page = pages['xn.officer1'];
    await page.goto(url);
    await expectState(page, '待受理');
    await page.getByTestId('application-actions').getByRole('button', { name: '受理', exact: true }).click();
    await confirm(page);
    await expectState(page, '审查中');
    await expect.poll(() => page.getByTestId('application-clock').innerText()).toContain('审查决定期限');
    await step(page, '开始现场核查/专家评审', (dialog) => dialog.getByLabel('说明', { exact: true }).fill('指派 2 名执法人员核查经营场所'));
    await expect.poll(() => page.getByTestId('application-clock').innerText()).toContain('现场核查/专家评审中，暂停计时（行政许可法 第四十五条）');
    expect(await page.getByRole('button', { name: '准予许可' }).count()).toBe(0);
    await step(page, '结束核查（恢复计时）', async () => undefined);
    await expect.poll(() => page.getByTestId('application-pauses').innerText()).toMatch(/现场核查 \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}/);
  }, 30_000);

  it('xn.chief, who neither accepted nor checked it, grants it the next day', async () => {
    // The check ended today and its last day is not counted: the decision waits for the next day.
    fs.writeFileSync(clockFile, String(24 * 3600_000));
    const page = await newPage();
    await firstSignIn(page, server.url, 'xn.chief');
    await page.goto(url);
    await expectState(page, '审查中');
    await step(page, '准予许可', (dialog) => dialog.getByLabel('决定理由').fill('经审查和现场核查，申请人符合危险化学品经营许可条件'), true);
    await expectState(page, '准予许可（待发证）');
    await expect.poll(() => page.getByTestId('decision-reason').innerText()).toContain('符合危险化学品经营许可条件');
    await expect.poll(() => page.getByTestId('application-clock').innerText()).toContain('发证期限');
  }, 45_000);
});
