import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, StaffItem } from '../src/modules/disclosure/contract.js';
import { disclosureDueOn } from '../src/modules/disclosure/rules.js';
import { GENERAL_CHECKLIST } from '../src/modules/catalogue/standards/checklists-general.js';
import { call, fillDate, firstSignIn, launchChromium, startServer } from './server.js';

// Issue 7, the staff side in real Chromium: an inspection completed by the demo officer makes a
// 检查结果 item due in 20 working days; the head sees it with its due date, the on-time dashboard
// moves exactly as the API says, the head publishes it (the portal shows it without sign-in) and
// withdraws it with a reason (the portal answers that it is gone).

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let officer: Page;
let head: Page;
// The server's test clock (src/platform/clock.ts): moved past a due date to make an item late.
const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-disclosure-clock-')), 'offset');
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const yearStart = `${today.slice(0, 4)}-01-01`;
const yearEnd = `${today.slice(0, 4)}-12-31`;

const ok = <T>(r: { status: number; json: T }, status = 200) => {
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
};

beforeAll(async () => {
  server = await startServer({ ZHIFA_TEST_CLOCK_FILE: clockFile });
  browser = await launchChromium();
  officer = await (await browser.newContext({ timezoneId: 'Asia/Shanghai' })).newPage();
  head = await (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1600, height: 1000 } })).newPage();
  await firstSignIn(officer, server.url, 'xn.officer1');
  await firstSignIn(head, server.url, 'xn.head');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

let item: StaffItem;
let window_ = { from: yearStart, to: yearEnd };
const dashboardApi = () => call<Dashboard>(head, 'GET', `/api/disclosures/dashboard?from=${window_.from}&to=${window_.to}`).then((r) => ok(r));
const rate = (r: number | null) => (r === null ? '-' : `${Math.round(r * 10000) / 100}%`);

/** The six figures on the page equal the API's, for the period shown. */
async function expectFigures(d: Dashboard) {
  for (const k of ['due', 'publishedOnTime', 'publishedLate', 'pendingOverdue', 'pendingNotYetDue'] as const) {
    await expect.poll(() => head.getByTestId(`dfigure-${k}`).locator('.ant-statistic-content').innerText(), { timeout: 15_000 }).toBe(String(d[k]));
  }
  await expect.poll(() => head.getByTestId('dfigure-onTimeRate').locator('.ant-statistic-content').innerText(), { timeout: 15_000 }).toBe(rate(d.onTimeRate));
}

/** The item's row on the list, on whichever page the server's order (dueOn, oldest first) puts it. */
async function row() {
  const all = ok(await call<{ items: StaffItem[]; total: number }>(head, 'GET', '/api/disclosures?pageSize=200'));
  const index = all.items.findIndex((i) => i.id === item.id);
  expect(index).toBeGreaterThanOrEqual(0);
  const page = Math.floor(index / 20) + 1;
  if (page > 1) await head.locator(`.ant-pagination-item-${page}`).click();
  const r = head.getByTestId('disclosure-table').locator(`tr[data-row-key="${item.id}"]`);
  await r.waitFor();
  return r;
}

/** An ad hoc inspection by the demo officers, completed with no hazard; its record's id. */
async function completedInspection(): Promise<string> {
  const me = ok(await call<{ user: { orgId: string } }>(officer, 'GET', '/api/auth/me'));
  const firm = ok(await call<{ items: { id: string; name: string }[] }>(officer, 'GET', `/api/enterprises?orgId=${me.user.orgId}&pageSize=1`)).items[0];
  const people = ok(await call<{ items: { id: string; username: string }[] }>(officer, 'GET', '/api/people?q=xn.officer&pageSize=50')).items;
  const officerIds = ['xn.officer1', 'xn.officer2'].map((u) => people.find((p) => p.username === u)!.id);
  const task = ok(
    await call<{ id: string }>(officer, 'POST', '/api/inspections/tasks', {
      orgId: me.user.orgId,
      enterpriseId: firm.id,
      officerIds,
      reason: '公示按期情况检查',
      plannedOn: today,
    }),
    201,
  );
  let record = ok(
    await call<{ id: string; version: number }>(officer, 'POST', `/api/inspections/tasks/${task.id}/record`, { checklistCode: 'CL-GEN', place: '生产车间' }),
    201,
  );
  record = ok(
    await call<{ id: string; version: number }>(officer, 'PUT', `/api/inspections/records/${record.id}`, {
      version: record.version,
      place: '生产车间',
      present: [{ name: '李经理', position: '总经理' }],
      items: GENERAL_CHECKLIST.items.map((i) => ({ code: i.code, result: 'compliant' })),
      findings: '现场检查未发现隐患。',
      signatureRefused: '企业负责人拒绝签名，已由两名执法人员注明。',
    }),
  );
  ok(await call(officer, 'POST', `/api/inspections/records/${record.id}/complete`, { version: record.version }));
  return record.id;
}

/** The pending disclosure the completed record made. */
async function pendingItemOf(recordId: string): Promise<StaffItem> {
  const list = ok(await call<{ items: StaffItem[] }>(head, 'GET', '/api/disclosures?status=pending&pageSize=200'));
  return list.items.find((i) => i.sourceId === recordId)!;
}

describe('执法公示 on the staff side: due date, on-time dashboard, publish, withdraw', () => {
  let before: Dashboard;

  it('an inspection completed by the officer makes a 检查结果 item due in 20 working days', async () => {
    before = await dashboardApi();
    const recordId = await completedInspection();

    item = await pendingItemOf(recordId);
    expect(item).toBeDefined();
    expect(item.kind).toBe('inspectionResult');
    expect(item.decidedOn).toBe(today);
    expect(item.dueOn).toBe(disclosureDueOn('inspectionResult', today).dueOn);
    expect(item.dueOn > today).toBe(true);
    if (item.dueOn > yearEnd) window_ = { from: yearStart, to: item.dueOn };

    const after = await dashboardApi();
    expect(after.due).toBe(before.due + 1);
    expect(after.pendingNotYetDue).toBe(before.pendingNotYetDue + 1);
    before = after;
  }, 60_000);

  it('the head sees it on /disclosures with its due date, and the dashboard equals the API', async () => {
    await head.goto(`${server.url}/disclosures`);
    await head.getByRole('menuitem', { name: '执法公示' }).waitFor();
    if (window_.to !== yearEnd) await fillDate(head.getByLabel('应公示日期至'), window_.to);
    await expectFigures(before);
    const r = await row();
    await expect.poll(() => r.innerText()).toContain(item.dueOn);
    expect(await r.innerText()).toContain('检查结果');
    expect(await r.innerText()).toContain('待公示');
    expect(await r.innerText()).toContain(item.enterpriseName);
  }, 60_000);

  it('publishes it: the on-time count moves by one, and the portal shows it without sign-in', async () => {
    const r = await row();
    await r.getByRole('button', { name: '公开' }).click();
    await head.locator('.ant-popconfirm').getByRole('button', { name: '公开' }).click();
    await r.getByText('已公示').waitFor();
    const after = await dashboardApi();
    expect(after.due).toBe(before.due);
    expect(after.publishedOnTime).toBe(before.publishedOnTime + 1);
    expect(after.pendingNotYetDue).toBe(before.pendingNotYetDue - 1);
    expect(after.publishedLate).toBe(before.publishedLate);
    expect(after.onTimeRate).not.toBeNull();
    await expectFigures(after);
    before = after;

    const href = await r.getByRole('link', { name: '公示页面' }).getAttribute('href');
    expect(href).toBe(`/portal/disclosures/${item.id}`);
    const visitor = await (await browser.newContext({ timezoneId: 'Asia/Shanghai' })).newPage();
    await visitor.goto(`${server.url}${href}`);
    await visitor.getByText(item.title).first().waitFor();
    expect(await visitor.getByText(item.enterpriseName).count()).toBeGreaterThan(0);
    await visitor.context().close();
  }, 60_000);

  it('a withdrawal needs a real note, is recorded with its reason, and the portal answers that it is gone', async () => {
    const r = await row();
    await r.getByRole('button', { name: '撤回' }).click();
    const dialog = head.getByRole('dialog');
    await dialog.getByLabel('撤下原因').click();
    await head.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '决定被撤销或变更' }).click();
    // The server's own refusal, in Chinese, on the field.
    await dialog.getByLabel('撤下说明').fill('撤销');
    await dialog.getByRole('button', { name: '撤回' }).click();
    await dialog.getByText('请写明撤下说明（至少 4 个字）').waitFor();
    await dialog.getByLabel('撤下说明').fill('检查结论经复核撤销，依法撤下');
    await dialog.getByRole('button', { name: '撤回' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await r.getByText('已撤下').waitFor();

    const list = ok(await call<{ items: StaffItem[] }>(head, 'GET', '/api/disclosures?status=withdrawn&pageSize=200'));
    const withdrawn = list.items.find((i) => i.id === item.id)!;
    expect(withdrawn.withdrawalReason).toBe('decisionRevoked');
    expect(withdrawn.withdrawalNote).toBe('检查结论经复核撤销，依法撤下');
    expect(withdrawn.withdrawSeq).toBeGreaterThan(withdrawn.publishSeq!);
    // It was published on time: the dashboard keeps counting it so.
    const after = await dashboardApi();
    expect(after).toEqual(before);
    await expectFigures(after);

    const visitor = await (await browser.newContext({ timezoneId: 'Asia/Shanghai' })).newPage();
    await visitor.goto(`${server.url}/portal/disclosures/${item.id}`);
    await visitor.getByText('公示信息不存在或已撤下').waitFor();
    expect(await visitor.getByText(item.title).count()).toBe(0);
    await visitor.context().close();
  }, 60_000);

  it('raises an item left pending past its due date to the leader, with its days late as the API counts them', async () => {
    const late = await pendingItemOf(await completedInspection());
    const dueBefore = await dashboardApi();
    // Three days after its last day (10:00 Beijing time); every session then lapses as idle.
    const day = new Date(Date.parse(`${late.dueOn}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    fs.writeFileSync(clockFile, String(Date.parse(`${day}T10:00:00+08:00`) - Date.now()));
    for (const [page, username] of [
      [head, 'xn.head'],
      [officer, 'xn.officer1'],
    ] as const) {
      await page.goto(`${server.url}/signin`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码', { exact: true }).fill('Xianning#2026');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText(/所属机构：/).waitFor();
    }

    const overdue = ok(await call<{ items: (StaffItem & { daysLate: number })[]; total: number }>(head, 'GET', '/api/disclosures/overdue'));
    const mine = overdue.items.find((i) => i.id === late.id)!;
    expect(mine.daysLate).toBe(3);
    expect(overdue.items.some((i) => i.id === item.id)).toBe(false); // withdrawn, never late
    const card = head.getByTestId('overdue-disclosures');
    await card.getByText(`逾期未公示（${overdue.total}）`).waitFor();
    await expect.poll(() => card.locator(`tr[data-row-key="${late.id}"]`).innerText()).toContain('3 天');
    expect(await card.locator(`tr[data-row-key="${late.id}"]`).innerText()).toContain(late.dueOn);

    // On the dashboard it has moved from "not yet due" to "overdue", and the rate counts it.
    const after = await dashboardApi();
    // Ours moved, and with it any item of the demo's year still pending and due before that day.
    const moved = dueBefore.pendingNotYetDue - after.pendingNotYetDue;
    expect(moved).toBeGreaterThanOrEqual(1);
    expect(after.pendingOverdue).toBe(dueBefore.pendingOverdue + moved);
    expect(after.onTimeRate!).toBeLessThan(dueBefore.onTimeRate!);
    await head.goto(`${server.url}/disclosures`);
    if (window_.to !== yearEnd) await fillDate(head.getByLabel('应公示日期至'), window_.to);
    await expectFigures(after);

    // An officer who is no leader does not get the card.
    await officer.goto(`${server.url}/`);
    await officer.getByText(/所属机构：/).waitFor();
    expect(await officer.getByTestId('overdue-disclosures').count()).toBe(0);
  }, 90_000);
});
