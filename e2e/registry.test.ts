import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../src/modules/registry/import/columns.js';
import { exportWorkbook } from '../src/modules/registry/import/workbooks.js';
import { sampleEnterprise, usccFor } from '../src/modules/registry/fixture.js';
import { call, firstSignIn, launchChromium, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let page: Page;

const COUNTIES = ['421202', '421221', '421222', '421223', '421224', '421281'];
const ROWS = 10_000;

// 10 000 rows for 咸宁: every 1000th has a wrong check character, five repeat an earlier USCC,
// five lie in 武汉 (outside the officer's city) — 20 bad rows in all.
function* records(): Generator<ImportRecord> {
  for (let n = 1; n <= ROWS; n++) {
    const region = n % 2000 === 7 ? '420102' : COUNTIES[n % COUNTIES.length];
    const e = sampleEnterprise(n, region, n === 4242 ? { name: '咸宁市温泉烟花爆竹批发有限公司', keyCategories: ['fireworks'], industryCode: 'F5179' } : {});
    if (n % 1000 === 500) e.uscc = e.uscc.slice(0, 17) + (e.uscc[17] === '0' ? '1' : '0');
    if (n % 2000 === 11) e.uscc = usccFor(n - 10, COUNTIES[(n - 10) % COUNTIES.length]);
    const { orgId: _o, ...record } = e;
    yield record;
  }
}

async function workbook(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-import-')), '咸宁市企业名录.xlsx');
  fs.writeFileSync(
    file,
    await exportWorkbook(
      (async function* () {
        yield* records();
      })(),
    ),
  );
  return file;
}
// Some rows are left out, so the page asks once more before saving the rest.
async function confirmImport() {
  await page.getByTestId('import-confirm').click();
  await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
}
const number = async (testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, ''));

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true });
  await firstSignIn(page, server.url, 'xn.officer2');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('registry in a real browser', () => {
  let file: string;

  it('imports a 10k-row workbook: checks every row, shows and downloads the errors, commits the valid rows on confirmation', async () => {
    file = await workbook();
    await page.goto(`${server.url}/enterprises/import`);
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-total-rows').waitFor({ timeout: 120_000 });
    expect(await number('import-total-rows')).toBe(ROWS);
    expect(await number('import-valid-rows')).toBe(ROWS - 20);
    expect(await number('import-error-rows')).toBe(20);
    const errors = page.getByTestId('import-errors');
    await errors.getByText('第 18 位校验码').first().waitFor();
    await errors
      .getByText(/与第 \d+ 行的统一社会信用代码重复/)
      .first()
      .waitFor();
    await errors
      .getByText(/420102 不在本机构辖区内/)
      .first()
      .waitFor();

    const download = page.waitForEvent('download');
    await page.getByTestId('import-download-errors').click();
    const saved = await (await download).path();
    expect(fs.statSync(saved).size).toBeGreaterThan(1000);

    await confirmImport();
    await page.getByTestId('import-result').waitFor({ timeout: 180_000 });
    expect(await number('import-result-created')).toBe(ROWS - 20);
    expect(await number('import-result-unchanged')).toBe(0);
  }, 300_000);

  it('changes nothing when the same file is imported again', async () => {
    await page.goto(`${server.url}/enterprises/import`);
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-confirm').waitFor({ timeout: 120_000 });
    await confirmImport();
    await page.getByTestId('import-result').waitFor({ timeout: 180_000 });
    expect(await number('import-result-created')).toBe(0);
    expect(await number('import-result-updated')).toBe(0);
    expect(await number('import-result-unchanged')).toBe(ROWS - 20);
  }, 300_000);

  it('finds an imported enterprise by part of its name and shows its history', async () => {
    await page.goto(`${server.url}/enterprises`);
    await page.getByLabel('名称或统一社会信用代码').fill('烟花爆竹');
    await page.keyboard.press('Enter');
    await page.getByTestId('enterprise-table').getByText('咸宁市温泉烟花爆竹批发有限公司').click();
    await page
      .getByText(usccFor(4242, COUNTIES[4242 % COUNTIES.length]))
      .first()
      .waitFor();
    await page.getByRole('tab', { name: '变更历史' }).click();
    await page.getByText('批量导入').first().waitFor();
  }, 60_000);

  it('shows an enterprise’s hazards and penalty cases in its page’s tabs, filled by those modules', async () => {
    // The demo year gave enterprises of the city hazards and cases; take one of each as the list shows it.
    type Page_ = { items: { enterpriseId: string; enterpriseName?: string; partyName?: string; description?: string }[] };
    const hazards = await call<Page_>(page, 'GET', '/api/inspections/hazards?pageSize=1');
    const cases = await call<Page_>(page, 'GET', '/api/cases?pageSize=1&procedure=general');
    const h = hazards.json.items[0];
    const c = cases.json.items[0];
    expect(h && c).toBeTruthy();
    await page.goto(`${server.url}/enterprises/${h.enterpriseId}`);
    await page.getByRole('tab', { name: '隐患' }).click();
    await page.getByTestId('enterprise-hazards').getByText(h.description!).first().waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('hazards');
    await page.goto(`${server.url}/enterprises/${c.enterpriseId}?tab=cases`);
    await page.getByTestId('case-table').getByText(c.partyName!).first().waitFor();
    await page.getByRole('tab', { name: '检查记录' }).click();
    await page.getByTestId('enterprise-tasks').waitFor();
    // No tab promises a module still to come.
    expect(await page.getByText('该模块上线后在此显示').count()).toBe(0);
  }, 60_000);

  it('computes a discretion result with its reasons, and 首违不罚 for a first offence corrected in time', async () => {
    await page.goto(`${server.url}/catalogue/calculator?code=WSL-97-1`);
    await page.getByTestId('calculator-submit').click();
    await expect.poll(() => page.getByTestId('calculator-grade').innerText()).toContain('一般');
    expect(await page.getByTestId('calculator-reasons').innerText()).toContain('《中华人民共和国安全生产法》第九十七条');
    await page.getByLabel('初次违法').check();
    await page.getByLabel('及时改正').check();
    await page.getByTestId('calculator-submit').click();
    await expect.poll(() => page.getByTestId('calculator-outcome').innerText()).toContain('不予处罚');
    expect(await page.getByTestId('calculator-outcome').innerText()).toContain('第三十三条');
  }, 60_000);
});
