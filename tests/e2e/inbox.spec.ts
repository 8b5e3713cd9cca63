import { expect, test, type Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en.ts';
import { signIn } from './sign-in.ts';

// Runs against the web host seeded with 5,000 demo complaints (see playwright.config.ts).
const DEMO_COUNT = '5.000';
const CATEGORY = 'Jalan rusak';
// Column 0 is the row's checkbox for bulk actions.
const COLUMN = { text: 5, category: 7, status: 8 } as const;

const grid = (page: Page) => page.getByRole('grid', { name: 'Daftar pengaduan' });
const bodyRows = (page: Page) => grid(page).getByRole('rowgroup').nth(1).getByRole('row');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const filters = (page: Page) => page.getByRole('form', { name: 'Filter' });
const count = (page: Page) => page.getByRole('status');

/** The texts of one column in the rendered (virtualised) rows. */
const columnTexts = (page: Page, column: number) =>
  bodyRows(page).evaluateAll(
    (rows, i) => rows.map((row) => row.querySelectorAll('[role="gridcell"]')[i]?.textContent ?? ''),
    column,
  );

const countValue = async (page: Page) => {
  const text = (await count(page).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
};

async function openInbox(page: Page) {
  await signIn(page, 'moderator');
  await expect(count(page)).toHaveText(`${DEMO_COUNT} pengaduan`);
  await expect(bodyRows(page).first()).toBeVisible();
}

/** Opens the first complaint that can still be verified. */
async function openNewComplaint(page: Page) {
  await filters(page).getByLabel('Status').selectOption({ label: 'Baru' });
  await expect(bodyRows(page).first().getByText('Baru', { exact: true })).toBeVisible();
  await bodyRows(page).first().click();
  await expect(detail(page).getByRole('button', { name: 'Verifikasi', exact: true })).toBeEnabled();
}

/** Verifies the open complaint as a road complaint through the form; returns its case number. */
async function verifyOpenComplaint(page: Page, note: string): Promise<string> {
  const caseNo = (await detail(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
  await detail(page).getByRole('button', { name: 'Verifikasi', exact: true }).click();
  const form = page.getByRole('form', { name: 'Verifikasi pengaduan' });
  await form.getByLabel('Jenis').selectOption({ label: 'Pengaduan' });
  await form.getByLabel('Kategori').selectOption({ label: CATEGORY });
  await form.getByLabel('Prioritas').selectOption({ label: 'Tinggi' });
  await form.getByLabel('Kerahasiaan').selectOption({ label: 'Biasa (publik)' });
  await form.getByLabel('Catatan (opsional)').fill(note);
  await form.getByRole('button', { name: 'Simpan verifikasi' }).click();
  await expect(form).toBeHidden();
  return caseNo;
}

test('the inbox shows demo data, filters by category and searches', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await openInbox(page);
  await expect(page.getByRole('note')).toContainText(`Data demo: ${DEMO_COUNT} pengaduan contoh`);
  await expect(page.getByRole('columnheader', { name: 'Diterima' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // The demo seed may leave every complaint uncategorised: give at least one the category first.
  await openNewComplaint(page);
  await verifyOpenComplaint(page, 'Kategori untuk uji filter.');
  await filters(page).getByRole('button', { name: 'Hapus semua filter' }).click();
  await filters(page).getByLabel('Kategori').selectOption({ label: CATEGORY });
  await expect(count(page)).not.toHaveText(`${DEMO_COUNT} pengaduan`);
  await expect(count(page)).toHaveText(/^[\d.]+ pengaduan$/);
  const filtered = await countValue(page);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(5000);
  await expect
    .poll(async () => new Set(await columnTexts(page, COLUMN.category)))
    .toEqual(new Set([CATEGORY]));

  await filters(page).getByRole('button', { name: 'Hapus semua filter' }).click();
  await expect(count(page)).toHaveText(`${DEMO_COUNT} pengaduan`);
  await page.getByRole('searchbox', { name: 'Cari' }).fill('jalan rusak');
  await expect(count(page)).not.toHaveText(`${DEMO_COUNT} pengaduan`);
  await expect(count(page)).toHaveText(/^[\d.]+ pengaduan$/);
  expect(await countValue(page)).toBeGreaterThan(0);
  // The row shows an excerpt; the detail panel has the whole text the search matched.
  for (let i = 0; i < 3; i++) {
    await bodyRows(page).nth(i).click();
    const text = (await detail(page).getByRole('region', { name: 'Isi pengaduan' }).textContent()) ?? '';
    expect(text.toLowerCase()).toContain('jalan');
    expect(text.toLowerCase()).toContain('rusak');
  }

  await page.getByRole('searchbox', { name: 'Cari' }).fill('');
  await expect(count(page)).toHaveText(`${DEMO_COUNT} pengaduan`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await bodyRows(page).nth(2).click();
  await page.screenshot({ path: 'tests/e2e/screenshots/inbox.png' });
  expect(consoleErrors).toEqual([]);
});

test('scrolling loads further pages and sorting asks the server', async ({ page }) => {
  await openInbox(page);
  const lastRowIndex = async () => Number(await bodyRows(page).last().getAttribute('aria-rowindex'));
  expect(await lastRowIndex()).toBeLessThanOrEqual(101); // the first page: header + 100 rows
  await grid(page).evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect.poll(lastRowIndex).toBeGreaterThan(101);

  await page.getByRole('button', { name: 'Status' }).click();
  await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Diterima' })).toHaveAttribute('aria-sort', 'none');
});

test('verifying a complaint updates the panel and the row and survives a reload', async ({ page }) => {
  await openInbox(page);
  await openNewComplaint(page);
  const caseNo = await verifyOpenComplaint(page, 'Dicek lewat foto; lokasi jelas.');

  await expect(detail(page).getByText('Terverifikasi', { exact: true })).toBeVisible();
  // Only actions the state machine allows are offered: a verified item is not verified again.
  await expect(detail(page).getByRole('button', { name: 'Verifikasi', exact: true })).toHaveCount(0);
  await expect(detail(page).getByText('Dicek lewat foto; lokasi jelas.')).toBeVisible();
  const row = bodyRows(page).filter({ hasText: caseNo });
  await expect(row.getByText('Terverifikasi', { exact: true })).toBeVisible();

  await page.reload();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(caseNo);
  await expect(detail(page).getByText('Terverifikasi', { exact: true })).toBeVisible();
  await expect(detail(page).getByText('Tinggi', { exact: true })).toBeVisible();
});

test('the verify form refuses to submit without a category', async ({ page }) => {
  await openInbox(page);
  await openNewComplaint(page);
  await detail(page).getByRole('button', { name: 'Verifikasi', exact: true }).click();
  const form = page.getByRole('form', { name: 'Verifikasi pengaduan' });
  await form.getByLabel('Kategori').selectOption({ label: '— pilih —' });
  await form.getByRole('button', { name: 'Simpan verifikasi' }).click();

  await expect(form.getByRole('alert')).toHaveText('Pilih kategori sebelum menyimpan.');
  await expect(form.getByLabel('Kategori')).toHaveAttribute('aria-invalid', 'true');
  await expect(detail(page).getByText('Baru', { exact: true })).toBeVisible();
});

test('the language switch shows English and is remembered', async ({ page }) => {
  await openInbox(page);
  await page.getByLabel('Bahasa').selectOption({ label: 'English' });
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('5,000 complaints');
  await expect(page.getByRole('columnheader', { name: 'Received' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Demo data: 5,000 sample complaints');
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Status')).toContainText('On hold');
  // Rows loaded before the switch are relabelled too, not only new ones.
  const englishStatuses = new Set(Object.values(en.status));
  for (const status of await columnTexts(page, COLUMN.status)) expect(englishStatuses).toContain(status);

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Received' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
