import { expect, test, type Page } from '@playwright/test';
import { signIn, type DemoUsername } from './sign-in.ts';

// Runs against the web host seeded with demo complaints (see playwright.config.ts).
const grid = (page: Page) => page.getByRole('grid', { name: 'Daftar pengaduan' });
const bodyRows = (page: Page) => grid(page).getByRole('rowgroup').nth(1).getByRole('row');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const actions = (page: Page) => detail(page).getByRole('group', { name: 'Tindakan' });
const action = (page: Page, name: string) => actions(page).getByRole('button', { name, exact: true });
const form = (page: Page, name: string) => detail(page).getByRole('form', { name });
const badge = (page: Page, status: string) =>
  detail(page).locator('header').getByText(status, { exact: true });

/** Signs in and opens the nth complaint still waiting at the desk (status Baru). */
async function openNew(page: Page, user: DemoUsername, nth: number): Promise<string> {
  await signIn(page, user);
  await page.getByRole('form', { name: 'Filter' }).getByLabel('Status').selectOption({ label: 'Baru' });
  await expect(bodyRows(page).first().getByText('Baru', { exact: true })).toBeVisible();
  await bodyRows(page).nth(nth).click();
  await expect(badge(page, 'Baru')).toBeVisible();
  return (await detail(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
}

test('reject with a reason and hold: only the actions the state allows are offered', async ({ page }) => {
  await openNew(page, 'moderator', 0);
  // A new item: the desk's decisions, no dinas steps.
  for (const name of ['Verifikasi', 'Tunda', 'Tolak', 'Bukan wewenang', 'Duplikat', 'Arsipkan']) {
    await expect(action(page, name)).toBeVisible();
  }
  for (const name of ['Disposisi', 'Diproses', 'Tindak lanjut', 'Konfirmasi selesai', 'Buka kembali']) {
    await expect(action(page, name)).toHaveCount(0);
  }
  await expect(action(page, 'Verifikasi')).toHaveAttribute('data-shortcut', 'v');
  await expect(action(page, 'Tolak')).toHaveAttribute('data-shortcut', 'x');

  await action(page, 'Tolak').click();
  const reject = form(page, 'Tolak pengaduan');
  // No reason picked: refused in the form, in Indonesian.
  await reject.getByRole('button', { name: 'Tolak', exact: true }).click();
  await expect(reject.getByRole('alert')).toHaveText('Pilih salah satu.');
  await reject.getByLabel('Alasan').selectOption({ label: 'Hoaks' });
  await reject.getByLabel('Catatan (opsional)').fill('Foto dari kota lain, disebar ulang.');
  await reject.getByRole('button', { name: 'Tolak', exact: true }).click();
  await expect(reject).toBeHidden();
  await expect(badge(page, 'Ditolak')).toBeVisible();
  await expect(detail(page).getByText('Hoaks', { exact: true })).toBeVisible();
  // Closed: it can be reopened or archived, never verified or rejected again.
  await expect(action(page, 'Buka kembali')).toBeVisible();
  await expect(action(page, 'Verifikasi')).toHaveCount(0);
  await expect(action(page, 'Tolak')).toHaveCount(0);

  // Tunda on another new item asks what is missing.
  await page.getByRole('form', { name: 'Filter' }).getByLabel('Status').selectOption({ label: 'Baru' });
  await bodyRows(page).nth(1).click();
  await expect(badge(page, 'Baru')).toBeVisible();
  await action(page, 'Tunda').click();
  const hold = form(page, 'Tunda: minta keterangan');
  await hold.getByLabel('Keterangan yang kurang').fill('Lokasi persisnya di mana?');
  await hold.getByRole('button', { name: 'Tunda', exact: true }).click();
  await expect(badge(page, 'Ditunda')).toBeVisible();
  await expect(action(page, 'Tunda')).toHaveCount(0);
  await expect(detail(page).getByText('Lokasi persisnya di mana?')).toBeVisible();
});

test('dispose by routing, acknowledge, record a follow-up from a template, confirm done', async ({
  page,
}) => {
  // The admin holds every permission, so one person can walk the whole chain here.
  const caseNo = await openNew(page, 'admin', 2);
  await action(page, 'Verifikasi').click();
  const verify = form(page, 'Verifikasi pengaduan');
  await verify.getByLabel('Kategori').selectOption({ label: 'Parkir liar' });
  await verify.getByRole('button', { name: 'Simpan verifikasi' }).click();
  await expect(badge(page, 'Terverifikasi')).toBeVisible();

  await expect(action(page, 'Disposisi')).toHaveAttribute('data-shortcut', 'd');
  await action(page, 'Disposisi').click();
  const dispose = form(page, 'Disposisi ke dinas');
  // The category's routing rule has already picked the dinas.
  await expect(dispose.getByLabel('Dinas', { exact: true })).toHaveValue('dishub');
  await dispose.getByRole('button', { name: 'Simpan disposisi' }).click();
  await expect(badge(page, 'Didisposisikan')).toBeVisible();

  await action(page, 'Diproses').click();
  await expect(badge(page, 'Diproses')).toBeVisible();

  await action(page, 'Tindak lanjut').click();
  const respond = form(page, 'Catat tindak lanjut');
  await respond.getByLabel('Templat').selectOption({ label: 'Sudah ditindaklanjuti' });
  const text = respond.getByLabel('Isi tindak lanjut');
  await expect(text).toHaveValue(
    new RegExp(`Laporan nomor ${caseNo} sudah ditindaklanjuti oleh Dinas Perhubungan`),
  );
  await respond.getByLabel('Bukti: tautan foto atau dokumen, satu per baris').fill('bukan tautan');
  await respond.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(respond.getByRole('alert')).toHaveText('Setiap baris harus tautan http(s).');
  await respond
    .getByLabel('Bukti: tautan foto atau dokumen, satu per baris')
    .fill('https://dishub.tasikmalayakota.go.id/foto/derek-1.jpg');
  await respond.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(badge(page, 'Ditindaklanjuti')).toBeVisible();
  const followUps = detail(page).getByRole('region', { name: 'Tindak lanjut' });
  await expect(followUps).toContainText('sudah ditindaklanjuti oleh Dinas Perhubungan');
  await expect(followUps).toContainText('https://dishub.tasikmalayakota.go.id/foto/derek-1.jpg');

  await action(page, 'Konfirmasi selesai').click();
  const confirm = form(page, 'Konfirmasi selesai');
  await confirm.getByLabel('Pelapor (dicatat oleh petugas)').check();
  await confirm.getByRole('button', { name: 'Selesai', exact: true }).click();
  await expect(badge(page, 'Selesai')).toBeVisible();
  await expect(action(page, 'Konfirmasi selesai')).toHaveCount(0);
  await expect(action(page, 'Buka kembali')).toBeVisible();
});
