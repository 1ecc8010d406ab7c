import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_ITEM_NAMES } from '../src/modules/cases/workflow/review.js';
import { call, chinaDay, choose, fillDate, firstSignIn, launchChromium, PNG, startServer } from './server.js';
import { closed } from './steps.js';

// 行刑衔接 to the end: the head transfers a case to the police (on the case, through the API); the
// officer completes the package and records the police's receipt and their refusal with reasons;
// the head asks the procuratorate to supervise; the procuratorate upholds the refusal; the head
// returns the case for administrative penalty — and the case is back in 调查取证, where the
// officer takes 调查终结 again on the way to a decision. The fine paid before the transfer comes
// back with the case: the decision's fine less it is what the party pays (行政处罚法 第二十九条),
// on the case page, which links to the transfer record.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
type Who = 'xn.officer1' | 'xn.officer2' | 'xn.head' | 'xn.chief' | 'xn.reviewer';
const pages = {} as Record<Who, Page>;
let caseId = '';
let transferUrl = '';
let day = '';
const party = { name: '' };

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();
const ok = <T>(r: { status: number; json: T }, status = 200) => {
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
};
const title = (page: Page) => page.getByRole('heading', { level: 1 });

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  for (const u of ['xn.officer1', 'xn.officer2', 'xn.head', 'xn.chief', 'xn.reviewer'] as const) {
    pages[u] = await newPage();
    await firstSignIn(pages[u], server.url, u);
  }
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Opens the transfer, clicks the act's button, fills its dialog and saves; `confirm` answers the 确定 that follows. */
async function act(who: Who, name: string, fill: (dialog: ReturnType<Page['getByRole']>, page: Page) => Promise<void>, confirm = false) {
  const page = pages[who];
  await page.goto(transferUrl);
  await page.getByTestId('transfer-steps').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: name });
  await dialog.waitFor();
  await fill(dialog, page);
  await dialog.getByRole('button', { name: '保存' }).click();
  if (confirm) await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定', exact: true }).click();
  await closed(dialog);
  return page;
}

const stateOf = (page: Page) => title(page).locator('.ant-tag').innerText();

describe('行刑衔接', () => {
  it('a case the head transfers to the police appears in 行刑衔接 with its package', async () => {
    const officer = pages['xn.officer1'];
    const people = ok(await call<{ items: { id: string; username: string }[] }>(pages['xn.head'], 'GET', '/api/people?pageSize=200')).items;
    const idOf = (u: string) => people.find((p) => p.username === u)!.id;
    const me = ok(await call<{ user: { orgId: string } }>(officer, 'GET', '/api/auth/me')).user;
    const firm = ok(await call<{ items: { id: string; name: string }[] }>(officer, 'GET', `/api/enterprises?orgId=${me.orgId}&pageSize=1`)).items[0];
    party.name = firm.name;
    const c = ok(
      await call<{ id: string }>(officer, 'POST', '/api/cases', {
        orgId: me.orgId,
        procedure: 'general',
        partyKind: 'organisation',
        enterpriseId: firm.id,
        violationTypeCode: 'WSL-97-1',
        violationDate: chinaDay(-10),
        summary: '违章指挥工人进入有限空间作业，造成一人重伤',
        investigatorIds: [idOf('xn.officer1'), idOf('xn.officer2')],
      }),
      201,
    );
    caseId = c.id;
    const event = async (who: Who, name: string, payload: Record<string, unknown> = {}) => {
      const { version } = ok(await call<{ version: number }>(pages[who], 'GET', `/api/cases/${caseId}`));
      return ok(await call<{ state: string }>(pages[who], 'POST', `/api/cases/${caseId}/events`, { event: name, payload, version }));
    };
    await event('xn.officer1', 'submitFiling');
    await event('xn.head', 'approveFiling');
    expect(
      await event('xn.head', 'transferToPolice', { opinion: '当事人涉嫌重大责任事故罪，依法移送公安机关', receivingAuthority: '咸宁市公安局' }),
    ).toMatchObject({
      state: 'transferredToPolice',
    });

    await officer.goto(`${server.url}/transfers`);
    const table = officer.getByTestId('transfer-table');
    await table.locator('.ant-table-row').first().waitFor();
    await officer.getByLabel('当事人名称').fill(firm.name);
    await officer.getByLabel('当事人名称').press('Enter');
    await expect.poll(() => table.locator('.ant-table-row').count()).toBeGreaterThan(0);
    const row = table.locator('.ant-table-row').filter({ hasText: '待公安机关接收' }).first();
    await row.getByRole('link', { name: firm.name }).click();
    await officer.waitForURL(/\/transfers\/[0-9a-f-]{36}$/);
    transferUrl = officer.url();
    const transfer = ok(await call<{ caseId: string; approvedOn: string }>(officer, 'GET', `/api/transfers/${transferUrl.split('/').pop()}`));
    expect(transfer.caseId).toBe(caseId);
    day = transfer.approvedOn;
    expect(await stateOf(officer)).toBe('待公安机关接收');
    expect(await officer.getByTestId('transfer-period').innerText()).toContain('批准移送后向同级公安机关移送');
    const materials = await officer.getByTestId('transfer-materials').innerText();
    expect(materials).toContain('批准立案');
    expect(materials).toContain('移送公安机关');
  }, 120_000);

  it('the officer completes the package and records the receipt and the refusal with reasons', async () => {
    const page = await act('xn.officer1', '完善移送材料', async (dialog) => {
      await dialog.getByLabel('姓名').first().fill('刘某某');
      await dialog.getByLabel('身份').first().fill('主要负责人');
      await dialog.getByRole('button', { name: '添加涉案人员' }).click();
      await dialog.getByLabel('姓名').nth(1).fill('陈某某');
      await dialog.getByLabel('身份').nth(1).fill('现场负责人');
      await dialog.getByLabel('抄送人民检察院').fill('咸宁市咸安区人民检察院');
      await fillDate(dialog.getByLabel('抄送日期'), day);
      await dialog.getByLabel('移送前已缴纳罚款（元）').fill('5000');
    });
    expect(await page.getByTestId('transfer-summary').innerText()).toContain('咸宁市咸安区人民检察院');

    await act('xn.officer1', '登记公安机关回执', async (dialog) => {
      await fillDate(dialog.getByLabel('接收日期'), day);
      await dialog.getByLabel('回执编号').fill('咸公受〔2026〕12号');
      await dialog.getByLabel('签收人').fill('王警官');
    });
    expect(await stateOf(page)).toBe('公安机关审查中');
    expect(await page.getByTestId('transfer-period').innerText()).toContain('公安机关作出立案或者不予立案的决定');

    await act('xn.officer1', '登记公安机关决定', async (dialog, p) => {
      await choose(p, '公安机关决定', '不予立案');
      await fillDate(dialog.getByLabel('决定日期'), day);
      await dialog.getByLabel('通知书文号').fill('咸公不立字〔2026〕5号');
      await fillDate(dialog.getByLabel('收到通知书日期'), day);
      await dialog.getByLabel('理由').fill('现有证据不足以认定造成重大伤亡事故或者其他严重后果');
    });
    await expect.poll(() => stateOf(page)).toBe('公安机关不予立案');
    expect(await page.getByTestId('transfer-police').innerText()).toContain('现有证据不足以认定');
    // Asking the procuratorate is the head's: the officer is told who acts next.
    expect(await page.getByTestId('transfer-steps').innerText()).toContain('须由具有相应权限的人员办理');
  }, 120_000);

  it('the head asks the procuratorate to supervise; its answer is recorded', async () => {
    const head = await act(
      'xn.head',
      '提请检察院立案监督',
      async (dialog) => {
        await fillDate(dialog.getByLabel('提请日期'), day);
        await dialog.getByLabel('提请理由').fill('事故造成一人重伤，公安机关不予立案的理由不能成立，建议依法立案监督');
      },
      true,
    );
    await expect.poll(() => stateOf(head)).toBe('检察院立案监督中');
    const officer2 = await act('xn.officer2', '登记监督结果', async (dialog, p) => {
      await choose(p, '监督结果', '检察院认为不立案理由成立');
      await fillDate(dialog.getByLabel('结果日期'), day);
      await dialog.getByLabel('结果说明').fill('检察院审查后认为公安机关不立案理由成立，建议应急管理部门依法给予行政处罚');
    });
    await expect.poll(() => stateOf(officer2)).toBe('公安机关不予立案');
    expect(await officer2.getByTestId('transfer-supervision').innerText()).toContain('检察院认为不立案理由成立');
  }, 120_000);

  it('the head returns the case for administrative penalty and the case is back on the way to a decision', async () => {
    const head = await act(
      'xn.head',
      '移回行政处罚',
      async (dialog) => {
        await fillDate(dialog.getByLabel('移回日期'), day);
        await dialog.getByLabel('移回意见').fill('公安机关不予立案，检察院监督后维持，依法继续办理行政处罚');
      },
      true,
    );
    await expect.poll(() => stateOf(head)).toBe('已移回行政处罚');
    expect(await head.getByTestId('transfer-end').innerText()).toContain('当事人已缴纳罚款5000元');

    // The case: back in 调查取证, its history citing the return; the officer takes 调查终结 again.
    const officer = pages['xn.officer1'];
    await officer.goto(`${server.url}/cases/${caseId}`);
    await expect.poll(() => title(officer).locator('.ant-tag').innerText(), { timeout: 15_000 }).toBe('调查取证');
    expect(await officer.getByText('公安机关移回，继续行政处罚').count()).toBeGreaterThan(0);
    expect(await officer.getByTestId('case-actions').getByRole('button').allInnerTexts()).toContain('调查终结');
    // The credit came back with the case, and the case links to its transfer record.
    expect(await officer.getByText('作出处罚决定时扣除已缴纳罚款5000元').count()).toBe(1);
    await officer.getByRole('link', { name: '行刑衔接记录' }).click();
    await officer.waitForURL(transferUrl);
    await officer.goto(`${server.url}/cases/${caseId}`);
    const { version } = ok(await call<{ version: number }>(officer, 'GET', `/api/cases/${caseId}`));
    const investigated = ok(
      await call<{ state: string }>(officer, 'POST', `/api/cases/${caseId}/events`, {
        event: 'completeInvestigation',
        version,
        payload: {
          penalty: { measures: ['fine'], fineYuan: 20_000, confiscationYuan: 0 },
          discretionFacts: { harmCaused: 'harmful' },
          benchmarkDeviationReasons: '事故造成一人重伤，公安机关不予立案后依法从重裁量',
        },
      }),
    );
    expect(investigated.state).toBe('internalReview');
    const step = async (who: Who, event: string, payload: Record<string, unknown> = {}) => {
      const current = ok(await call<{ version: number }>(pages[who], 'GET', `/api/cases/${caseId}`));
      return ok(await call<{ state: string }>(pages[who], 'POST', `/api/cases/${caseId}/events`, { event, payload, version: current.version }));
    };
    await step('xn.chief', 'completeInternalReview');
    await step('xn.chief', 'submitForLegalReview');
    const review = ok(await call<{ version: number }>(pages['xn.reviewer'], 'GET', `/api/cases/${caseId}`));
    const reviewed = await call<{ state: string }>(pages['xn.reviewer'], 'POST', `/api/cases/${caseId}/reviews`, {
      checklist: Object.fromEntries(REVIEW_ITEM_NAMES.map((k) => [k, { ok: true }])),
      outcome: 'pass',
      opinion: '事实清楚，证据确凿，已缴纳罚款依法扣除',
      version: review.version,
    });
    expect(ok(reviewed).state).toBe('noticePending');
    await step('xn.chief', 'issueNotice');
    await step('xn.officer1', 'recordWaiver', { waives: ['statement'], waivedOn: chinaDay(0), waiverSigner: '李经理', waiverImage: PNG.toString('base64') });
    expect((await step('xn.head', 'decide')).state).toBe('decided');

    // The case page: the fine decided, and what is left to pay after the credit.
    await officer.reload();
    await expect.poll(() => officer.getByText('1.5万元（已扣除已缴纳罚款5000元，行政处罚法 第二十九条）').count(), { timeout: 15_000 }).toBe(1);
    expect(await officer.getByText('2万元', { exact: true }).count()).toBe(1);
    expect(await officer.getByText('当事人已缴纳罚款5000元').count()).toBeGreaterThan(0);

    // The list and the figures count it.
    await head.goto(`${server.url}/transfers?state=returned`);
    await head.getByTestId('transfer-table').locator('.ant-table-row').first().waitFor();
    expect(await head.getByTestId('transfer-table').innerText()).toContain(party.name);
  }, 120_000);
});
