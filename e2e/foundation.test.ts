import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, root, startServer } from './server.js';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  // On a copy of the data the global setup seeded by a first start on an empty data directory, as the
  // README's first command makes it (that start failing fails the run); the copy keeps its output.
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

describe('foundation in a real browser', () => {
  it('prints where to sign in, and serves the OpenAPI 3.1 document', async () => {
    expect(server.output()).toContain(server.url.replace('127.0.0.1', 'localhost').replace(/:\d+$/, ''));
    expect(server.output()).toContain('xn.head');
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/ledger/verify');
  });

  it('signs in, changes the initial password, and shows the workbench, org tree and a verified ledger', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('xn.head');
    await page.getByLabel('密码', { exact: true }).fill('Zhifa@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('强制修改初始密码').waitFor();
    await page.getByLabel('当前密码').fill('Zhifa@2026');
    await page.getByLabel('新密码', { exact: true }).fill('Xianning#2026');
    await page.getByLabel('确认新密码').fill('Xianning#2026');
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('所属机构：咸宁市应急管理局').waitFor();

    await page.goto(`${server.url}/orgs`);
    await page.getByText('咸安区应急管理局').first().waitFor();

    await page.goto(`${server.url}/ledger`);
    // Acts by their Chinese names (the password just changed at first sign-in is the newest), no codes.
    await page.getByRole('cell', { name: '修改密码', exact: true }).first().waitFor();
    expect(await page.locator('.ant-table-tbody').first().innerText()).not.toMatch(
      /\b(account|org|delegation|enterprise|case|hazard|draw|annualPlan|disclosure|inspection\w*)\.[a-zA-Z]+/,
    );
    // The filter offers acts by name: choosing 修改密码 leaves only those rows.
    await page.getByLabel('操作类型').fill('修改密');
    // The one act left by the search is the active option; Enter takes it, as a keyboard user would.
    await page.locator('.ant-select-item-option-active[title="修改密码"]').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const acts = [...document.querySelectorAll('[data-testid="ledger-entries"] .ant-table-tbody tr.ant-table-row')].map((r) => r.textContent ?? '');
      return acts.length > 0 && acts.every((a) => a.includes('修改密码'));
    });
    await page.getByRole('button', { name: '校验全链' }).click();
    await page.getByText(/校验通过：共 \d+ 条记录、\d+ 个检查点/).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).waitFor();
    await page.close();
  });

  it('locks the account after 5 wrong passwords', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/signin`);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('用户名').fill('xn.officer1');
      await page.getByLabel('密码', { exact: true }).fill(`Wrong#Pass${i}`);
      await page.getByRole('button', { name: '登录' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: i < 4 ? `还可尝试 ${4 - i} 次` : '账户已锁定' })
        .waitFor();
    }
    await page.getByLabel('密码', { exact: true }).fill('Zhifa@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '账户已锁定' }).waitFor();
    await page.close();
  });

  it('stops cleanly, after which `zhifa ledger verify` passes on its data directory', async () => {
    expect(await server.stop()).toBe(0);
    const out = execFileSync(process.execPath, ['bin/zhifa.mjs', 'ledger', 'verify'], {
      cwd: root,
      env: { ...process.env, ZHIFA_DATA_DIR: server.dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(out).toMatch(/校验通过 OK: \d+ 条记录, [1-9]\d* 个检查点/);
    server = undefined as never;
  });
});
