import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, chinaDay, choose, fillDate, firstSignIn, launchChromium, startServer } from './server.js';

// 警示曝光 from a decided case: xn.officer2 drafts it on the exposures page, naming the enterprise's
// principal (a natural person, to be redacted); xn.deputy, a 负责人 who did not draft it, approves its
// publication; the portal shows it with the name reduced to the surname, and the enterprise's credit
// page (the registry's 信用 tab) lists it. Then xn.officer1 records a summons of a department, which
// stands on the workbench's follow-up agenda.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();
const confirm = (page: Page) => page.locator('.ant-modal-confirm').getByRole('button', { name: '确定', exact: true }).click();

interface CaseRow {
  id: string;
  partyName: string;
  enterpriseId: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

const TITLE = '端到端测试：企业未落实隐患整改被处罚警示曝光';
const PERSON = '赵德胜';

describe('警示曝光: drafted from a decided case → approved by a leader → on the portal redacted and on the enterprise’s credit page; a summons', () => {
  let exposureUrl = '';
  let enterpriseId = '';

  it('xn.officer2 drafts an exposure from a decided penalty of an enterprise', async () => {
    const officer = await newPage();
    await firstSignIn(officer, server.url, 'xn.officer2');
    const cases = await call<{ items: CaseRow[] }>(officer, 'GET', '/api/cases?pageSize=100&sort=updatedAt&order=desc');
    const decided = cases.json.items.find((c) => c.enterpriseId && c.decisionNumber && c.decidedOn);
    expect(decided, 'a decided case of an enterprise in the demo').toBeDefined();
    await officer.goto(`${server.url}/exposures`);
    await officer.getByTestId('exposure-draft').click();
    const dialog = officer.getByRole('dialog');
    await dialog.waitFor();
    await choose(officer, '行政处罚案件', decided!.partyName);
    await dialog.getByLabel('标题', { exact: true }).fill(TITLE);
    await dialog.getByLabel('发布内容', { exact: true }).fill(`经查，该单位主要负责人${PERSON}未组织落实重大事故隐患整改，依法予以处罚，现予警示曝光。`);
    const names = dialog.getByLabel('涉及的自然人', { exact: true });
    await names.fill(PERSON);
    await names.press('Enter');
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await confirm(officer);
    await officer.waitForURL(/\/exposures\/[0-9a-f-]{36}$/);
    exposureUrl = new URL(officer.url()).pathname;
    await expect.poll(() => officer.getByTestId('exposure-detail').innerText()).toContain('待批准发布');
    const me = await call<{ enterpriseId: string; penaltyDecisionNumber: string; draftedByName: string }>(officer, 'GET', `/api${exposureUrl}`);
    expect(me.json.penaltyDecisionNumber).toBeTruthy();
    enterpriseId = me.json.enterpriseId;
    // The drafter may not approve it (no button for an officer; the server refuses too).
    expect(await officer.getByTestId('exposure-approve').count()).toBe(0);
    expect((await call(officer, 'POST', `/api${exposureUrl}/approve`, { version: 1 })).status).toBe(403);
    await officer.context().close();
  });

  it('xn.deputy approves its publication: the portal shows it with the person’s name redacted', async () => {
    const leader = await newPage();
    await firstSignIn(leader, server.url, 'xn.deputy');
    await leader.goto(`${server.url}${exposureUrl}`);
    await leader.getByTestId('exposure-approve').click();
    await confirm(leader);
    await expect.poll(() => leader.getByTestId('exposure-detail').innerText(), { timeout: 15_000 }).toContain('已发布');
    await expect.poll(() => leader.getByTestId('exposure-preview').innerText()).toContain('赵**');

    const portal = await newPage();
    await portal.goto(`${server.url}/portal/exposures`);
    await portal.getByRole('heading', { name: '警示曝光、典型案例和通报' }).waitFor();
    const list = portal.getByTestId('portal-exposures');
    await expect.poll(() => list.innerText(), { timeout: 15_000 }).toContain(TITLE);
    expect(await list.innerText()).toContain('赵**');
    expect(await portal.locator('main').innerText()).not.toContain(PERSON);

    // The enterprise's credit page (the registry's 信用 tab) lists it.
    await leader.goto(`${server.url}/enterprises/${enterpriseId}?tab=credit`);
    await expect.poll(() => leader.getByTestId('credit-exposures').innerText(), { timeout: 15_000 }).toContain(TITLE);
    await leader.context().close();
    await portal.context().close();
  });

  it('xn.officer1 records a summons of a department; its follow-up stands on the workbench agenda', async () => {
    const officer = await newPage();
    await firstSignIn(officer, server.url, 'xn.officer1');
    await officer.goto(`${server.url}/exposures/summons`);
    await officer.getByTestId('summons-record').click();
    const dialog = officer.getByRole('dialog');
    await dialog.waitFor();
    await choose(officer, '被约谈对象类别', '有关部门');
    await dialog.getByLabel('被约谈单位', { exact: true }).fill('端到端测试市住房和城乡建设局');
    await fillDate(dialog.getByLabel('约谈日期', { exact: true }), chinaDay(0));
    await fillDate(dialog.getByLabel('整改跟踪日期', { exact: true }), chinaDay(3));
    await dialog.getByLabel('约谈地点', { exact: true }).fill('市应急管理局会议室');
    await dialog.getByLabel('约谈人', { exact: true }).fill('市应急管理局副局长');
    await dialog.getByLabel('被约谈人', { exact: true }).fill('该局分管副局长');
    await dialog.getByLabel('约谈事项', { exact: true }).fill('建筑施工领域动火作业安全监管不到位，约谈督促落实行业监管责任。');
    await dialog.getByLabel('整改承诺', { exact: true }).fill('一周内开展专项检查');
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await confirm(officer);
    await officer.waitForURL(/\/exposures\/summons\/[0-9a-f-]{36}$/);
    await expect.poll(() => officer.getByTestId('summons-detail').innerText()).toContain('端到端测试市住房和城乡建设局');
    expect(await officer.getByTestId('summons-detail').innerText()).toContain('待跟踪整改');
    await officer.goto(`${server.url}/`);
    await expect.poll(() => officer.getByTestId('summons-agenda-card').innerText(), { timeout: 15_000 }).toContain('端到端测试市住房和城乡建设局');
  });
});
