import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_GUIDES } from '../src/modules/licensing/matters.js';
import { caseSteps, closed } from './steps.js';
import { call, chinaDay, choose, firstSignIn, launchChromium, PNG, startServer } from './server.js';

// 行政许可 from the enterprise's online application to the grant: qy.demo drafts a 危险化学品经营许可
// application, attaches every required material and submits it → xn.officer1 sends one 补正 notice
// naming one material → qy.demo supplements it → xn.officer1 accepts it and holds an on-site check
// (the clock paused, 第四十五条) → xn.chief, who neither accepted nor checked it, grants it → qy.demo
// downloads its instruments (补正材料通知书, 受理通知书, 准予行政许可决定书). The officer has no
// 准予许可 button (license.decide is the leaders'). Then xn.officer1 issues the licence; qy.demo finds it
// in its register, and xn.officer1 on the enterprise page's 许可证 tab, where he records a licence from
// elsewhere (外部登记, unsigned); the portal page its QR code opens shows it valid with its SM2 signature checked in
// the browser; a case decided with 吊销 naming it revokes it, and the same page shows it revoked.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clockFile: string;
/** The application walked through below, which the licence part goes on with. */
let applicationUrl = '';
const pages = {} as Record<'qy.demo' | 'xn.officer1' | 'xn.chief' | 'xn.head', Page>;
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

/** Signs `who` in again once the server's clock has moved on a day and the session lapsed. */
async function signInAgain(who: 'qy.demo' | 'xn.officer1') {
  const page = pages[who];
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('用户名').fill(who);
  await page.getByLabel('密码', { exact: true }).fill('Xianning#2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText(/所属机构：/).waitFor();
  return page;
}

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
    applicationUrl = url;
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
    pages['xn.chief'] = page;
    await firstSignIn(page, server.url, 'xn.chief');
    await page.goto(url);
    await expectState(page, '审查中');
    await step(page, '准予许可', (dialog) => dialog.getByLabel('决定理由').fill('经审查和现场核查，申请人符合危险化学品经营许可条件'), true);
    await expectState(page, '准予许可（待发证）');
    await expect.poll(() => page.getByTestId('decision-reason').innerText()).toContain('符合危险化学品经营许可条件');
    await expect.poll(() => page.getByTestId('application-clock').innerText()).toContain('发证期限');
  }, 45_000);

  it('qy.demo downloads the instruments addressed to it, each under the number issued with its act', async () => {
    // A day has passed since qy.demo signed in: its session has lapsed.
    const page = await signInAgain('qy.demo');
    await page.goto(url);
    const card = page.getByTestId('application-instruments');
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('准予行政许可决定书');
    const text = await card.innerText();
    for (const s of ['补正材料通知书（第 1 次）', '应急许补〔', '受理通知书', '应急许受〔', '应急许准〔']) expect(text).toContain(s);
    const download = page.waitForEvent('download');
    await card.getByTestId('instrument-grant-pdf').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^准予行政许可决定书（.+）应急许准〔\d{4}〕\d+号\.pdf$/);
    expect(
      fs
        .readFileSync(await file.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 45_000);
});

describe('发证: the electronic licence, checked by its QR code, revoked by a penalty decision', () => {
  let licenceId = '';
  let licenceNo = '';
  let qr: Page;

  it('xn.officer1 issues the licence; the application links it and its certificate downloads as a PDF', async () => {
    const page = await signInAgain('xn.officer1');
    await page.goto(applicationUrl);
    await expectState(page, '准予许可（待发证）');
    await step(page, '颁发许可证件', async (dialog) => expect(await dialog.innerText()).toContain('10 个工作日'), true);
    await expectState(page, '已发证');
    await page.getByTestId('application-licence').getByRole('link', { name: '查看电子证照' }).click();
    await page.waitForURL(/\/licensing\/licences\/[0-9a-f-]{36}$/);
    licenceId = page.url().split('/').pop() as string;
    await page.getByTestId('licence-fields').waitFor();
    licenceNo = (await page.getByRole('heading', { level: 1 }).innerText()).match(/（.+?）危化经字〔\d{4}〕\d{6}号/)![0];
    expect(await page.getByTestId('licence-state').innerText()).toBe('有效');
    const download = page.waitForEvent('download');
    await page.getByTestId('licence-certificate').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`危险化学品经营许可证${licenceNo}.pdf`);
    expect(
      fs
        .readFileSync(await file.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 45_000);

  it('qy.demo finds it in its own licence register', async () => {
    expect(licenceNo).not.toBe('');
    const page = pages['qy.demo'];
    await page.goto(`${server.url}/licensing/licences`);
    const row = page.getByTestId('licence-table').locator('.ant-table-row').filter({ hasText: licenceNo });
    await row.waitFor();
    expect(await row.innerText()).toContain('有效');
  }, 30_000);

  it('xn.officer1 sees it on the enterprise page’s 许可证 tab and records a licence from elsewhere beside it', async () => {
    const page = pages['xn.officer1'];
    const { enterpriseId } = (await call<{ enterpriseId: string }>(page, 'GET', `/api/licensing/applications/${applicationUrl.split('/').pop()}`)).json;
    await page.goto(`${server.url}/enterprises/${enterpriseId}?tab=licences`);
    const issued = page.getByTestId('register-issued').locator('.ant-table-row').filter({ hasText: licenceNo });
    await issued.waitFor();
    expect(await issued.innerText()).toContain('有效');
    // The registry's free-text field is gone: the register is the licensing module's tab.
    await page.getByRole('button', { name: '登记外部证照' }).click();
    const dialog = page.getByRole('dialog').first();
    await dialog.waitFor();
    await dialog.getByLabel('证照名称').fill('安全生产许可证');
    await dialog.getByLabel('证照编号').fill('（鄂）WH安许证字〔2025〕0099号');
    await dialog.getByLabel('发证机关').fill('湖北省应急管理厅');
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await confirm(page);
    await closed(dialog);
    const recorded = page.getByTestId('register-recorded').locator('.ant-table-row').filter({ hasText: '（鄂）WH安许证字〔2025〕0099号' });
    await recorded.waitFor();
    // Unsigned: said so, and no link to a QR page.
    expect(await recorded.innerText()).toContain('外部登记、未经本平台签发');
    expect(await recorded.locator('a').count()).toBe(0);
    // At 1400 pixels neither list widens the page: their tables scroll inside themselves.
    for (const list of ['/licensing', '/licensing/licences']) {
      await page.goto(`${server.url}${list}`);
      await page.locator('.ant-table-row').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), list).toBe(true);
    }
  }, 45_000);

  it('qy.demo applies to renew it from the licence’s page: the draft names the licence and goes to its issuer', async () => {
    const page = pages['qy.demo'];
    await page.goto(`${server.url}/licensing/licences/${licenceId}`);
    // 危险化学品经营许可证: renewal up to 3 months before the three years end (the 办法, not 第五十条's 30 days).
    expect(await page.getByTestId('licence-renew-by').innerText()).toMatch(/请于 \d{4}-\d{2}-\d{2} 前申请延续/);
    await page.getByRole('button', { name: '申请延续' }).click();
    await page.getByRole('heading', { name: '申请延续许可' }).waitFor();
    expect(await page.getByRole('alert').first().innerText()).toContain(licenceNo);
    await page.getByLabel('联系人').fill('王雪');
    await page.getByLabel('联系电话').fill('13972000001');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/licensing\/applications\/[0-9a-f-]{36}$/);
    const kind = page.locator('.ant-descriptions-row').filter({ hasText: '申请类型' });
    await expect.poll(() => kind.innerText()).toContain(`延续：${licenceNo}`);
    // The issuer is the licence's own (原发证机关): nothing to choose, as the guide's two levels would ask.
    expect(await page.locator('.ant-descriptions-row').filter({ hasText: '发证机关' }).innerText()).toContain('咸安区应急管理局');
  }, 45_000);

  it('anyone opening its QR code’s page sees it valid, its SM2 signature checked in the browser', async () => {
    qr = await newPage();
    await qr.goto(`${server.url}/portal/licences/${licenceId}`);
    await expect.poll(() => qr.getByTestId('licence-signature').innerText(), { timeout: 15_000 }).toContain('签名有效');
    expect(await qr.getByTestId('licence-standing').innerText()).toContain('有效');
    expect(await qr.getByTestId('licence-fields').innerText()).toContain(licenceNo);
  }, 30_000);

  it('a case decided with 吊销 naming the licence revokes it, and the same page says so', async () => {
    pages['xn.head'] = await newPage();
    await firstSignIn(pages['xn.head'], server.url, 'xn.head');
    const officer = pages['xn.officer1'];
    const ok = <T>(r: { status: number; json: T }, status = 200) => {
      expect(r.status, JSON.stringify(r.json)).toBe(status);
      return r.json;
    };
    const people = ok(await call<{ items: { id: string; username: string }[] }>(pages['xn.head'], 'GET', '/api/people?pageSize=200')).items;
    const idOf = (u: string) => people.find((p) => p.username === u)!.id;
    const me = ok(await call<{ user: { orgId: string } }>(officer, 'GET', '/api/auth/me')).user;
    const { enterpriseId } = ok(await call<{ enterpriseId: string }>(officer, 'GET', `/api/licensing/applications/${applicationUrl.split('/').pop()}`));
    const today = chinaDay(1); // the server's clock is a day ahead
    const c = ok(
      await call<{ id: string }>(officer, 'POST', '/api/cases', {
        orgId: me.orgId,
        procedure: 'general',
        partyKind: 'organisation',
        enterpriseId,
        violationTypeCode: 'WSL-113',
        violationDate: today,
        summary: '存在重大事故隐患屡受处罚，拒不执行停产停业整顿',
        investigatorIds: [idOf('xn.officer1'), idOf('xn.officer2')],
      }),
      201,
    );
    const event = async (who: 'xn.officer1' | 'xn.chief' | 'xn.head', name: string, payload: Record<string, unknown> = {}) => {
      const { version } = ok(await call<{ version: number }>(pages[who], 'GET', `/api/cases/${c.id}`));
      return ok(
        await call<{ state: string; decisionNumber: string | null }>(pages[who], 'POST', `/api/cases/${c.id}/events`, { event: name, payload, version }),
      );
    };
    await event('xn.officer1', 'submitFiling');
    await event('xn.head', 'approveFiling');
    // The officer names the licence on the form, chosen from the party's valid licences in the register.
    const steps = caseSteps(
      () => server.url,
      (who: 'xn.officer1') => pages[who],
    );
    await steps.take('xn.officer1', c.id, '调查终结', '案件审理', async (dialog, page) => {
      await choose(page, '处罚种类', '吊销许可证件', true);
      await page.keyboard.press('Escape');
      await choose(page, '吊销的许可证编号', licenceNo, true);
      await page.keyboard.press('Escape');
      expect(await dialog.innerText()).toContain('二维码核验页即显示已吊销');
    });
    await event('xn.chief', 'completeInternalReview');
    await event('xn.chief', 'submitForDeliberation');
    await event('xn.head', 'recordDeliberation', { opinion: '经集体讨论，决定吊销其危险化学品经营许可证' });
    await event('xn.chief', 'issueNotice');
    await event('xn.officer1', 'recordWaiver', {
      waives: ['statement', 'hearing'],
      waivedOn: today,
      waiverSigner: '李经理',
      waiverImage: PNG.toString('base64'),
    });
    const decided = await event('xn.head', 'decide');
    expect(decided.state).toBe('decided');

    await qr.reload();
    await expect.poll(() => qr.getByTestId('licence-standing').innerText(), { timeout: 15_000 }).toContain('已吊销');
    expect(await qr.getByTestId('licence-standing').innerText()).toContain(decided.decisionNumber as string);
    // What was issued is still what was issued: the signature stands; the licence does not.
    expect(await qr.getByTestId('licence-signature').innerText()).toContain('签名有效');
  }, 120_000);
});
