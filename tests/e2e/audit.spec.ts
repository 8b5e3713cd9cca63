import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in.ts';

// Runs against the web host seeded with demo complaints (see playwright.config.ts).
const NOTE = 'Dicek di lokasi; uji log audit.';

const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });
const auditTable = (page: Page) => page.getByRole('table', { name: 'Catatan audit' });

/** Verifies the newest complaint that is still new through the form; returns its case number. */
async function verifyNewComplaint(page: Page): Promise<string> {
  // The supervisor both decides and reads the audit log.
  await signIn(page, 'supervisor');
  await page.getByRole('form', { name: 'Filter' }).getByLabel('Status').selectOption({ label: 'Baru' });
  const rows = page
    .getByRole('grid', { name: 'Daftar pengaduan' })
    .getByRole('rowgroup')
    .nth(1)
    .getByRole('row');
  await expect(rows.first().getByText('Baru', { exact: true })).toBeVisible();
  await rows.first().click();
  const caseNo = (await detail(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
  await detail(page).getByRole('button', { name: 'Verifikasi', exact: true }).click();
  const form = page.getByRole('form', { name: 'Verifikasi pengaduan' });
  await form.getByLabel('Kategori').selectOption({ label: 'Jalan rusak' });
  await form.getByLabel('Catatan (opsional)').fill(NOTE);
  await form.getByRole('button', { name: 'Simpan verifikasi' }).click();
  await expect(form).toBeHidden();
  return caseNo;
}

test('an operation shows in the timeline and the audit log, the chain checks out, the CSV has it', async ({
  page,
}) => {
  const caseNo = await verifyNewComplaint(page);
  expect(caseNo).toMatch(/^TSM-\d{4}-\d{6}$/);
  const timeline = detail(page).getByRole('region', { name: 'Riwayat' });
  await expect(timeline).toContainText('Status: Baru → Terverifikasi');
  await expect(timeline).toContainText(NOTE);

  await nav(page).getByRole('link', { name: 'Log audit' }).click();
  await expect(page).toHaveURL(/#\/audit$/);
  await expect(nav(page).getByRole('link', { name: 'Log audit' })).toHaveAttribute('aria-current', 'page');
  const filters = page.getByRole('form', { name: 'Filter log audit' });
  await filters.getByLabel('No. kasus').fill(caseNo.toLowerCase());
  const rows = auditTable(page).getByRole('row');
  await expect(rows).toHaveCount(2); // header + the one verify event
  const event = rows.nth(1);
  await expect(event).toContainText(caseNo);
  await expect(event).toContainText('Verifikasi');
  await expect(event).toContainText('Status: Baru → Terverifikasi');
  await expect(event).toContainText(NOTE);
  await expect(event).toContainText(/WIB/);

  await filters.getByLabel('Operasi').selectOption({ label: 'Tolak' });
  await expect(page.getByText('Tidak ada catatan yang cocok dengan filter ini.')).toBeVisible();
  await filters.getByLabel('Operasi').selectOption({ label: 'Verifikasi' });
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Periksa rantai' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Rantai utuh: [\d.]+ catatan diperiksa/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^log-audit-\d{8}-\d{4}\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(
    'ID,Waktu (WIB),Pengguna,Perangkat,No. kasus / objek,Operasi,Sebelum,Sesudah,Alasan / catatan',
  );
  expect(lines[1]).toContain(`,${caseNo},verify,`);
  expect(lines[1]).toContain(NOTE);
  expect(lines).toHaveLength(3); // header, the event, the final line break

  await nav(page).getByRole('link', { name: 'Kotak masuk' }).click();
  await expect(page.getByRole('grid', { name: 'Daftar pengaduan' })).toBeVisible();
});
