// Issue 5's walk in real Chromium: task → on-site record with a photo → hazard → the enterprise
// (qy.demo, on a phone) uploads its fix → officer re-inspects and closes → the figures move.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, chinaDay, choose, fillDate, firstSignIn, launchChromium, PNG, startServer } from './server.js';
import { drawSignature } from './steps.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let officer: Page; // xn.chief on a tablet
let firm: Page; // qy.demo on a phone

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// The demo's year of work has hazards of the same kind: this walk's own is told apart by its place.
const HAZARD = '未配备专职安全生产管理人员（二号厂区）';

const FIGURES = ['found', 'rectified', 'rectificationRate', 'major', 'overdue', 'caseRate'] as const;

/** The hazard figures as the officer's workbench shows them, read from the page. */
async function figuresShown(): Promise<Record<(typeof FIGURES)[number], string>> {
  await officer.goto(`${server.url}/`);
  const card = officer.getByTestId('hazard-figures');
  await card.getByTestId('figure-found').locator('.ant-statistic-content').waitFor();
  const out = {} as Record<(typeof FIGURES)[number], string>;
  for (const k of FIGURES) out[k] = (await card.getByTestId(`figure-${k}`).locator('.ant-statistic-content').innerText()).trim();
  return out;
}

/** How far each count moved between two readings of the workbench. */
const moved = (a: Record<(typeof FIGURES)[number], string>, b: Record<(typeof FIGURES)[number], string>) => ({
  found: Number(b.found) - Number(a.found),
  rectified: Number(b.rectified) - Number(a.rectified),
  major: Number(b.major) - Number(a.major),
  overdue: Number(b.overdue) - Number(a.overdue),
});

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  officer = await (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 800, height: 1100 } })).newPage();
  firm = await (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await firstSignIn(officer, server.url, 'xn.chief');
  await firstSignIn(firm, server.url, 'qy.demo');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('隐患整改 from the enterprise side to closure, and the figures', () => {
  let enterpriseName = '';
  let taskId = '';
  let hazardId = '';
  let before: Awaited<ReturnType<typeof figuresShown>>;

  it('lands the enterprise user on their hazards, with no bureau menus but its licensing, its credit and follow-ups', async () => {
    await firm.getByRole('heading', { name: '本企业隐患' }).waitFor();
    // The demo enterprise has a hazard of the year still awaiting its rectification.
    await firm.locator('[data-testid^="ent-hazard-"]').first().waitFor();
    const menu = (await firm.locator('nav .ant-menu-item').allTextContents()).map((s) => s.trim());
    // Its hazards, its own licence applications (行政许可, online) and licences, its credit record
    // (listings, repairs, objections), and the follow-ups it answers.
    expect(menu).toEqual(['本企业隐患', '行政许可', '许可证登记', '本企业信用', '执法回访']);
    // Nor does the bureau's API answer them.
    expect((await call(firm, 'GET', '/api/inspections/tasks')).status).toBe(403);
    expect((await call(firm, 'GET', '/api/enterprises')).status).toBe(403);
  }, 60_000);

  it('opens an ad hoc task for the demo enterprise, named with its USCC in the demo account list', async () => {
    const line = server
      .output()
      .split('\n')
      .find((l) => l.trim().startsWith('qy.demo'));
    const m = /企业用户 enterpriseUser\s+(.+)（([0-9A-Z]{18})）/.exec(line ?? '');
    expect(m, server.output()).not.toBeNull();
    enterpriseName = m![1];
    const me = await call<{ user: { id: string; orgId: string } }>(officer, 'GET', '/api/auth/me');
    const people = await call<{ items: { id: string; username: string }[] }>(officer, 'GET', '/api/people?q=xn.head&pageSize=50');
    const head = people.json.items.find((p) => p.username === 'xn.head')!;
    const found = await call<{ items: { id: string; uscc: string; name: string }[] }>(officer, 'GET', `/api/enterprises?q=${m![2]}&pageSize=5`);
    const e = found.json.items.find((x) => x.uscc === m![2]);
    expect(e?.name).toBe(enterpriseName);
    const task = await call<{ id: string }>(officer, 'POST', '/api/inspections/tasks', {
      orgId: me.json.user.orgId,
      enterpriseId: e!.id,
      officerIds: [me.json.user.id, head.id],
      reason: '群众反映存在安全隐患，临时检查',
      plannedOn: chinaDay(0),
    });
    expect(task.status).toBe(201);
    taskId = task.json.id;
    before = await figuresShown();
  }, 90_000);

  it('records the inspection on site: photo, a hazard with its deadline, signature, completed', async () => {
    await officer.goto(`${server.url}/inspections/tasks`);
    await officer.getByTestId(`start-${taskId}`).click();
    await choose(officer, '检查表', 'CL-GEN');
    await officer.getByRole('dialog').getByLabel('检查地点').fill('生产车间');
    await officer.getByRole('dialog').getByRole('button', { name: '开始现场检查' }).click();
    await officer.waitForURL(/\/inspections\/records\//);

    await officer.getByTestId('evidence-input').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG });
    await officer.getByTestId('evidence-list').getByText('scene.png').waitFor();

    const item = officer.getByTestId('item-CL-GEN-01');
    await item.getByText('存在隐患', { exact: true }).click();
    await item.getByRole('button', { name: '登记隐患' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('隐患描述').fill(HAZARD);
    await dialog.getByLabel('部位').fill('安全科');
    await dialog.getByLabel('整改措施').fill('配备专职安全生产管理人员并报备');
    await fillDate(dialog.getByLabel('整改期限'), chinaDay(10));
    await dialog.getByLabel('整改责任人').fill('王安全');
    await dialog.getByRole('button', { name: '登记隐患' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await officer.getByTestId('record-hazards').getByText(HAZARD).waitFor();
    await officer.getByTestId('fill-rest-compliant').click();
    await officer.locator('.ant-modal-confirm').getByRole('button', { name: '设为符合' }).click();
    await officer
      .getByTestId('checklist-tally')
      .getByText(/已答 (\d+) \/ 共 \1 项/)
      .waitFor();

    await officer.getByLabel('检查情况').fill('未配备专职安全生产管理人员，其余符合要求。');
    await officer.getByLabel('签名人').fill('李经理');
    await drawSignature(officer);
    await officer.getByTestId('save-signature').click();
    await officer.getByText('已签名').waitFor();
    await officer.getByTestId('complete-record').click();
    await officer.locator('.ant-modal-confirm').getByRole('button', { name: '确认完成' }).click();
    await officer.getByTestId('record-number').waitFor();

    const after = await figuresShown();
    // One more found, nothing else moved (the year of work is on the workbench too).
    expect(moved(before, after)).toEqual({ found: 1, rectified: 0, major: 0, overdue: 0 });
  }, 120_000);

  it('lets the enterprise ask for an extension, which the officer grants', async () => {
    await firm.reload();
    const card = firm.locator('[data-testid^="ent-hazard-"]').filter({ hasText: HAZARD });
    await card.getByText('配备专职安全生产管理人员并报备').waitFor();
    expect(await card.getByTestId('ent-deadline').innerText()).toBe(chinaDay(10));
    hazardId = (await card.getAttribute('data-testid'))!.replace('ent-hazard-', '');
    await card.getByRole('button', { name: '申请延期' }).click();
    const dialog = firm.getByRole('dialog');
    await fillDate(dialog.getByLabel('申请延至'), chinaDay(20));
    await dialog.getByLabel('延期理由').fill('需通过招聘考核，人员到岗需两周');
    await dialog.getByRole('button', { name: '申请延期' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('申请延期', { exact: true }).first().waitFor();

    await officer.goto(`${server.url}/inspections/hazards`);
    const row = officer.getByTestId('hazard-table').getByRole('row').filter({ hasText: HAZARD });
    await row.getByRole('button', { name: '同意延期', exact: true }).click();
    const decide = officer.getByRole('dialog');
    expect(await decide.getByLabel('新的整改期限').inputValue()).toBe(chinaDay(20));
    await decide.getByLabel('意见或理由').fill('同意延期至申请日期');
    await decide.getByRole('button', { name: '同意延期', exact: true }).click();
    await decide.waitFor({ state: 'hidden' });
    await row.getByText('整改中').waitFor();
  }, 90_000);

  it('takes the fix from the phone: photo and PDF with SM3 digests, then the note', async () => {
    await firm.reload();
    const card = firm.getByTestId(`ent-hazard-${hazardId}`);
    await card
      .getByTestId('ent-deadline')
      .filter({ hasText: chinaDay(20) })
      .waitFor();
    await card.getByTestId('evidence-input').setInputFiles([
      { name: 'fix.png', mimeType: 'image/png', buffer: PNG },
      { name: '任命文件.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    const list = card.getByTestId('evidence-list');
    await list.getByText('任命文件.pdf').waitFor();
    await list.getByText('fix.png').waitFor();
    expect((await list.innerText()).match(/SM3 摘要 [0-9a-f]{64}/g)).toHaveLength(2);
    await card.getByRole('button', { name: '提交整改' }).click();
    const dialog = firm.getByRole('dialog');
    await dialog.getByLabel('整改情况').fill('已任命张某为专职安全生产管理人员，任命文件见附件');
    await dialog.getByRole('button', { name: '提交整改' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('已提交整改', { exact: true }).waitFor();
    await card.getByText('等待执法人员复查').waitFor();
    expect(await card.getByRole('button', { name: '提交整改' }).count()).toBe(0);
  }, 90_000);

  it('closes on re-inspection after seeing the material, and the figures move', async () => {
    await officer.goto(`${server.url}/inspections/hazards`);
    const row = officer.getByTestId('hazard-table').getByRole('row').filter({ hasText: HAZARD });
    await row.getByText('已提交整改').waitFor();
    await row.getByRole('button', { name: '复查通过' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByText('已任命张某为专职安全生产管理人员，任命文件见附件').waitFor();
    await dialog.getByTestId('evidence-list').getByText('任命文件.pdf').waitFor();
    await dialog.getByLabel('意见或理由').fill('专职安全生产管理人员已到岗，复查合格');
    await dialog.getByRole('button', { name: '复查通过' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('已销号').waitFor();
    // The re-inspection was answered by a numbered 整改复查意见书, downloadable from the row.
    const download = officer.waitForEvent('download');
    await row.getByTestId('hazard-documents').getByRole('button', { name: '整改复查意见书' }).click();
    const pdf = fs.readFileSync(await (await download).path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const shown = await figuresShown();
    expect(moved(before, shown)).toEqual({ found: 1, rectified: 1, major: 0, overdue: 0 });
    // The figures shown equal the API's, which hazards.db.test.ts proves equal to a direct count.
    const api = await call<Record<string, number | null>>(officer, 'GET', `/api/inspections/figures?from=${chinaDay(0).slice(0, 4)}-01-01&to=${chinaDay(0)}`);
    for (const k of ['found', 'rectified', 'major', 'overdue'] as const) expect(shown[k]).toBe(String(api.json[k]));
    expect(shown.rectificationRate).toBe(`${(api.json.rectificationRate as number).toFixed(2)}%`);

    // Closed, it leaves the enterprise's list of hazards to rectify.
    await firm.reload();
    await firm.getByRole('heading', { name: '本企业隐患' }).waitFor();
    await expect.poll(() => firm.getByTestId(`ent-hazard-${hazardId}`).count()).toBe(0);
  }, 90_000);
});

describe('企业自查自纠 from the phone', () => {
  const SELF = '三号车间配电箱门锁损坏，箱门无法关闭';

  it('lets qy.demo report a hazard it found itself, listed with its 企业自查 tag, and officers see it too', async () => {
    await firm.reload();
    await firm.getByTestId('self-report').click();
    const dialog = firm.getByRole('dialog');
    await dialog.getByLabel('隐患描述').fill(SELF);
    await dialog.getByLabel('部位').fill('三号车间');
    await dialog.getByLabel('本企业已采取或拟采取的整改措施').fill('更换门锁并张贴警示标志');
    await fillDate(dialog.getByLabel('计划整改完成日期'), chinaDay(7));
    await dialog.getByLabel('整改责任人').fill('赵电工');
    await dialog.getByTestId('self-report-submit').click();
    await firm.locator('.ant-modal-confirm').getByRole('button', { name: '确认上报' }).click();
    await firm.getByText('已上报').waitFor();
    const card = firm.locator('[data-testid^="ent-hazard-"]').filter({ hasText: SELF });
    expect(await card.getByTestId('origin-selfReport').innerText()).toBe('企业自查');
    await card.getByRole('button', { name: '提交整改' }).waitFor();

    await officer.goto(`${server.url}/inspections/hazards`);
    const row = officer.getByTestId('hazard-table').getByRole('row').filter({ hasText: SELF });
    await row.getByText('企业自查').waitFor();
    // No record to link to, and no 立案 "from the finding" of a self-report.
    expect(await row.getByRole('link', { name: SELF }).count()).toBe(0);
    expect(await row.getByRole('button', { name: '立案查处' }).count()).toBe(0);
  }, 90_000);
});
