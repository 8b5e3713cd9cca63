import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in.ts';

// Runs against the web host seeded with demo data and users (see playwright.config.ts).
const nav = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

async function openSettings(page: Page, tab: string) {
  await signIn(page, 'admin');
  await nav(page).getByRole('link', { name: 'Pengaturan' }).click();
  await expect(page.getByRole('heading', { name: 'Pengaturan', level: 2 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

test('the admin creates a moderator, who can then sign in', async ({ page, browser, baseURL }) => {
  await openSettings(page, 'Pengguna');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const form = page.getByRole('form', { name: 'Tambah pengguna' });
  await form.getByLabel('Nama pengguna').fill('sari.moderator');
  await form.getByLabel('Nama lengkap').fill('Sari Moderator');
  await form.getByLabel('Peran').selectOption({ label: 'Moderator' });
  await form.getByLabel('Kata sandi').fill('pendek');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByText('Kata sandi minimal 10 karakter.')).toBeVisible();
  await form.getByLabel('Kata sandi').fill('rahasia-sari-2026');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  const row = page
    .getByRole('table', { name: 'Daftar pengguna' })
    .getByRole('row', { name: /sari\.moderator/ });
  await expect(row).toContainText('Sari Moderator');
  await expect(row).toContainText('Moderator');

  // The same name again: core refuses, and the form says why.
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  await form.getByLabel('Nama pengguna').fill('sari.moderator');
  await form.getByLabel('Nama lengkap').fill('Sari Kedua');
  await form.getByLabel('Kata sandi').fill('rahasia-sari-2026');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('alert')).toContainText('Nama pengguna ini sudah dipakai.');

  const fresh = await browser.newContext(baseURL === undefined ? {} : { baseURL });
  const other = await fresh.newPage();
  await other.goto('/');
  const signInForm = other.getByRole('form', { name: 'Masuk ke Saring' });
  await signInForm.getByLabel('Nama pengguna').fill('sari.moderator');
  await signInForm.getByLabel('Kata sandi').fill('rahasia-sari-2026');
  await signInForm.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(other.getByRole('group', { name: 'Masuk sebagai' })).toContainText('Sari Moderator');
  await expect(nav(other).getByRole('link', { name: 'Kotak masuk' })).toBeVisible();
  await expect(nav(other).getByRole('link', { name: 'Pengaturan' })).toHaveCount(0);
  await fresh.close();
});

test('the admin edits a response template and sees the preview', async ({ page }) => {
  await openSettings(page, 'Template tanggapan');
  await page.getByRole('button', { name: 'Ubah template “Perlu keterangan tambahan”' }).click();
  const form = page.getByRole('form', { name: 'Ubah template “Perlu keterangan tambahan”' });
  await form.getByLabel('Judul').fill('Perlu lokasi persis');
  await form
    .getByLabel('Isi tanggapan')
    .fill(
      'Yth. {nama_pelapor}, laporan {nomor} untuk {dinas} perlu lokasi persis sebelum {tenggat}. {salah}',
    );
  const preview = form.getByRole('figure', { name: 'Pratinjau' });
  await expect(preview).toContainText(
    'Yth. Ibu Dewi, laporan TSM-2026-000123 untuk Dinas PUPR perlu lokasi persis sebelum 20 Februari 2026.',
  );
  // An unknown placeholder stays as written, so the admin sees the mistake.
  await expect(preview).toContainText('{salah}');
  await form.getByLabel('Kategori').selectOption({ label: 'Jalan rusak' });
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  const group = page.getByRole('region', { name: 'Jalan rusak' });
  await expect(group.getByText('Perlu lokasi persis')).toBeVisible();
});

test('the admin adds a cuti bersama day and it is listed; the city default clock stays', async ({ page }) => {
  await openSettings(page, 'Tenggat');
  await expect(page.getByRole('table', { name: 'Profil tenggat' })).toContainText('Bawaan kota');
  const form = page.getByRole('form', { name: 'Tambah penyesuaian' });
  const year = new Date().getFullYear() + 1;
  await form.getByLabel('Tanggal').fill(`${year}-12-24`);
  await form.getByLabel('Jenis').selectOption('cuti_bersama');
  await form.getByLabel('Keterangan').fill('Cuti bersama Natal');
  await form.getByRole('button', { name: 'Tambah penyesuaian' }).click();
  const adjustments = page.getByRole('list', { name: 'Penyesuaian hari libur' });
  const added = adjustments.getByRole('listitem').filter({ hasText: 'Cuti bersama Natal' });
  await expect(added).toContainText(`24 Des ${year}`);
  await expect(added).toContainText('Cuti bersama (libur tambahan)');
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan.' })).toBeVisible();
  // The year's national holidays are listed for reference.
  await expect(
    page.getByRole('list', { name: /^Libur nasional \d{4}$/ }).getByRole('listitem'),
  ).not.toHaveCount(0);

  // Core keeps each stage's city default; the refusal shows in the admin's language.
  await page.getByRole('button', { name: 'Hapus tenggat Bawaan kota, Verifikasi dan disposisi' }).click();
  await page.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByRole('alert')).toContainText('Tenggat bawaan kota tidak dapat dihapus');

  await added.getByRole('button', { name: /^Hapus penyesuaian/ }).click();
  await added.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(added).toHaveCount(0);
});

test('a moderator does not see the settings in the menu', async ({ page }) => {
  await signIn(page, 'moderator');
  await expect(nav(page).getByRole('link', { name: 'Kotak masuk' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Pengaturan' })).toHaveCount(0);
});
