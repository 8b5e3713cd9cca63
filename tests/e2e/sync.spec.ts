import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../electron/core/auth/demo-users.ts';
import type { IngestItem } from '../../shared/index.ts';
import { signIn } from './sign-in.ts';
import { SYNC_DESK_URL, SYNC_HUB_URL, ingest, secondDesk } from './sync-hub.ts';

// Against the desk and hub that playwright.config.ts starts for this spec; the steps build on each other.
test.use({ baseURL: SYNC_DESK_URL });
test.describe.configure({ mode: 'serial' });
// Two servers, scrypt sign-ins and sync rounds on a shared machine: more time than a one-host spec.
test.setTimeout(90_000);

const MARK = `e2e${Date.now()}`;
const item = (n: number, text: string): IngestItem => ({
  channel: 'instagram',
  externalId: `${MARK}-${n}`,
  author: { handle: `@${MARK}.warga${n}` },
  text,
  receivedAt: new Date().toISOString(),
  place: { kecamatan: 'Cihideung' },
});
const TEXT_A = `${MARK} jalan berlubang besar di depan sekolah`;
const TEXT_B = `${MARK} lampu jalan mati sejak seminggu`;

const badge = (page: Page) => page.getByRole('button', { name: /^Sinkronisasi: / });
const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const row = (page: Page, text: string) =>
  page.getByRole('grid', { name: 'Daftar pengaduan' }).getByRole('row').filter({ hasText: text });

/** Rejects the complaint whose text is `text` as a hoax, from its detail panel. */
async function rejectAsHoax(page: Page, text: string): Promise<void> {
  await row(page, text).click();
  await detail(page)
    .getByRole('group', { name: 'Tindakan' })
    .getByRole('button', { name: 'Tolak', exact: true })
    .click();
  const form = detail(page).getByRole('form', { name: 'Tolak pengaduan' });
  await form.getByLabel('Alasan').selectOption({ label: 'Hoaks' });
  await form.getByRole('button', { name: 'Tolak', exact: true }).click();
  await expect(form).toBeHidden();
}

test('an admin connects the desk to the hub; the indicator goes from never connected to online', async ({
  page,
  request,
}) => {
  await ingest(request, [item(1, TEXT_A), item(2, TEXT_B)]);
  await signIn(page, 'admin');
  await expect(badge(page)).toHaveAccessibleName(/Sinkronisasi: (Belum terhubung|Online)/);
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('link', { name: 'Pengaturan' })
    .click();
  await page.getByRole('tab', { name: 'Hub' }).click();
  await page.getByLabel('Alamat hub').fill('bukan alamat');
  await page.getByRole('button', { name: 'Hubungkan' }).click();
  await expect(page.getByText('Alamat hub harus diawali http:// atau https://.')).toBeVisible();
  await page.getByLabel('Alamat hub').fill(SYNC_HUB_URL);
  await page.getByLabel('Nama pengguna di hub').fill('admin');
  await page.getByLabel('Kata sandi di hub').fill('salah-sandi');
  await page.getByRole('button', { name: 'Hubungkan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tidak dapat terhubung ke hub.' })).toBeVisible();
  await page.getByLabel('Kata sandi di hub').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Hubungkan' }).click();
  await expect(page.getByText('Terhubung. Sinkronisasi berjalan.')).toBeVisible();
  await expect(badge(page)).toHaveAccessibleName('Sinkronisasi: Online', { timeout: 20_000 });
});

test('offline work waits as pending, syncs when back online; a clash with a second desk becomes a conflict a supervisor resolves', async ({
  page,
  request,
}) => {
  const other = await secondDesk(request, 'moderator');
  const seen = (await other.pull()).find((c) => c.text === TEXT_A);
  if (seen === undefined) throw new Error('the hub does not hold complaint A');

  await signIn(page, 'supervisor');
  await expect(row(page, TEXT_A)).toBeVisible({ timeout: 15_000 });
  await badge(page).click();
  const panel = page.getByRole('region', { name: 'Rincian sinkronisasi' });
  const offline = panel.getByRole('switch', { name: 'Kerja offline' });
  // The switch shows what the desk says once it has switched, so a click, then its state.
  await offline.click();
  await expect(offline).toBeChecked();
  await expect(badge(page)).toHaveAccessibleName('Sinkronisasi: Offline');

  await rejectAsHoax(page, TEXT_A);
  await rejectAsHoax(page, TEXT_B);
  await expect(badge(page)).toHaveAccessibleName('Sinkronisasi: Offline, 2 menunggu');
  // Meanwhile a moderator on another desk verifies A from what they saw before.
  const verify = {
    name: 'verify',
    args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
  } as const;
  expect(await other.push(seen, verify)).toBe('applied');

  await offline.click();
  await expect(offline).not.toBeChecked();
  await expect(badge(page)).toHaveAccessibleName('Sinkronisasi: Online', { timeout: 20_000 });
  await expect(panel.getByText('Perubahan menunggu dikirim: 0')).toBeVisible();
  await expect(panel.getByText(/^Tersinkron /)).toBeVisible();

  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Konflik' }).click();
  // A's verdict: the moderator's verification stands, the supervisor's later hoax is the incoming side.
  const card = page.getByRole('article').filter({ hasText: 'Tolak oleh supervisor' });
  await expect(card).toBeVisible({ timeout: 20_000 });
  const current = card.getByRole('region', { name: 'Keputusan yang berlaku sekarang' });
  await expect(current).toContainText('moderator');
  await expect(current).toContainText('Terverifikasi');
  await expect(card.getByRole('region', { name: 'Keputusan yang datang kemudian' })).toContainText('Hoaks');
  await card.getByRole('button', { name: /^Pilih Keputusan yang berlaku sekarang/ }).click();
  await expect(card.getByText('Diselesaikan; menunggu sinkron dengan hub.')).toBeVisible();
  await expect(page.getByText('Tidak ada konflik terbuka.')).toBeVisible({ timeout: 30_000 });
});
