import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../src/testing/server-process.js';

export const root = path.resolve(import.meta.dirname, '..');

/** Set by the e2e global setup (global-setup.ts): a data directory the demo was seeded into once. */
export const TEMPLATE_ENV = 'ZHIFA_E2E_TEMPLATE';
export const SEED_OUTPUT = 'seed-output.txt';

/**
 * The real server (`src/main.ts`, built web app) on its own data directory and a free port. The
 * directory is a copy of the demo seeded once for the whole run (global-setup.ts), so each file
 * starts in seconds on the same year of work; `fresh` seeds anew, as `npm start` does the first time.
 */
export async function startServer(
  extraEnv: Record<string, string> = {},
  { fresh = false }: { fresh?: boolean } = {},
): Promise<{ url: string; dataDir: string; output: () => string; stop(): Promise<number | null> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-'));
  const template = fresh ? undefined : process.env[TEMPLATE_ENV];
  // The seed's own output (the demo accounts) comes with the copy, as if this server had seeded.
  let out = template ? fs.readFileSync(path.join(template, '..', SEED_OUTPUT), 'utf8') : '';
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  // From the OS: a random port in a fixed range once met the machine's own MariaDB on 3306.
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), ZHIFA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...extraEnv },
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
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

/**
 * Debian's Chromium, whose pages ask for reduced motion: the app then turns antd's motion off
 * (App.tsx), so no click lands on a dialog or list still zooming in — on a loaded CI machine such a
 * click was lost and a dialog stayed open with nothing said.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  browser.newPage = (options = {}) => newPage({ reducedMotion: 'reduce', ...options });
  return browser;
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
 * Picks the option showing `text` in the antd Select labelled `label` inside the open dialog, and
 * returns once it is taken: a multiple select holds one more choice, a single one has closed its list
 * on a choice. On a loaded machine a click can land while the list is still opening and be lost (CI
 * saw it for both kinds), so the click is repeated until the choice is taken.
 */
export async function choose(
  page: import('playwright-core').Page,
  label: string,
  text: string,
  multiple = false,
  /** Where the field is: the open dialog unless a page form (the portal's) is given. */
  dialog: import('playwright-core').Locator = page.getByRole('dialog'),
) {
  const field = dialog.getByLabel(label, { exact: true });
  const item = dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  // antd 6: a multiple select shows one .ant-select-selection-item per choice (its label, which need
  // not repeat `text`, so they are counted); a single one shows the chosen option in its content.
  const items = item.locator('.ant-select-selection-item');
  const list = page.locator('.ant-select-dropdown:visible');
  const option = list.locator('.ant-select-item-option').filter({ hasText: text }).first();
  const before = await items.count();
  const taken = async () =>
    multiple
      ? (await items.count()) > before
      : (await list.count()) === 0 && (await item.locator('.ant-select-content-has-value').filter({ hasText: text }).count()) > 0;
  let attempt = 0;
  do {
    if (attempt === 10) throw new Error(`下拉框「${label}」未能选中「${text}」`);
    if ((await list.count()) === 0) {
      await field.click();
      await page.keyboard.type(text); // narrows a searchable list; a plain one ignores it
    }
    await option.click({ timeout: 5_000 }).catch(() => undefined);
    for (let i = 0; i < 8 && !(await taken()); i++) await page.waitForTimeout(250);
    attempt++;
  } while (!(await taken()));
}

/** Calls the API from inside a signed-in page, with that user's session cookie and CSRF token; `bytes` sends a file. */
export function call<T>(
  page: import('playwright-core').Page,
  method: string,
  url: string,
  body?: unknown,
  bytes?: number[],
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, url, body, bytes }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const type = bytes ? 'application/octet-stream' : 'application/json';
      const res = await fetch(url, {
        method,
        headers: { accept: 'application/json', 'x-csrf-token': me.csrfToken, ...(body === undefined && !bytes ? {} : { 'content-type': type }) },
        body: bytes ? new Uint8Array(bytes) : body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json().catch(() => null)) as never };
    },
    { method, url, body, bytes },
  ) as Promise<{ status: number; json: T }>;
}

/** A 1×1 PNG: enough for the server to take it as a photo and as a drawn signature. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Today plus `offsetDays` in Beijing, as the server judges dates; `shiftMs` is a test clock's offset. */
export const chinaDay = (offsetDays: number, shiftMs = 0) => new Date(Date.now() + shiftMs + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Picks `name` in the org tree-select labelled `label` inside the open dialog, retried as choose() does. */
export async function chooseOrg(page: import('playwright-core').Page, label: string, name: string) {
  const dialog = page.getByRole('dialog');
  const item = dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  const node = page.locator('.ant-select-dropdown:visible .ant-select-tree-title').filter({ hasText: new RegExp(`^${name}$`) });
  for (let attempt = 0; !(await item.locator('.ant-select-content').innerText()).includes(name); attempt++) {
    if (attempt === 10) throw new Error(`机构「${label}」未能选中「${name}」`);
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) {
      await dialog.getByLabel(label, { exact: true }).click();
      await page.keyboard.type(name);
    }
    await node.click({ timeout: 5_000 }).catch(async () => {
      // Closed, the select forgets its search, so the next try types the name afresh.
      if (await page.locator('.ant-select-dropdown:visible').count()) await page.keyboard.press('Escape');
    });
  }
}

/** Types a day (YYYY-MM-DD) into an antd DatePicker (app/DateInput.tsx) and confirms it, as a keyboard user would. */
export async function fillDate(field: import('playwright-core').Locator, day: string) {
  await field.click();
  await field.fill(day);
  await field.press('Enter');
}
