import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { signIn, type DemoUsername } from './sign-in.ts';

// Locators and keyboard moves for shift.spec.ts. The moderator's helpers only press keys: reading the
// page (what is focused, a row's text, the address) is allowed, clicking is not.

export const grid = (page: Page) => page.getByRole('grid', { name: 'Daftar pengaduan' });
export const bodyRows = (page: Page) => grid(page).getByRole('rowgroup').nth(1).getByRole('row');
export const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
export const heading = (page: Page) => detail(page).getByRole('heading', { level: 2 });
export const badge = (page: Page, status: string) =>
  detail(page).locator('header').getByText(status, { exact: true });
export const count = (page: Page) =>
  page.getByRole('main', { name: 'Kotak masuk' }).getByRole('status').first();
export const views = (page: Page) => page.getByRole('navigation', { name: 'Tampilan' });
const caseNoOf = (row: Locator) => row.getByRole('gridcell').nth(1);

/** A new browser context (its own session) signed in as a demo user. */
export async function signedIn(browser: Browser, username: DemoUsername): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** Opens a complaint by its address, as a link a colleague pastes would. */
export async function openById(page: Page, id: string): Promise<void> {
  await page.goto(`/#${id}`);
  await page.reload();
}

/** The open complaint's id, from the address the inbox keeps it in (#<id>). */
export const openId = (page: Page): string => decodeURIComponent(new URL(page.url()).hash.slice(1));

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Tabs forward until the focused element has this text; never more than `limit` times. */
export async function tabTo(page: Page, name: string, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedText(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no "${name}" within ${limit} tabs`);
}

/** Tabs into the grid (its one tabbable row), then Home: the first row has the keyboard. */
async function tabToFirstRow(page: Page): Promise<void> {
  for (let i = 0; i < 25; i++) {
    const onRow = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'row');
    if (onRow) {
      await page.keyboard.press('Home');
      await expect(bodyRows(page).first()).toBeFocused();
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('no grid row within 25 tabs');
}

/**
 * "/" to the search box, replaces what is there with `words`, waits until every listed row matches
 * them, and moves the keyboard to the first row. Returns the case numbers listed, newest first.
 */
export async function searchFor(page: Page, words: string): Promise<string[]> {
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Cari' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(words);
  const matches = words.split(' ').map((w) => new RegExp(w, 'i'));
  await expect
    .poll(async () => {
      const rows = await bodyRows(page).allTextContents();
      return rows.length > 0 && rows.every((r) => matches.every((m) => m.test(r)));
    })
    .toBe(true);
  await tabToFirstRow(page);
  return bodyRows(page)
    .all()
    .then((rows) => Promise.all(rows.map(async (r) => (await caseNoOf(r).textContent()) ?? '')));
}

/** Enter on the focused row opens it; resolves once its actions are offered. */
export async function openFocusedRow(page: Page, caseNo: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(caseNo);
  await expect(detail(page).getByRole('group', { name: 'Tindakan' })).toBeVisible();
}

/**
 * Presses an action's shortcut and waits for the keyboard to land in the form it opens: `field` is the
 * label of the control that must have the focus.
 */
export async function shortcut(page: Page, key: string, form: string, field: string): Promise<Locator> {
  await page.keyboard.press(key);
  const opened = detail(page).getByRole('form', { name: form });
  await expect(opened.getByLabel(field, { exact: true })).toBeFocused();
  return opened;
}

/** A choice in a select: what the keyboard types (the select's own type-ahead) and the value it picks. */
export type Choice = { id: string; label: string };

/** v: verify with a category typed into its select, Enter on "Simpan verifikasi" saves. */
export async function verifyAs(page: Page, category: Choice): Promise<void> {
  const form = await shortcut(page, 'v', 'Verifikasi pengaduan', 'Jenis');
  await page.keyboard.press('Tab');
  await page.keyboard.type(category.label);
  await expect(form.getByLabel('Kategori')).toHaveValue(category.id);
  await tabTo(page, 'Simpan verifikasi');
  await page.keyboard.press('Enter');
  await expect(badge(page, 'Terverifikasi')).toBeVisible();
}

/** d: dispose to the dinas the category routes to (already picked), Enter saves. */
export async function disposeRouted(page: Page, dinasId: string): Promise<void> {
  const form = await shortcut(page, 'd', 'Disposisi ke dinas', 'Dinas');
  await expect(form.getByLabel('Dinas', { exact: true })).toHaveValue(dinasId);
  await tabTo(page, 'Simpan disposisi');
  await page.keyboard.press('Enter');
  await expect(badge(page, 'Didisposisikan')).toBeVisible();
}

/** x: reject with a reason (typed into the select) and a note. */
export async function rejectWith(page: Page, reason: Choice, note: string): Promise<void> {
  const form = await shortcut(page, 'x', 'Tolak pengaduan', 'Alasan');
  await page.keyboard.type(reason.label);
  await expect(form.getByLabel('Alasan')).toHaveValue(reason.id);
  await page.keyboard.press('Tab');
  await page.keyboard.type(note);
  await tabTo(page, 'Tolak');
  await page.keyboard.press('Enter');
  await expect(badge(page, 'Ditolak')).toBeVisible();
}

/** m: merge the open complaint into the master with this case number (searched by its number). */
export async function mergeInto(page: Page, masterCaseNo: string): Promise<void> {
  const form = await shortcut(
    page,
    'm',
    'Gabungkan sebagai duplikat',
    'Cari pengaduan induk (no. kasus atau kata)',
  );
  await page.keyboard.type(masterCaseNo);
  const candidate = form.getByRole('radio', { name: new RegExp(masterCaseNo) });
  await expect(candidate).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(candidate).toBeFocused();
  await page.keyboard.press(' ');
  await expect(candidate).toBeChecked();
  await tabTo(page, 'Gabungkan');
  await page.keyboard.press('Enter');
  await expect(badge(page, 'Duplikat')).toBeVisible();
}
