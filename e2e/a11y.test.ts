import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holds } from '../src/platform/auth/capabilities.js';
import { buildRoutes, capabilityTable } from '../web/src/app/modules.js';
import { modules } from '../web/src/modules/index.js';
import { call, firstSignIn, launchChromium, startServer } from './server.js';

// WCAG 2.1 AA over every page of the signed-in app, for each kind of demo account: axe-core finds
// no violation, and a list page fits a 375 px phone (a wide table scrolls inside its own box).
// The pages come from the web modules' manifests, so a new page is checked without a new line here.

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ROUTES = buildRoutes(modules).filter((r) => r.frame === 'app' && !r.redirect);
const TABLE = capabilityTable(modules);
/** Demo accounts of the seed (src/seed/demo.ts), one for each set of pages a role opens. */
// xn.chief and xn.reviewer open the same pages as xn.head, secadmin those of sysadmin.
const ACCOUNTS = ['xn.head', 'xn.officer1', 'sysadmin', 'auditadmin', 'qy.demo'];

// The server's CSP (script-src 'self') refuses axe-core's injected script; the contexts bypass it.
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Waits for the page's data and lazy parts: no request in flight, no spinner, no skeleton. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 30_000 }).catch(() => undefined);
  // No wait for antd's enter motions: the pages ask for reduced motion, and the app has none then.
}

/** axe-core's WCAG 2.1 A/AA violations on the page, one readable line per element. */
async function violations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  }, TAGS);
  return found.map((f) => `${where} ${f}`);
}

/**
 * Resolves once no request of the page has been in flight for 400 ms: after a navigation inside
 * the app the document's own 'networkidle' has long been reached, so the page's lazy chunk and
 * data requests are waited for here.
 */
function quietTracker(page: Page) {
  const inflight = new Set<unknown>();
  page.on('request', (r) => inflight.add(r));
  page.on('requestfinished', (r) => inflight.delete(r));
  page.on('requestfailed', (r) => inflight.delete(r));
  return async () => {
    let since = Date.now();
    while (Date.now() - since < 400) {
      if (inflight.size > 0) since = Date.now();
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}

/** Moves the single-page app to `path` as its router does on a link (history and popstate). */
async function navigateInApp(page: Page, path: string) {
  await page.evaluate((p) => {
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await page.waitForURL((u) => `${u.pathname}${u.search}` === path);
}

/** A page that did not open (refused, not found, failed) would be checked as an empty shell. */
async function notShown(page: Page, where: string): Promise<string[]> {
  const result = page.locator('main .ant-result-403, main .ant-result-404, main .ant-result-500, main .ant-result-error');
  return (await result.count()) ? [`${where}: the page did not open (${(await result.first().innerText()).replace(/\s+/g, ' ')})`] : [];
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/**
 * A real id for a page that shows one record (`/cases/:id`): the first row of the matching list,
 * or undefined when the list is empty. The list must answer: a wrong URL here would skip the page
 * silently, so anything but 200 fails the test.
 */
const SOURCES: Record<string, { url: string; key?: string }[]> = {
  '/cases/:id': [{ url: '/api/cases' }],
  '/plans/:id': [{ url: '/api/plans' }],
  '/draws/:id': [{ url: '/api/draws' }],
  '/enterprises/:id': [{ url: '/api/enterprises' }],
  '/inspections/records/:id': [
    { url: '/api/inspections/hazards', key: 'recordId' },
    { url: '/api/inspections/tasks', key: 'recordId' },
  ],
  '/catalogue/violations/:code': [{ url: '/api/catalogue/violation-types', key: 'code' }],
  '/inspections/campaigns/:id': [{ url: '/api/inspections/campaigns' }],
  '/tips/:id': [{ url: '/api/tips' }],
  '/licensing/applications/:id': [{ url: '/api/licensing/applications' }],
  '/licensing/licences/:id': [{ url: '/api/licensing/licences' }],
  '/followups/:id': [{ url: '/api/followups' }],
  '/credit/listings/:id': [{ url: '/api/credit/listings' }],
  '/credit/repairs/:id': [{ url: '/api/credit/repairs' }],
  '/deliberations/:id': [{ url: '/api/deliberations' }],
  '/transfers/:id': [{ url: '/api/transfers' }],
  '/evaluations/:id': [{ url: '/api/evaluations' }],
  '/exposures/:id': [{ url: '/api/exposures' }],
  '/exposures/summons/:id': [{ url: '/api/summons' }],
  '/report/annual/:id': [{ url: '/api/report/annual' }],
};

async function recordId(page: Page, path: string): Promise<string | undefined> {
  const sources = SOURCES[path];
  if (!sources) throw new Error(`${path}: 没有取得记录编号的列表 (add it to SOURCES)`);
  for (const { url, key = 'id' } of sources) {
    const r = await call<{ items?: Record<string, string>[] } | Record<string, string>[]>(page, 'GET', url);
    if (r.status !== 200) throw new Error(`${path}: GET ${url} answered ${r.status}`);
    const items = Array.isArray(r.json) ? r.json : (r.json.items ?? []);
    const found = items.find((i) => i[key])?.[key];
    if (found) return found;
  }
  return undefined;
}

describe('WCAG 2.1 AA in the signed-in app (axe-core) and lists at 375 px', () => {
  it('has no violation on the sign-in and forced password change pages', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('用户名').waitFor();
    await settle(page);
    const found = await violations(page, '/signin');
    await page.getByLabel('用户名').fill('xn.reviewer2');
    await page.getByLabel('密码', { exact: true }).fill('Zhifa@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('强制修改初始密码').waitFor();
    await settle(page);
    found.push(...(await violations(page, '/password')));
    await page.context().close();
    expect(found, found.join('\n')).toEqual([]);
  });

  // A page an earlier account already passed is not checked again for the next one (the accounts
  // share most pages and they show the same parts), to keep CI's time; the workbench, whose
  // cards follow the role, is checked for each.
  const checked = new Set<string>();
  for (const username of ACCOUNTS) {
    it(`has no violation on any page ${username} may open, and no list scrolls sideways at 375 px`, async () => {
      const context = await browser.newContext({ bypassCSP: true, timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      try {
        await firstSignIn(page, server.url, username);
        const me = await call<{ user: { roles: string[] } }>(page, 'GET', '/api/auth/me');
        const roles = me.json.user.roles;
        const paths: string[] = [];
        const lists: string[] = [];
        const missing: string[] = [];
        for (const r of ROUTES) {
          if ((r.capability && !holds(TABLE, roles, r.capability)) || (checked.has(r.path) && r.path !== '/')) continue;
          checked.add(r.path);
          const param = r.path.match(/:\w+/)?.[0];
          if (!param) {
            paths.push(r.path);
            lists.push(r.path);
            continue;
          }
          const id = await recordId(page, r.path);
          if (id) paths.push(r.path.replace(param, encodeURIComponent(id)));
          else missing.push(r.path); // no record of that kind yet in the demo data: nothing to show
        }
        const found: string[] = [];
        const wide: string[] = [];
        const quiet = quietTracker(page);
        for (const [i, path] of paths.entries()) {
          // The first page loads the app; the others are reached inside it, as a user clicking the
          // menu would, so the bundle is not parsed again for every page.
          if (i === 0) await page.goto(`${server.url}${path}`);
          else await navigateInApp(page, path);
          await page.locator('main').first().waitFor();
          await quiet();
          await settle(page);
          found.push(...(await notShown(page, `${username} ${path}`)), ...(await violations(page, `${username} ${path}`)));
          if (!lists.includes(path)) continue;
          // Reflow only: axe's rules have just passed on the same page's content at 1280 px.
          await page.setViewportSize({ width: 375, height: 812 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await quiet();
          if (await scrollsSideways(page))
            wide.push(`${username} ${path} at 375 px: ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
          await page.setViewportSize({ width: 1280, height: 800 });
        }
        console.log(`${username}: ${paths.length} pages checked${missing.length ? `; no record to open for ${missing.join(', ')}` : ''}`);
        const problems = [...found, ...wide];
        expect(problems, problems.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    }, 600_000);
  }
});
