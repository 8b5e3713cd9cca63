import { expect, test, type Page } from '@playwright/test';
import { api } from './page-api.ts';
import { signIn } from './sign-in.ts';

// Runs against the web host seeded with demo complaints and demo users (see playwright.config.ts).
const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const actions = (page: Page) => detail(page).getByRole('group', { name: 'Tindakan' });

/**
 * The moderator's part, done through the API from the signed-in page (the forms have their own specs):
 * the two oldest new complaints verified, one disposed to Dinas PUPR and one to DLH. Returns their ids.
 */
async function disposeTwo(page: Page): Promise<{ pupr: string; dlh: string }> {
  const fresh = await api<{ rows: { id: string }[] }>(page, 'complaints.list', {
    filters: { status: ['baru'] },
    sort: { by: 'receivedAt', dir: 'asc' },
    offset: 0,
    limit: 2,
  });
  const [pupr, dlh] = fresh.rows.map((r) => r.id);
  if (pupr === undefined || dlh === undefined) throw new Error('fewer than two new complaints');
  const verify = {
    name: 'verify',
    args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
  };
  for (const [id, dinasId] of [
    [pupr, 'pupr'],
    [dlh, 'dlh'],
  ]) {
    await api(page, 'complaints.apply', { complaintId: id, operation: verify });
    await api(page, 'complaints.apply', {
      complaintId: id,
      operation: { name: 'dispose', args: { dinasId } },
    });
  }
  return { pupr, dlh };
}

/** Opens a complaint by its address, as a pasted link would. */
async function openById(page: Page, id: string) {
  await page.goto(`/#${id}`);
  await page.reload();
}

test('a dinas liaison records a response on their item and cannot see another dinas’s', async ({ page }) => {
  await signIn(page, 'moderator');
  // The moderator is not offered the dinas's steps.
  const { pupr, dlh } = await disposeTwo(page);
  await openById(page, pupr);
  await expect(actions(page)).toBeVisible();
  await expect(actions(page).getByRole('button', { name: 'Diproses', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Keluar' }).click();

  await signIn(page, 'penghubung.pupr');
  await expect(page.getByRole('group', { name: 'Masuk sebagai' })).toContainText('Penghubung dinas');
  await expect(page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link')).toHaveText([
    'Kotak masuk',
  ]);
  await openById(page, pupr);
  await actions(page).getByRole('button', { name: 'Diproses', exact: true }).click();
  await actions(page).getByRole('button', { name: 'Tindak lanjut', exact: true }).click();
  const form = detail(page).getByRole('form', { name: 'Catat tindak lanjut' });
  await form.getByLabel('Isi tindak lanjut').fill('Jalan sudah ditambal oleh tim UPTD.');
  await form.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(detail(page).locator('header').getByText('Ditindaklanjuti', { exact: true })).toBeVisible();
  await expect(detail(page).getByRole('region', { name: 'Riwayat' })).toContainText('penghubung.pupr');

  await openById(page, dlh);
  await expect(detail(page).getByRole('alert')).toContainText('Pengaduan tidak ditemukan.');
});

test('a supervisor assigns an item from its detail; it lands in that moderator’s queue', async ({ page }) => {
  await signIn(page, 'moderator');
  const { dlh } = await disposeTwo(page);
  await openById(page, dlh);
  // Giving work out is the supervisor's call: the moderator is not offered it.
  await expect(actions(page)).toBeVisible();
  await expect(actions(page).getByRole('button', { name: 'Tugaskan', exact: true })).toHaveCount(0);
  const caseNo = (await detail(page).getByRole('heading', { level: 2 }).first().textContent()) ?? '';
  await page.getByRole('button', { name: 'Keluar' }).click();

  await signIn(page, 'supervisor');
  await openById(page, dlh);
  await actions(page).getByRole('button', { name: 'Tugaskan', exact: true }).click();
  const form = detail(page).getByRole('form', { name: 'Tugaskan ke antrean moderator' });
  await form.getByLabel('Moderator').selectOption({ label: 'Moderator Demo' });
  await form.getByRole('button', { name: 'Tugaskan', exact: true }).click();
  await expect(detail(page).getByRole('region', { name: 'Riwayat' })).toContainText('Penugasan');
  await page.getByRole('button', { name: 'Keluar' }).click();

  await signIn(page, 'moderator');
  await page
    .getByRole('navigation', { name: 'Tampilan' })
    .getByRole('button', { name: 'Antrean saya' })
    .click();
  await expect(page.getByRole('grid', { name: 'Daftar pengaduan' })).toContainText(caseNo);
});
