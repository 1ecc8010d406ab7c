import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const root = path.resolve(import.meta.dirname, '..');

/** The real server (`src/main.ts`, built web app) on a fresh data directory and a free port. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<{ url: string; dataDir: string; output: () => string; stop(): Promise<number | null> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-'));
  const port = 3200 + Math.floor(Math.random() * 700);
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), ZHIFA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...extraEnv },
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    dataDir,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs a demo account in for the first time, through the forced password change. */
export async function firstSignIn(page: import('playwright-core').Page, url: string, username: string, newPassword = 'Xianning#2026') {
  await page.goto(`${url}/signin`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Zhifa@2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('强制修改初始密码').waitFor();
  await page.getByLabel('当前密码').fill('Zhifa@2026');
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '确认修改' }).click();
  await page.getByText(/所属机构：/).waitFor();
}

/**
 * Picks the option showing `text` in the antd Select labelled `label` inside the open dialog.
 * On a loaded machine a click can land while the list is still opening and be lost, leaving the
 * list open; a single choice is therefore taken again until its list has closed.
 */
export async function choose(page: import('playwright-core').Page, label: string, text: string, multiple = false) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text); // narrows a searchable list; a plain one ignores it
  const list = page.locator('.ant-select-dropdown:visible');
  const option = list.locator('.ant-select-item-option').filter({ hasText: text }).first();
  await option.click();
  if (multiple) return;
  for (let i = 0; i < 20 && (await list.count()) > 0; i++) {
    await page.waitForTimeout(250);
    if (await option.isVisible()) await option.click({ timeout: 2_000 }).catch(() => undefined);
  }
  await list.first().waitFor({ state: 'hidden' });
}
