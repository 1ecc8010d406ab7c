import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../src/platform/dates.js';
import { addWorkdays } from '../src/platform/workdays/calendar.js';
import { GENERAL_CHECKLIST } from '../src/modules/catalogue/standards/checklists-general.js';
import { call, choose, fillDate, firstSignIn, launchChromium, PNG, startServer } from './server.js';
import { caseSteps } from './steps.js';

// A penalty case in a real browser, each step taken by the role the law gives it to. The
// statutory periods are days long: the server runs on the test clock (ZHIFA_TEST_CLOCK_FILE,
// honoured only under NODE_ENV=test), which the test moves forward once, to the hearing day.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clockFile: string;
const PASSWORD = 'Xianning#2026';
const USERS = ['xn.officer1', 'xn.head', 'xn.chief', 'xn.reviewer'] as const;
type User = (typeof USERS)[number];
const pages = {} as Record<User, Page>;
const people = new Map<string, { id: string; displayName: string }>();

const today = chinaDate(new Date());
// Seven working days' notice before the hearing (第六十四条), with a day to spare.
const hearingOn = addWorkdays(today, 9);

async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText(/所属机构：/).waitFor();
}

/** Moves the server's "today" to `date` (10:00 in Beijing); every session then lapses as idle. */
async function moveClockTo(date: string) {
  fs.writeFileSync(clockFile, String(Date.parse(`${date}T10:00:00+08:00`) - Date.now()));
  for (const u of USERS) await signIn(pages[u], u);
}

const {
  title,
  expectState,
  open,
  take,
  actions: buttons,
  deadline,
} = caseSteps<User>(
  () => server.url,
  (user) => pages[user],
);

async function review(caseId: string, to: string) {
  const page = await open('xn.reviewer', caseId);
  await page.getByRole('button', { name: '法制审核', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // Every checklist item is answered (符合 by default) before the outcome.
  expect(await dialog.getByRole('switch').count()).toBe(7);
  await dialog.getByLabel('同意', { exact: true }).check();
  await dialog.getByLabel('审核意见').fill('事实清楚，证据确凿，适用依据正确，程序合法，裁量适当');
  await dialog.getByRole('button', { name: '确认办理' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expectState(page, to);
}

/** Opens a case through the form as xn.officer1 and returns its id. */
async function createCase(procedure: '一般程序' | '简易程序', investigators: string[], summary: string): Promise<{ id: string; party: string }> {
  const page = pages['xn.officer1'];
  await page.goto(`${server.url}/cases`);
  await page.getByRole('button', { name: '新建案件' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(procedure).check();
  await dialog.getByLabel('当事人', { exact: true }).click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  await option.waitFor();
  const party = (await option.innerText()).replace(/（.*$/, '');
  await option.click();
  await choose(page, '违法行为', 'WSL-97-1');
  await fillDate(dialog.getByLabel('违法行为发生日期'), today);
  await dialog.getByLabel('案情摘要').fill(summary);
  for (const name of investigators) await choose(page, '调查人员（不少于两名持证执法人员）', name, true);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await expectState(page, '草稿');
  expect(await title(page).innerText()).toContain(party);
  return { id: new URL(page.url()).pathname.split('/').pop()!, party };
}

/**
 * The inspection the case starts from, through the inspections API as xn.officer1: an ad hoc task
 * for the two officers, a record with a photo and a hazard at CL-GEN-01, signed and completed.
 */
async function completedInspection(): Promise<{ recordId: string; hazardId: string }> {
  const page = pages['xn.officer1'];
  const ok = <T>(r: { status: number; json: T }, status: number) => {
    expect(r.status, JSON.stringify(r.json)).toBe(status);
    return r.json;
  };
  const me = ok(await call<{ user: { orgId: string } }>(page, 'GET', '/api/auth/me'), 200);
  const firm = ok(await call<{ items: { id: string }[] }>(page, 'GET', `/api/enterprises?orgId=${me.user.orgId}&pageSize=1`), 200).items[0];
  const officerIds = [people.get('xn.officer1')!.id, people.get('xn.officer2')!.id];
  const task = ok(
    await call<{ id: string }>(page, 'POST', '/api/inspections/tasks', {
      orgId: me.user.orgId,
      enterpriseId: firm.id,
      officerIds,
      reason: '群众举报未配备安全生产管理人员',
      plannedOn: today,
    }),
    201,
  );
  let record = ok(
    await call<{ id: string; version: number }>(page, 'POST', `/api/inspections/tasks/${task.id}/record`, { checklistCode: 'CL-GEN', place: '生产车间' }),
    201,
  );
  ok(await call(page, 'POST', `/api/inspections/records/${record.id}/evidence?fileName=scene.png&kind=photo`, undefined, [...PNG]), 201);
  record = ok(
    await call<{ id: string; version: number }>(page, 'PUT', `/api/inspections/records/${record.id}`, {
      version: record.version,
      place: '生产车间、安全科',
      present: [{ name: '李经理', position: '总经理' }],
      // Every item answered, as completing needs: the one hazard, the rest 符合.
      items: GENERAL_CHECKLIST.items.map((i) =>
        i.code === 'CL-GEN-01' ? { code: i.code, result: 'hazard', note: '未配备专职安全生产管理人员' } : { code: i.code, result: 'compliant' },
      ),
      findings: '企业从业人员一百二十人，未配备专职安全生产管理人员。',
      signerName: '李经理',
      signaturePng: PNG.toString('base64'),
    }),
    200,
  );
  const hazard = ok(
    await call<{ id: string }>(page, 'POST', `/api/inspections/records/${record.id}/hazards`, {
      checkItemCode: 'CL-GEN-01',
      description: '未配备专职安全生产管理人员',
      location: '安全科',
      measures: '配备专职安全生产管理人员',
      deadline: addWorkdays(today, 10),
      responsiblePerson: '李经理',
    }),
    201,
  );
  ok(await call(page, 'POST', `/api/inspections/records/${record.id}/complete`, { version: record.version }), 200);
  return { recordId: record.id, hazardId: hazard.id };
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'zhifa-clock-'));
  clockFile = path.join(dir, 'offset');
  server = await startServer({ ZHIFA_TEST_CLOCK_FILE: clockFile });
  browser = await launchChromium();
  for (const u of USERS) {
    pages[u] = await (await browser.newContext({ timezoneId: 'Asia/Shanghai' })).newPage();
    await firstSignIn(pages[u], server.url, u, PASSWORD);
  }
  const res = await pages['xn.head'].request.get(`${server.url}/api/people?pageSize=200`);
  for (const p of (await res.json()).items as { id: string; username: string; displayName: string }[]) people.set(p.username, p);
}, 300_000); // the server and four first sign-ins, slow on a loaded machine
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

const name = (username: string) => people.get(username)!.displayName;

describe('a general-procedure case from an inspection finding to archive, with legal review, collective deliberation and a hearing', () => {
  let id = '';

  it('is opened from a hazard of a completed inspection record, with its evidence by reference, and filed on the head’s approval', async () => {
    const { recordId, hazardId } = await completedInspection();
    const officer = pages['xn.officer1'];
    await officer.goto(`${server.url}/inspections/records/${recordId}`);
    await officer.getByTestId('record-hazards').getByRole('button', { name: '立案查处' }).click();
    const dialog = officer.getByRole('dialog');
    // The check item suggests the violation type (the officer may change it); the facts are the record's.
    const violation = dialog
      .locator('.ant-form-item')
      .filter({ has: officer.getByText('违法行为', { exact: true }) })
      .locator('.ant-select');
    await expect.poll(() => violation.innerText(), { timeout: 15_000 }).toMatch(/WSL-97-1 /);
    expect(await dialog.getByLabel('案情摘要').inputValue()).toContain('未配备专职安全生产管理人员');
    await dialog.getByRole('button', { name: '保存' }).click();
    await officer.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expectState(officer, '草稿');
    id = new URL(officer.url()).pathname.split('/').pop()!;
    const evidence = officer.getByTestId('case-evidence');
    await evidence.getByText('scene.png').waitFor();
    expect(await evidence.innerText()).toMatch(/[0-9a-f]{64}/);
    // The inspecting team are the investigators; a second case for the same hazard is refused.
    const detail = await call<{ investigatorIds: string[]; sourceHazardId: string }>(officer, 'GET', `/api/cases/${id}`);
    expect(detail.json).toMatchObject({ sourceHazardId: hazardId, investigatorIds: [people.get('xn.officer1')!.id, people.get('xn.officer2')!.id] });
    expect((await call(officer, 'POST', '/api/cases/from-finding', { hazardId, violationTypeCode: 'WSL-97-1' })).status).toBe(409);

    await take('xn.officer1', id, '提请立案', '立案审批中');
    // Only the authority's head or deputy approves filing (第五十四条): the officer sees no such button.
    expect(await buttons(pages['xn.officer1'])).not.toContain('批准立案');
    const page = await take('xn.head', id, '批准立案', '调查取证');
    expect(await deadline(page)).toMatch(/\d{4}-\d{2}-\d{2}/);
  }, 120_000);

  it('carries a fine that needs legal review, collective deliberation and gives a hearing right', async () => {
    await take('xn.officer1', id, '调查终结', '案件审理', async (dialog, page) => {
      await choose(page, '处罚种类', '罚款', true);
      await page.keyboard.press('Escape');
      await dialog.getByLabel('罚款金额（元）').fill('100000');
      await choose(page, '危害后果', '造成严重危害后果');
      await dialog.getByLabel('法律、法规规定应当进行法制审核').check();
    });
    const chief = await take('xn.chief', id, '审理完毕', '待告知');
    // The notice needs the legal review first (第五十八条): it is not offered until the review passes.
    const offered = await buttons(chief);
    expect(offered).toContain('提请法制审核');
    expect(offered).not.toContain('送达行政处罚告知书');
    await take('xn.chief', id, '提请法制审核', '法制审核');

    // The reviewer finds it in the queue, and is not one of its investigators.
    const reviewer = pages['xn.reviewer'];
    await reviewer.goto(`${server.url}/cases`);
    await reviewer.getByRole('tab', { name: /法制审核待办/ }).click();
    await reviewer.getByRole('tabpanel').getByRole('link').filter({ hasText: /.+/ }).first().waitFor();
    await review(id, '待告知');

    // 100 000 元 against an organisation is a 重大 case: the leaders decide together (第五十七条).
    await take('xn.chief', id, '提请集体讨论', '集体讨论');
    await take('xn.head', id, '记录集体讨论', '待告知', (dialog) => dialog.getByLabel('意见').fill('经局长办公会集体讨论，同意拟处罚意见'));
  }, 120_000);

  it('serves the notice, takes the party’s hearing request and schedules the hearing with a chair who did not investigate', async () => {
    const chief = await take('xn.chief', id, '送达行政处罚告知书', '已告知（陈述申辩期）');
    expect(await deadline(chief)).toContain('陈述');
    // No decision while the statement period runs.
    expect(await buttons(await open('xn.head', id))).not.toContain('作出行政处罚决定');
    await take('xn.officer1', id, '当事人要求听证', '已申请听证');
    const scheduled = await take('xn.chief', id, '安排听证', '听证已安排', async (dialog, page) => {
      const chairs = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await dialog.getByLabel('听证主持人（非本案调查人员）').click();
      // The investigators are not offered as chair.
      await chairs.first().waitFor();
      const offered = await chairs.allInnerTexts();
      expect(offered.some((t) => t.startsWith(`${name('xn.chief')}（`))).toBe(true);
      for (const investigator of ['xn.officer1', 'xn.officer2']) expect(offered.some((t) => t.startsWith(`${name(investigator)}（`))).toBe(false);
      await page.keyboard.press('Escape');
      await choose(page, '听证主持人（非本案调查人员）', name('xn.chief'));
      await fillDate(dialog.getByLabel('听证日期'), hearingOn);
    });
    expect(await scheduled.getByText(name('xn.chief')).count()).toBeGreaterThan(0);
  }, 90_000);

  it('on the hearing day: the chair records the hearing, legal review passes again, the head decides', async () => {
    await moveClockTo(hearingOn);
    await take('xn.chief', id, '听证结束', '听证完毕', (dialog) => dialog.getByLabel('意见').fill('听证会如期举行，当事人陈述申辩意见不足以推翻违法事实'));
    await take('xn.chief', id, '提请法制审核', '听证后法制审核');
    await review(id, '听证完毕');
    const decided = await take('xn.head', id, '作出行政处罚决定', '已决定');
    const number = decided.locator('.ant-descriptions-item').filter({ hasText: '决定书文号' }).locator('.ant-descriptions-item-content');
    expect(await number.innerText()).toMatch(/应急罚〔\d{4}〕\d+号/);
    expect(await deadline(decided)).toMatch(/送达/);
  }, 120_000);

  it('serves the decision, records payment, closes and archives; the ledger holds every step', async () => {
    const served = await take('xn.officer1', id, '送达处罚决定书', '已送达（待缴纳）', (_dialog, page) => choose(page, '送达方式', '直接送达'));
    expect(await deadline(served)).toContain('缴纳罚款');
    await take('xn.officer1', id, '确认缴纳', '已缴纳', (dialog) => dialog.getByLabel('实缴金额（元，含加处罚款）').fill('100000'));
    await take('xn.officer1', id, '提请结案', '结案审批中');
    await take('xn.chief', id, '批准结案', '已结案');
    const archived = await take('xn.officer1', id, '归档', '已归档');
    expect(await deadline(archived)).toBe('—');
    expect(await buttons(archived)).toEqual([]);
    const timeline = await archived.locator('.ant-timeline').innerText();
    for (const step of [
      '提请立案',
      '批准立案',
      '法制审核通过',
      '记录集体讨论',
      '当事人要求听证',
      '安排听证',
      '听证结束',
      '作出行政处罚决定',
      '确认缴纳',
      '归档',
    ])
      expect(timeline).toContain(step);

    const res = await archived.request.get(`${server.url}/api/ledger/entries?limit=500`);
    let actions = ((await res.json()).items as { subjectId: string; action: string }[])
      .filter((e) => e.subjectId === id)
      .map((e) => e.action)
      .reverse();
    expect(actions.filter((a) => a === 'instrument.numbered').length).toBeGreaterThan(0);
    actions = actions.filter((a) => a.startsWith('case.'));
    expect(actions).toEqual([
      'case.created',
      'case.submitFiling',
      'case.approveFiling',
      'case.completeInvestigation',
      'case.completeInternalReview',
      'case.submitForLegalReview',
      'case.passLegalReview',
      'case.submitForDeliberation',
      'case.recordDeliberation',
      'case.issueNotice',
      'case.requestHearing',
      'case.scheduleHearing',
      'case.recordHearing',
      'case.submitForLegalReview',
      'case.passLegalReview',
      'case.decide',
      'case.serve',
      'case.recordPayment',
      'case.requestClosure',
      'case.approveClosure',
      'case.archive',
      // The 卷宗, assembled right after 归档 commits; its manifest's SM3 is in this entry.
      'case.fileAssembled',
    ]);

    // The 卷宗 card: the table of contents in the filing order, the PDF and the archive to download.
    const file = archived.getByTestId('case-file');
    await file.getByText('卷内目录').first().waitFor();
    const titles = (await file.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts()).map((t) => t.trim());
    expect(titles[0]).toBe('卷内目录');
    expect(titles[1]).toBe('行政处罚决定书');
    expect(titles.at(-1)).toBe('卷内备考表（执法全过程记录索引）');
    expect(titles.indexOf('立案审批表')).toBeLessThan(titles.indexOf('听证笔录'));
    expect(titles.indexOf('听证笔录')).toBeLessThan(titles.indexOf('结案审批表'));
    await expect.poll(() => file.getByTestId('case-file-pdf').isVisible()).toBe(true);
    const pdf = await archived.request.get(`${server.url}/api/cases/${id}/case-file/pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
  }, 120_000);
});

describe('a summary-procedure case decided on site (行政处罚法 第五十一条)', () => {
  it('refuses a fine above the on-site limit, decides 2 000 元 on the spot, then payment, closure and archive', async () => {
    const { id } = await createCase('简易程序', [name('xn.officer1')], '现场发现安全生产管理人员未到岗，当场责令改正');
    const page = await open('xn.officer1', id);
    // Summary procedure offers only the on-site decision, no filing.
    expect(await buttons(page)).toEqual(['当场作出处罚决定']);
    await page.getByRole('button', { name: '当场作出处罚决定' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '处罚种类', '罚款', true);
    await page.keyboard.press('Escape');
    await dialog.getByLabel('罚款金额（元）').fill('5000');
    await dialog.getByRole('button', { name: '确认办理' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/3000元/);
    await dialog.getByLabel('罚款金额（元）').fill('2000');
    await dialog.getByRole('button', { name: '确认办理' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectState(page, '当场处罚');
    expect(await deadline(page)).toContain('缴纳罚款');
    // The one-page 当场处罚决定书 (第五十二条) is handed over at once; the general-procedure forms are not offered.
    const docs = page.getByTestId('case-documents');
    const download = page.waitForEvent('download');
    await docs.getByTestId('doc-summaryDecision-pdf').click();
    expect(
      fs
        .readFileSync(await (await download).path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await docs.getByTestId('doc-filingApproval-pdf').count()).toBe(0);
    await take('xn.officer1', id, '确认缴纳', '已缴纳', (d) => d.getByLabel('实缴金额（元，含加处罚款）').fill('2000'));
    await take('xn.officer1', id, '提请结案', '结案审批中');
    await take('xn.chief', id, '批准结案', '已结案');
    await take('xn.officer1', id, '归档', '已归档');
    const res = await page.request.get(`${server.url}/api/ledger/entries?limit=500`);
    let actions = ((await res.json()).items as { subjectId: string; action: string }[])
      .filter((e) => e.subjectId === id)
      .map((e) => e.action)
      .reverse();
    expect(actions.filter((a) => a === 'instrument.numbered').length).toBeGreaterThan(0);
    actions = actions.filter((a) => a.startsWith('case.'));
    expect(actions).toEqual([
      'case.created',
      'case.decideOnSite',
      'case.recordPayment',
      'case.requestClosure',
      'case.approveClosure',
      'case.archive',
      'case.fileAssembled',
    ]);
  }, 120_000);
});
