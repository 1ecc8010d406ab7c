// Steps the browser tests share: a penalty case's event taken through its button and dialog, and a
// signature drawn on the pad. A test file binds the case steps to its server and its signed-in pages.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Dialog = ReturnType<Page['getByRole']>;

/** Waits for the dialog to close; if it stays open, fails with what it says (a refusal, a missing field). */
export async function closed(dialog: Dialog) {
  const status = async () => {
    if (!(await dialog.isVisible())) return 'closed';
    const alerts = await dialog.getByRole('alert').allInnerTexts();
    return alerts.length ? alerts.join(' / ') : `open: ${(await dialog.innerText({ timeout: 500 }).catch(() => '')).replace(/\s+/g, ' ').slice(0, 300)}`;
  };
  await expect.poll(status, { timeout: 45_000 }).toBe('closed');
}

/** Draws a signature on the pad in `scope` (the page, or a dialog holding one) with the mouse. */
export async function drawSignature(page: Page, scope: Page | Dialog = page) {
  const canvas = scope.getByTestId('signature-canvas');
  // Centred: at the window's bottom edge a sticky bar would cover the pad.
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 25, box.y + box.height / 2 + (i % 2 ? 15 : -15));
  await page.mouse.up();
}

/** The case page's steps for the pages of `who`, on the server at `url()` (known once it has started). */
export function caseSteps<Who extends string>(url: () => string, pageOf: (who: Who) => Page) {
  const title = (page: Page) => page.getByRole('heading', { level: 1 });

  async function expectState(page: Page, state: string) {
    await expect.poll(() => title(page).locator('.ant-tag').innerText(), { timeout: 15_000 }).toBe(state);
  }

  async function open(who: Who, caseId: string) {
    const page = pageOf(who);
    await page.goto(`${url()}/cases/${caseId}`);
    await title(page).locator('.ant-tag').waitFor();
    return page;
  }

  /** Takes the event through its button and form, as `who`, and waits for the state it leads to. */
  async function take(who: Who, caseId: string, event: string, to: string, fill?: (dialog: Dialog, page: Page) => Promise<void>) {
    const page = await open(who, caseId);
    await page.getByRole('button', { name: event, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    if (fill) await fill(dialog, page);
    await dialog.getByRole('button', { name: '确认办理' }).click();
    await closed(dialog);
    await expectState(page, to);
    return page;
  }

  const actions = (page: Page) => page.getByTestId('case-actions').getByRole('button').allInnerTexts();
  const deadline = (page: Page) => page.locator('.ant-descriptions-item').filter({ hasText: '下一期限' }).locator('.ant-descriptions-item-content').innerText();

  return { title, expectState, open, take, actions, deadline };
}
