import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../src/modules/disclosure/redaction.js';
import { call, firstSignIn, launchChromium, startServer } from './server.js';

// The public portal (行政执法公示) in a real browser: 事前公开 of the demo city and the WCAG 2.1 AA
// basics that can be checked by machine (names, landmarks, keyboard, contrast, 375 px); then a
// decision from the back office, published redacted and verified in the visitor's browser.

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cityId = '';
const consoleErrors: string[] = [];
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  // A checkpoint after every new entry, so a publication is provable within one poll (10 s).
  server = await startServer({ ZHIFA_CHECKPOINT_EVERY: '1' });
  browser = await launchChromium();
  context = await browser.newContext({ timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
  // Every console error a visitor's page logs, e.g. "Failed to load resource … 401".
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  const subjects = (await (await fetch(`${server.url}/api/public/subjects`)).json()) as { id: string; name: string }[];
  cityId = subjects.find((s) => s.name === '咸宁市应急管理局')!.id;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  if (server) await server.stop();
});

/** Form controls on the page that have no accessible name (label, aria-label or aria-labelledby). */
const unnamedControls = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, [role=combobox], [role=textbox]')]
      .filter((el) => el.getClientRects().length > 0 || el.getAttribute('type') === 'file')
      .filter((el) => {
        const labelled = (el as HTMLInputElement).labels?.length;
        const aria = el.getAttribute('aria-label')?.trim();
        const by = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim());
        return !labelled && !aria && !by;
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );

/** Visible text whose contrast with its background is below 4.5:1 (disabled controls are exempt). */
const lowContrast = (p: Page) =>
  p.evaluate(() => {
    const rgba = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number) as number[];
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgba(getComputedStyle(el).backgroundColor);
        if ((c[3] ?? 1) > 0.5) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (
        !n.textContent?.trim() ||
        el.getClientRects().length === 0 ||
        el.closest('[disabled], .ant-btn-disabled, [aria-disabled=true], .skip-link, [aria-hidden=true]')
      )
        continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const bg = background(el);
      const [r, g, b, a = 1] = rgba(style.color);
      const fg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
      const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < 4.5) bad.push(`${n.textContent.trim().slice(0, 20)} (${ratio.toFixed(2)}: ${style.color} on rgb(${bg.join(',')}))`);
    }
    return bad;
  });

const scrollsSideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('事前公开 of the demo city, without signing in', () => {
  it('leads from the portal home through 事前公开 to the city', async () => {
    await page.goto(`${server.url}/portal`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('navigation', { name: '公示栏目' }).getByRole('link', { name: '事前公开' }).click();
    await page.getByLabel('按名称筛选执法主体').fill('咸宁市');
    await page.getByRole('link', { name: '咸宁市应急管理局' }).click();
    await page.getByRole('heading', { level: 1, name: '咸宁市应急管理局' }).waitFor();
    expect(page.url()).toBe(`${server.url}/portal/prior/${cityId}`);
  });

  it('shows the power list with its legal bases', async () => {
    const rows = page.getByTestId('power-list').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.getByTestId('power-list').innerText()).toMatch(/《中华人民共和国安全生产法》第.+条/);
    // The sections below the list render from the same answer, a moment later: wait for their text.
    await page
      .locator('#procedures')
      .getByText(/第五十一条/)
      .first()
      .waitFor();
    expect(await page.locator('#remedies').innerText()).toContain('咸宁市人民政府');
    expect(await page.locator('#channels').innerText()).toContain('12350');
  });

  it('lists the officers by name and credential number, and nothing else about them', async () => {
    const list = page.getByTestId('officer-list');
    await list.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = await list.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.trim()).toMatch(/^\S{2,4}\s+42\d{9}$/);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/xn\.|legalReviewer|法制审核人员|有效期/);
    const api = (await (await fetch(`${server.url}/api/public/subjects/${cityId}/officers`)).json()) as { items: object[] };
    for (const o of api.items) expect(Object.keys(o).sort()).toEqual(['credentialNumber', 'name']);
  });
});

describe('accessibility basics (WCAG 2.1 AA)', () => {
  it('labels every form control and keeps text at 4.5:1 contrast or more', async () => {
    for (const path of [
      '/portal',
      `/portal/prior/${cityId}`,
      '/portal/disclosures',
      '/portal/plans',
      '/portal/draws',
      '/portal/licensing',
      '/portal/licensing/hazchemTrade',
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await unnamedControls(page), path).toEqual([]);
      expect(await lowContrast(page), path).toEqual([]);
    }
  });

  it('has the banner, navigation, main and contentinfo landmarks, and a skip link that moves focus to main', async () => {
    await page.goto(`${server.url}/portal/disclosures`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('fills the search form and reaches its button by keyboard alone, with a visible focus ring', async () => {
    await page.goto(`${server.url}/portal/disclosures`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid'));
      if (at === 'q') await page.keyboard.type('化工');
      reached = at === 'search-button';
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(1);
    const searched = page.waitForResponse((r) => r.url().includes('/api/public/disclosures?q=') && r.status() === 200);
    await page.keyboard.press('Enter');
    await searched;
  });

  it('refuses a malformed credit code with a message on the field, not a server error', async () => {
    await page.getByLabel('统一社会信用代码').fill('123');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('统一社会信用代码应为 18 位').waitFor();
  });

  it('fits a 375 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      for (const path of [
        '/portal',
        `/portal/prior/${cityId}`,
        '/portal/disclosures',
        '/portal/plans',
        '/portal/licensing',
        '/portal/licensing/hazchemTrade',
      ]) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        expect(await scrollsSideways(page), path).toBe(false);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  }, 120_000);

  it("logs no error in the visitor's console on any page visited above", () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe('a decision made in the back office, disclosed, redacted and verified on the portal', () => {
  let officer: Page;
  let firm: { name: string; uscc: string };
  let disclosureId = '';
  const phone = '13907151234';
  const idNumber = `42120219850312051${idCheckChar('42120219850312051')}`;

  it('is decided on the spot and published by the officer, through the API', async () => {
    officer = await context.newPage();
    await firstSignIn(officer, server.url, 'xn.officer1');
    const ok = <T>(r: { status: number; json: T }, status: number) => {
      expect(r.status, JSON.stringify(r.json)).toBe(status);
      return r.json;
    };
    const me = ok(await call<{ user: { id: string; orgId: string } }>(officer, 'GET', '/api/auth/me'), 200).user;
    const found = ok(await call<{ items: { id: string; name: string; uscc: string }[] }>(officer, 'GET', `/api/enterprises?orgId=${me.orgId}&pageSize=1`), 200)
      .items[0];
    firm = found;
    const summary = `现场检查发现安全生产管理人员未到岗。值班人员身份证号 ${idNumber}，联系电话 ${phone}。`;
    const created = ok(
      await call<{ id: string; version: number }>(officer, 'POST', '/api/cases', {
        orgId: me.orgId,
        procedure: 'summary',
        partyKind: 'organisation',
        enterpriseId: found.id,
        violationTypeCode: 'WSL-97-1',
        violationDate: today,
        summary,
        investigatorIds: [me.id],
      }),
      201,
    );
    ok(
      await call(officer, 'POST', `/api/cases/${created.id}/events`, {
        event: 'decideOnSite',
        payload: { penalty: { measures: ['fine'], fineYuan: 2000, confiscationYuan: 0 } },
        version: created.version,
      }),
      200,
    );
    const pending = ok(await call<{ items: { id: string; sourceId: string }[] }>(officer, 'GET', '/api/disclosures?status=pending&pageSize=200'), 200).items;
    disclosureId = pending.find((d) => d.sourceId === created.id)!.id;
    ok(await call(officer, 'POST', `/api/disclosures/${disclosureId}/publish`, {}), 200);
    // The proof needs a signed checkpoint that covers the publication; the server signs one per entry here.
    for (let i = 0; i < 60 && (await fetch(`${server.url}/api/public/disclosures/${disclosureId}/proof`)).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 1_000));
  }, 120_000);

  it('is found on the portal by part of the enterprise name, and shows the text redacted', async () => {
    await page.goto(`${server.url}/portal/disclosures`);
    await page.getByLabel('企业名称').fill(firm.name.slice(2, 6));
    await page.getByRole('button', { name: '查询' }).click();
    const link = page.getByTestId('disclosure-list').getByRole('link').filter({ hasText: '当场行政处罚决定' });
    await link.first().waitFor();
    expect(await page.getByTestId('disclosure-list').innerText()).toContain(firm.uscc);
    await link.first().click();
    await page.waitForURL(`${server.url}/portal/disclosures/${disclosureId}`);
    const text = await page.getByTestId('disclosure-text').innerText();
    expect(text).toContain('安全生产管理人员未到岗');
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(phone);
    expect(text).toMatch(/\*{4}/);
    expect(await page.locator('main').innerText()).toContain(firm.name);
  });

  it('verifies the proof in the browser, asking the server for ledger data but never for a verdict', async () => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await page.getByTestId('verify-button').click();
    await page.getByTestId('verify-result').waitFor();
    expect(await page.getByTestId('verify-result').innerText()).toContain('验证通过');
    expect((await page.getByTestId('verify-checks').innerText()).match(/：通过/g)).toHaveLength(6);
    expect(asked.filter((u) => !u.includes('/api/public/ledger/'))).toEqual([]);
    page.removeAllListeners('request');
  });

  it('says a faithful copy matches and a tampered one does not', async () => {
    const published = await page.getByTestId('disclosure-text').innerText();
    await page.getByLabel('粘贴副本文本').fill(published);
    await page.getByTestId('copy-check').click();
    expect(await page.getByTestId('copy-result').innerText()).toContain('一致：');
    await page.getByLabel('粘贴副本文本').fill(published.replace('未到岗', '已到岗'));
    await page.getByTestId('copy-check').click();
    expect(await page.getByTestId('copy-result').innerText()).toContain('不一致');
  });

  it('reads on a 375 px phone, verification panel included', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.reload();
      await page.getByTestId('verify-button').waitFor({ timeout: 60_000 });
      expect(await scrollsSideways(page)).toBe(false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
