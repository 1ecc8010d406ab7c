import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, chinaDay, firstSignIn, launchChromium, startServer } from './server.js';

// 信用修复 on the demo's listing: on the public list and its penalty decision published; the test clock
// moves to the day its 12 months on the list are full; xn.officer1 records the enterprise's application
// at the counter on the listing's page (each required condition ticked with its evidence) and reviews
// it; the deciding bureau's leader, who did not review it, approves it (信修). The listing shows
// 已移出 (信用修复提前移出), the portal's list no longer shows it, and the public disclosure search no
// longer finds the penalty decision it rests on (withdrawn: 信用修复). While listed, the enterprise's
// credit tab shows the 联合惩戒 measures until the term end, and the platform export holds the listing;
// once removed the measures are gone.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clockFile: string;
const DAY = 86_400_000;

interface Listing {
  id: string;
  orgId: string;
  enterpriseName: string;
  uscc: string;
  listedOn: string;
  penaltyDecidedOn: string;
  state: string;
  enterpriseId: string;
  termEndsOn: string;
  decisionNumber: string;
}

const newPage = async () => (await browser.newContext({ timezoneId: 'Asia/Shanghai', viewport: { width: 1400, height: 1000 } })).newPage();
const confirm = (page: Page) => page.locator('.ant-modal-confirm').getByRole('button', { name: '确定', exact: true }).click();
const tag = (page: Page) => page.getByRole('heading', { level: 1 }).locator('.ant-tag');

async function signIn(page: Page, who: string) {
  await page.goto(`${server.url}/signin`);
  await page.getByLabel('用户名').fill(who);
  await page.getByLabel('密码', { exact: true }).fill('Xianning#2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText(/所属机构：/).waitFor();
}

/** The public disclosure search's penalty decisions of the enterprise on the listing's penalty date. */
async function publishedPenalties(page: Page, l: Listing) {
  const r = await call<{ items: { decidedOn: string }[] }>(page, 'GET', `/api/public/disclosures?uscc=${l.uscc}&kind=penaltyDecision&limit=100`);
  expect(r.status).toBe(200);
  return r.json.items.filter((i) => i.decidedOn === l.penaltyDecidedOn).length;
}

beforeAll(async () => {
  clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-credit-clock-')), 'offset');
  fs.writeFileSync(clockFile, '0');
  server = await startServer({ ZHIFA_TEST_CLOCK_FILE: clockFile });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('信用修复: 12 months on the list → application → review → approval → off the list, publication withdrawn', () => {
  let officer: Page;
  let listing: Listing;
  let decider = '';
  let repairUrl = '';

  it('finds the demo listing on the public list, its penalty decision published', async () => {
    officer = await newPage();
    await firstSignIn(officer, server.url, 'xn.officer1');
    const r = await call<{ items: Listing[] }>(officer, 'GET', '/api/credit/listings?state=listed');
    expect(r.status).toBe(200);
    expect(r.json.items.length).toBeGreaterThan(0);
    listing = r.json.items[0];
    const pub = await call<{ items: { id: string }[] }>(officer, 'GET', '/api/public/credit/listings?pageSize=100');
    expect(pub.json.items.map((i) => i.id)).toContain(listing.id);
    expect(await publishedPenalties(officer, listing)).toBe(1);
    // The deciding bureau's leader, as the demo seeds them (demo.ts people): the city's deputy, a county's head.
    const org = await call<{ regionCode: string; level: string }>(officer, 'GET', `/api/orgs/${listing.orgId}`);
    decider = org.json.level === 'county' ? `c${org.json.regionCode.slice(4)}.head` : 'xn.deputy';
  });

  it('shows the joint punishment measures in force on the enterprise’s credit tab, and exports the list for the national platform', async () => {
    await officer.goto(`${server.url}/enterprises/${listing.enterpriseId}?tab=credit`);
    const measures = officer.getByTestId('credit-measures');
    await expect.poll(() => measures.innerText(), { timeout: 15_000 }).toContain('加大执法检查频次');
    const text = await measures.innerText();
    for (const s of [listing.termEndsOn, listing.decisionNumber, '应急管理部令第11号', '发改财金〔2016〕1001号', '随机抽查（差异化抽查权重）', '财政部门'])
      expect(text).toContain(s);
    await officer.goto(`${server.url}/credit`);
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('credit-export-platform-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^严重失信主体名单-报送-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(fs.readFileSync((await download.path()) as string, 'utf8'));
    expect(file.format).toBe('zhifa.credit.dishonestyList');
    expect(file.records).toContainEqual(
      expect.objectContaining({ uscc: listing.uscc, decisionNumber: listing.decisionNumber, validUntil: listing.termEndsOn, stateLabel: '已列入' }),
    );
  });

  it('refuses an application before the 12 months are full, then the clock moves to the day they are', async () => {
    const early = await call<{ error: { message: string } }>(officer, 'POST', '/api/credit/repairs', {
      listingId: listing.id,
      claims: [{ code: 'penaltyPerformed', met: true, evidence: '缴款凭证' }],
    });
    expect(early.status).toBe(422);
    expect(early.json.error.message).toContain('未满12个月');
    // The first day the application may be made: the listing's date a year on.
    const eligible = `${Number(listing.listedOn.slice(0, 4)) + 1}${listing.listedOn.slice(4)}`;
    const days = Math.round((Date.parse(eligible) - Date.parse(chinaDay(0))) / DAY);
    fs.writeFileSync(clockFile, String(days * DAY));
    await signIn(officer, 'xn.officer1');
  });

  it('xn.officer1 records the application at the counter with each condition’s evidence, and reviews it', async () => {
    await officer.goto(`${server.url}/credit/listings/${listing.id}`);
    await officer.getByRole('button', { name: '申请提前移出' }).click();
    const dialog = officer.getByRole('dialog').first();
    await dialog.waitFor();
    for (const code of ['penaltyPerformed', 'harmRemoved', 'noNewDishonesty', 'creditCommitment']) {
      const card = dialog.getByTestId(`credit-claim-${code}`);
      await card.getByRole('checkbox').check();
      await card.getByRole('textbox').fill(`${code}：见所附证明材料`);
    }
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await confirm(officer);
    const row = officer.getByTestId('credit-repairs').locator('.ant-table-row').first();
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('已申请（待审查）');
    await row.getByRole('link').click();
    await officer.waitForURL(/\/credit\/repairs\//);
    repairUrl = new URL(officer.url()).pathname;
    await expect.poll(() => tag(officer).innerText()).toBe('已申请（待审查）');
    await officer.getByLabel('审查意见说明').fill('经核查，罚款已缴清，隐患已整改复查合格，信用承诺已在门户网站公开');
    await officer.getByRole('button', { name: '审查申请' }).click();
    await confirm(officer);
    await expect.poll(() => tag(officer).innerText(), { timeout: 15_000 }).toBe('已审查（待决定）');
  });

  it('the deciding bureau’s leader approves it: removed, off the public list, the penalty decision’s publication withdrawn', async () => {
    const leader = await newPage();
    await firstSignIn(leader, server.url, decider);
    await leader.goto(`${server.url}${repairUrl}`);
    await expect.poll(() => tag(leader).innerText()).toBe('已审查（待决定）');
    await leader.getByLabel('决定理由').fill('经核实，当事人已履行处罚决定、消除不良影响并公开作出信用承诺，准予提前移出');
    await leader.getByRole('button', { name: '作出信用修复决定' }).click();
    await confirm(leader);
    await expect.poll(() => tag(leader).innerText(), { timeout: 15_000 }).toBe('准予提前移出');
    await expect.poll(() => leader.getByTestId('credit-repair').innerText()).toMatch(/应急信修〔\d{4}〕\d+号/);
    await leader.goto(`${server.url}/credit/listings/${listing.id}`);
    await expect.poll(() => tag(leader).innerText()).toBe('已移出');
    await expect.poll(() => leader.getByTestId('credit-listing').innerText()).toContain('信用修复提前移出');

    const portal = await newPage();
    await portal.goto(`${server.url}/portal/credit`);
    await portal.getByRole('heading', { name: '安全生产严重失信主体名单' }).waitFor();
    await expect
      .poll(async () => (await call<{ items: { id: string }[] }>(portal, 'GET', '/api/public/credit/listings?pageSize=100')).json.items.map((i) => i.id))
      .not.toContain(listing.id);
    await expect.poll(() => portal.locator('main').innerText()).not.toContain(listing.uscc);
    expect(await publishedPenalties(portal, listing)).toBe(0);
    // Removed: the measures are lifted, so the enterprise's credit tab shows none.
    await leader.goto(`${server.url}/enterprises/${listing.enterpriseId}?tab=credit`);
    await leader.getByText('该企业当前不在安全生产严重失信主体名单内').waitFor();
    expect(await leader.getByTestId('credit-measures').count()).toBe(0);
  });
});
