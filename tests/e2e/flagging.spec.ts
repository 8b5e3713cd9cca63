import { expect, test, type Page } from '@playwright/test';
import { api } from './page-api.ts';
import { signIn } from './sign-in.ts';

// Runs against the web host seeded with 5,000 demo complaints (see playwright.config.ts); the flag
// worker scores them in the background after the start.
const grid = (page: Page) => page.getByRole('grid', { name: 'Daftar pengaduan' });
const bodyRows = (page: Page) => grid(page).getByRole('rowgroup').nth(1).getByRole('row');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const filters = (page: Page) => page.getByRole('form', { name: 'Filter' });

type Status = { scored: number; failed: number; backlog: number };

test('flags: filter by hujatan, reasons highlighted, disagree, merge a duplicate cluster', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'moderator');
  // The demo's 5,000 items are scored in the worker; wait until none is left (a few seconds).
  const started = Date.now();
  await expect
    .poll(async () => api<Status>(page, 'flags.status', {}), { timeout: 150_000, intervals: [500] })
    .toMatchObject({ backlog: 0, scored: 5000 });
  test.info().annotations.push({ type: 'scoring wait', description: `${Date.now() - started} ms` });

  // Tanda: hujatan lists only items likely to be abuse, each row with its badge.
  await filters(page).getByLabel('Tanda').selectOption({ label: 'hujatan' });
  await expect(bodyRows(page).first()).toContainText(/Kemungkinan besar hujatan \(\d+%\)/);
  await bodyRows(page).first().click();
  const text = detail(page).getByRole('region', { name: 'Isi pengaduan' });
  await expect(text.locator('mark').first()).toBeVisible();
  const flags = detail(page).getByRole('region', { name: 'Penandaan otomatis' });
  await expect(flags.getByText(/Kemungkinan besar hujatan \(\d+%\)/)).toBeVisible();
  await expect(flags.getByText(/^Saran: /)).toBeVisible();

  // One key disagrees with the suggestion; the answer is stored for this moderator.
  const caseNo = (await detail(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
  await page.keyboard.press('s');
  await expect(flags.getByText('Anda tidak setuju; dicatat sebagai contoh pembelajaran.')).toBeVisible();
  const found = await api<{ rows: { id: string }[] }>(page, 'complaints.list', {
    filters: { caseNo },
    sort: { by: 'receivedAt', dir: 'desc' },
    offset: 0,
    limit: 1,
  });
  const flagged = await api<{ feedback: { agree: boolean }[] }>(page, 'flags.get', { id: found.rows[0]?.id });
  expect(flagged.feedback).toEqual([expect.objectContaining({ agree: false })]);

  // The cluster view proposes merging duplicates into the earliest report; one click merges them.
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Klaster' }).click();
  const duplicates = page.getByRole('region', { name: 'Laporan ganda' });
  const cluster = duplicates.getByRole('article').first();
  await expect(cluster).toBeVisible();
  const masterCaseNo = (await cluster.getAttribute('aria-label')) ?? '';
  const masterId = ((await cluster.getByRole('link').first().getAttribute('href')) ?? '').slice(1);
  const memberIds = (
    await cluster
      .getByRole('list', { name: 'Anggota klaster' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).map((href) => href.slice(1));
  expect(memberIds.length).toBeGreaterThan(0);
  await cluster.getByRole('button', { name: /^Gabungkan \d+ ke induk$/ }).click();
  await expect(duplicates.getByRole('article', { name: masterCaseNo, exact: true })).toHaveCount(0);
  for (const id of memberIds) {
    const member = await api<{ status: string; masterId: string | null }>(page, 'complaints.get', { id });
    expect(member).toMatchObject({ status: 'duplikat', masterId });
  }
});

test('the admin sees the learned model’s held-out quality and saves a word list', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  // The demo desk's verdicts train a model in the worker after scoring (some seconds).
  await expect
    .poll(async () => (await api<{ model: unknown }>(page, 'flags.model', {})).model, { timeout: 100_000 })
    .not.toBeNull();
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('link', { name: 'Pengaturan' })
    .click();
  await page.getByRole('tab', { name: 'Penandaan' }).click();
  await expect(page.getByRole('table', { name: /Mutu pada \d+ contoh yang disisihkan/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Aturan + model (F1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan daftar' }).click();
  await expect(page.getByText(/^Tersimpan sebagai versi \d+;/)).toBeVisible();
});
